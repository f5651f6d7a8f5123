package io.github.osf4j.cli;

import io.github.osf4j.core.AuthenticationException;
import io.github.osf4j.core.IncompleteListingException;
import io.github.osf4j.core.NotLoggedInException;
import io.github.osf4j.core.OsfServer;
import io.github.osf4j.core.PermissionDeniedException;
import io.github.osf4j.core.ProjectFileException;
import io.github.osf4j.core.ProjectLockedException;
import io.github.osf4j.core.ProjectNotFoundException;
import io.github.osf4j.core.QuotaExceededException;
import io.github.osf4j.core.ServerException;
import io.github.osf4j.core.TwoFactorRequiredException;
import io.github.osf4j.core.UnsafePlanException;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.net.http.HttpTimeoutException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** Turns a failure into one line for stderr and the exit code the README documents. */
final class Failures {
  private Failures() {}

  /** Reports {@code failure} on stderr (with the stack trace when verbose); returns the code. */
  static int report(Throwable failure, CliContext context, boolean verbose) {
    CliException mapped = map(failure, context.env("OSF_TOKEN") != null);
    context.error("osf4j: " + mapped.getMessage());
    if (verbose) {
      StringWriter trace = new StringWriter();
      failure.printStackTrace(new PrintWriter(trace));
      context.errorLines(trace.toString().stripTrailing());
    }
    return mapped.exitCode();
  }

  /** The exit code and message for {@code failure}, with no token in the environment. */
  static CliException map(Throwable failure) {
    return map(failure, false);
  }

  /**
   * The exit code and message for {@code failure}; {@code tokenFromEnv}: OSF_TOKEN is set, so a
   * refused token is that one (logging in again would not help).
   */
  static CliException map(Throwable failure, boolean tokenFromEnv) {
    Throwable cause = unwrap(failure);
    if (cause instanceof CliException mapped) {
      return mapped;
    }
    String message = messageOf(cause);
    if (cause instanceof IOException io) {
      return mapIo(io, message, tokenFromEnv);
    }
    if (cause instanceof IllegalArgumentException) {
      return new CliException(ExitCodes.USAGE, OptionNames.of(message), cause);
    }
    String detail = cause.getMessage() == null ? "" : ": " + cause.getMessage();
    return new CliException(
        ExitCodes.SERVER, "unexpected error" + detail + " (run with -v for details)", cause);
  }

  private static final Pattern HTTP_DETAIL = Pattern.compile(" \\(HTTP \\d{3}[^()]*\\)");

  /** {@code message} without the server's own words ({@code (HTTP 401: ...)}), which -v shows. */
  private static String withoutHttpDetail(String message) {
    return HTTP_DETAIL.matcher(message).replaceAll("");
  }

  private static CliException mapIo(IOException cause, String message, boolean tokenFromEnv) {
    if (cause instanceof TwoFactorRequiredException) {
      String text = withoutHttpDetail(message);
      String hint =
          text.contains("not accepted")
              ? "the two-factor code was not accepted: rerun with --otp and the current code"
              : "this account uses two-factor authentication: rerun with --otp CODE (the current"
                  + " one-time code)";
      return new CliException(ExitCodes.AUTH, hint, cause);
    }
    if (cause instanceof NotLoggedInException notLoggedIn) {
      return new CliException(ExitCodes.AUTH, notLoggedIn(notLoggedIn.server()), cause);
    }
    if (cause instanceof AuthenticationException) {
      String text = withoutHttpDetail(message);
      if (text.contains("username or password")) {
        return new CliException(ExitCodes.AUTH, text + "; check them and try again", cause);
      }
      String hint =
          tokenFromEnv
              ? text.replace("OSF refused the access token", "OSF refused the token in OSF_TOKEN")
                  + "; set a valid OSF_TOKEN, or unset it to use the stored login"
              : text + "; log in again: " + Launcher.command() + " login";
      return new CliException(ExitCodes.AUTH, hint, cause);
    }
    if (cause instanceof AccessDeniedException denied) {
      return new CliException(ExitCodes.USAGE, "permission denied: " + denied.getFile(), cause);
    }
    if (cause instanceof FileAlreadyExistsException exists) {
      return new CliException(
          ExitCodes.USAGE, "not a folder: " + exists.getFile() + " is a file", cause);
    }
    if (cause instanceof NotDirectoryException notDirectory) {
      return new CliException(ExitCodes.USAGE, "not a folder: " + notDirectory.getFile(), cause);
    }
    if (cause instanceof PermissionDeniedException || cause instanceof ProjectNotFoundException) {
      return new CliException(ExitCodes.AUTH, message, cause);
    }
    if (cause instanceof IncompleteListingException && isNetwork(cause.getCause())) {
      return new CliException(ExitCodes.SERVER, message + "; nothing was changed", cause);
    }
    if (cause instanceof IncompleteListingException
        || cause instanceof ProjectLockedException
        || cause instanceof UnsafePlanException) {
      return new CliException(ExitCodes.SAFETY, message + "; nothing was changed", cause);
    }
    if (cause instanceof ProjectFileException) {
      return new CliException(ExitCodes.USAGE, message, cause);
    }
    if (cause instanceof FileNotFoundException || cause instanceof NoSuchFileException) {
      return new CliException(ExitCodes.USAGE, "no such file: " + message, cause);
    }
    if (cause instanceof ServerException || cause instanceof QuotaExceededException) {
      return new CliException(ExitCodes.SERVER, message, cause);
    }
    return new CliException(ExitCodes.SERVER, networkHint(cause) + message, cause);
  }

  /** What to do when no token is known for {@code server}. */
  private static String notLoggedIn(OsfServer server) {
    if (server.equals(OsfServer.OSF_IO)) {
      return "not logged in: run osf4j login (or set OSF_TOKEN)";
    }
    return "not logged in to "
        + server.host()
        + ": run osf4j login --api-url "
        + server.apiUrl()
        + " --files-url "
        + server.filesUrl()
        + " (or set OSF_TOKEN)";
  }

  /** Whether {@code cause} (or one of its causes) is a server or network failure. */
  private static boolean isNetwork(@Nullable Throwable cause) {
    for (Throwable t = cause; t != null; t = t.getCause()) {
      if (t instanceof ServerException
          || t instanceof ConnectException
          || t instanceof UnknownHostException
          || t instanceof HttpTimeoutException) {
        return true;
      }
    }
    return false;
  }

  private static String networkHint(IOException cause) {
    if (cause instanceof ConnectException || cause instanceof UnknownHostException) {
      return "cannot reach the server: ";
    }
    if (cause instanceof HttpTimeoutException) {
      return "the server did not answer in time: ";
    }
    if (cause instanceof InterruptedIOException) {
      return "interrupted: ";
    }
    return "";
  }

  static Throwable unwrap(Throwable failure) {
    Throwable cause = failure;
    while (cause instanceof UncheckedIOException
        || (cause.getCause() != null && cause.getClass() == RuntimeException.class)) {
      Throwable next = cause.getCause();
      if (next == null) {
        break;
      }
      cause = next;
    }
    return cause;
  }

  private static String messageOf(Throwable cause) {
    String message = cause.getMessage();
    if (message == null || message.isBlank()) {
      return "no details (run with -v to see the error)";
    }
    return message;
  }
}
