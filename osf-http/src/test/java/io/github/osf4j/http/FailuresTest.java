package io.github.osf4j.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.osf4j.core.AuthenticationException;
import io.github.osf4j.core.PermissionDeniedException;
import io.github.osf4j.core.ProjectNotFoundException;
import io.github.osf4j.core.QuotaExceededException;
import io.github.osf4j.core.ServerException;
import io.github.osf4j.core.TwoFactorRequiredException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpHeaders;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/** Error bodies from the fixtures become the exceptions the core branches on. */
final class FailuresTest {

  @Test
  void invalidTokenIsAuthentication() throws Exception {
    IOException e = map(401, "error_401_invalid_oauth_token.json", Map.of());
    assertThat(e).isExactlyInstanceOf(AuthenticationException.class);
    assertThat(e.getMessage()).contains("invalid OAuth2 access token");
  }

  @Test
  void otpHeaderMeansTwoFactor() throws Exception {
    IOException e =
        map(
            401,
            "derived/error_401_otp_required.derived.json",
            Map.of("X-OSF-OTP", "required; app"));
    assertThat(e).isInstanceOf(TwoFactorRequiredException.class);
  }

  @Test
  void badPasswordIsAuthentication() throws Exception {
    IOException e = map(401, "derived/error_401_bad_basic_auth.derived.json", Map.of());
    assertThat(e).isExactlyInstanceOf(AuthenticationException.class);
    assertThat(e.getMessage()).contains("username or password");
  }

  @Test
  void missingScopeIsPermissionDeniedNamingTheScope() throws Exception {
    IOException e = map(403, "derived/error_403_token_scope.derived.json", Map.of());
    assertThat(e).isInstanceOf(PermissionDeniedException.class);
    assertThat(e.getMessage()).contains("osf.full_write");
  }

  @Test
  void forbiddenIsPermissionDenied() throws Exception {
    assertThat(map(403, "derived/error_403_forbidden.derived.json", Map.of()))
        .isInstanceOf(PermissionDeniedException.class);
    assertThat(map(403, "derived/waterbutler_403_forbidden.derived.json", Map.of()))
        .isInstanceOf(PermissionDeniedException.class)
        .hasMessageNotContaining("<a href");
  }

  @Test
  void missingProjectIsProjectNotFound() throws Exception {
    assertThat(map(404, "derived/error_404_not_found.derived.json", Map.of()))
        .isInstanceOf(ProjectNotFoundException.class)
        .hasMessageContaining("abc12");
  }

  @Test
  void quotaNamesTheProject() throws Exception {
    assertThat(map(507, "derived/waterbutler_507_quota_exceeded.derived.json", Map.of()))
        .isInstanceOf(QuotaExceededException.class)
        .hasMessageContaining("abc12")
        .hasMessageContaining("quota");
  }

  @Test
  void maintenanceBodyIsRecognised() throws Exception {
    assertThat(Failures.isMaintenance(Json.parse(fixture("error_503_maintenance_mode.json"))))
        .isTrue();
    assertThat(map(502, "error_400_node_delete_has_children.json", Map.of()))
        .isInstanceOf(ServerException.class);
  }

  private static IOException map(int status, String fixture, Map<String, String> headers)
      throws Exception {
    Map<String, List<String>> multi = new java.util.HashMap<>();
    headers.forEach((k, v) -> multi.put(k, List.of(v)));
    HttpHeaders h = HttpHeaders.of(multi, (a, b) -> true);
    InputStream body = new ByteArrayInputStream(fixture(fixture));
    Reply reply = new Reply(status, h, body, URI.create("https://api.osf.io/v2/x/"), () -> {});
    return Failures.of(reply, "open project abc12", "abc12", true);
  }

  private static byte[] fixture(String name) throws IOException {
    try (InputStream in =
        Objects.requireNonNull(
            FailuresTest.class.getClassLoader().getResourceAsStream("fixtures/" + name), name)) {
      return in.readAllBytes();
    }
  }
}
