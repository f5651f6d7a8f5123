package io.github.osf4j.http;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.osf4j.core.AuthenticationException;
import io.github.osf4j.core.CheckedOutException;
import io.github.osf4j.core.PermissionDeniedException;
import io.github.osf4j.core.ProjectNotFoundException;
import io.github.osf4j.core.QuotaExceededException;
import io.github.osf4j.core.ServerException;
import io.github.osf4j.core.TwoFactorRequiredException;
import java.io.IOException;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** Turns an unsuccessful OSF or WaterButler reply into the exception the core expects. */
final class Failures {
  private Failures() {}

  /**
   * The exception for {@code reply}.
   *
   * @param what the step, for messages, e.g. "list folder 'data' of project abc12"
   * @param projectId the project concerned, or null
   * @param notFoundIsProject whether a 404/410 means the project itself is missing
   */
  static IOException of(
      Reply reply, String what, @Nullable String projectId, boolean notFoundIsProject) {
    int status = reply.status();
    String detail = detail(reply);
    String suffix = " (HTTP " + status + (detail.isEmpty() ? "" : ": " + detail) + ")";
    switch (status) {
      case 401:
        return unauthorized(reply, detail, suffix);
      case 403:
        return forbidden(what, detail, suffix);
      case 404:
      case 410:
        if (notFoundIsProject && projectId != null) {
          return new ProjectNotFoundException(
              "project "
                  + projectId
                  + " does not exist, was deleted, or is not visible to you"
                  + suffix);
        }
        return new HttpStatusException(status, what + ": not found" + suffix);
      case 507:
        return new QuotaExceededException(
            "project "
                + (projectId == null ? "?" : projectId)
                + " is over its OSF storage quota; free space or make room before uploading"
                + suffix);
      default:
        if (status >= 500) {
          return new ServerException(what + ": OSF server error" + suffix);
        }
        return new HttpStatusException(status, what + " failed" + suffix);
    }
  }

  private static IOException unauthorized(Reply reply, String detail, String suffix) {
    String otp = reply.header("X-OSF-OTP");
    if (otp != null && otp.trim().toLowerCase(Locale.ROOT).startsWith("required")) {
      return new TwoFactorRequiredException(
          "this account uses two-factor authentication: give the current one-time code" + suffix);
    }
    if (detail.toLowerCase(Locale.ROOT).contains("two-factor")) {
      return new TwoFactorRequiredException(
          "the two-factor one-time code was not accepted; give the current one" + suffix);
    }
    if (detail.toLowerCase(Locale.ROOT).contains("username/password")) {
      return new AuthenticationException("OSF refused the username or password" + suffix);
    }
    return new AuthenticationException(
        "OSF refused the access token: it is invalid, expired or revoked" + suffix);
  }

  private static IOException forbidden(String what, String detail, String suffix) {
    String lower = detail.toLowerCase(Locale.ROOT);
    if (lower.contains("checkout status")) {
      return new CheckedOutException(
          "cannot " + what + ": another user has checked the file out on OSF" + suffix);
    }
    if (lower.contains("not authorized access to this view") || lower.contains("scope")) {
      return new PermissionDeniedException(
          "the access token lacks the scope needed to "
              + what
              + "; create a token with the osf.full_write scope"
              + suffix);
    }
    return new PermissionDeniedException(
        "no permission to "
            + what
            + " (not a contributor with write access, or a read-only or invalid token)"
            + suffix);
  }

  /** The server's own words, from any of OSF's three error shapes; empty when none. */
  static String detail(Reply reply) {
    try {
      return Json.errorMessage(Json.parse(reply.bytes()));
    } catch (IOException | RuntimeException e) {
      return "";
    }
  }

  /** Returns whether a 503 body says OSF is in maintenance mode. */
  static boolean isMaintenance(@Nullable JsonNode body) {
    return body != null && body.path("meta").path("maintenance_mode").asBoolean(false);
  }
}
