package io.github.osf4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.osf4j.core.AuthenticationException;
import io.github.osf4j.core.IncompleteListingException;
import io.github.osf4j.core.PermissionDeniedException;
import io.github.osf4j.core.ProjectFileException;
import io.github.osf4j.core.ProjectLockedException;
import io.github.osf4j.core.QuotaExceededException;
import io.github.osf4j.core.ServerException;
import io.github.osf4j.core.TwoFactorRequiredException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

final class FailuresTest {
  @Test
  void eachFailureMapsToItsDocumentedExitCode() {
    assertThat(code(new AuthenticationException("token refused"))).isEqualTo(3);
    assertThat(code(new TwoFactorRequiredException("code needed"))).isEqualTo(3);
    assertThat(code(new PermissionDeniedException("read-only"))).isEqualTo(3);
    assertThat(code(new IncompleteListingException("page missing"))).isEqualTo(4);
    assertThat(code(new IncompleteListingException("down", new ServerException("HTTP 503"))))
        .isEqualTo(5);
    assertThat(code(new ProjectLockedException("locked"))).isEqualTo(4);
    assertThat(code(new ProjectFileException("corrupt"))).isEqualTo(2);
    assertThat(code(new FileNotFoundException("x.json"))).isEqualTo(2);
    assertThat(code(new ServerException("HTTP 502"))).isEqualTo(5);
    assertThat(code(new QuotaExceededException("full"))).isEqualTo(5);
    assertThat(code(new ConnectException())).isEqualTo(5);
    assertThat(code(new UncheckedIOException(new AuthenticationException("x")))).isEqualTo(3);
    assertThat(code(new CliException(4, "stop"))).isEqualTo(4);
  }

  @Test
  void theMessageIsOneLineWithoutSecretsOrStackTrace() {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    CliContext context =
        new CliContext(
            new ByteArrayInputStream(new byte[0]),
            new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8),
            Map.of("OSF_TOKEN", "sekr1tTokenValue"),
            null);

    int code = Failures.report(new IOException("bad header sekr1tTokenValue"), context, false);

    assertThat(code).isEqualTo(5);
    assertThat(err.toString(StandardCharsets.UTF_8))
        .isEqualTo("osf4j: bad header [redacted]" + System.lineSeparator());
  }

  @Test
  void aServersMessageCannotDriveTheTerminalOrForgeALine() {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    CliContext context =
        new CliContext(
            new ByteArrayInputStream(new byte[0]),
            new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8),
            Map.of(),
            null);

    Failures.report(
        new ServerException("HTTP 500: \u001b]0;pwned\u0007oops\r\nosf4j: everything is fine"),
        context,
        false);

    assertThat(err.toString(StandardCharsets.UTF_8))
        .isEqualTo(
            "osf4j: HTTP 500: \\e]0;pwned\\x07oops\\r\\nosf4j: everything is fine"
                + System.lineSeparator());
  }

  @Test
  void verboseAddsTheStackTrace() {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    CliContext context =
        new CliContext(
            new ByteArrayInputStream(new byte[0]),
            new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8),
            Map.of(),
            null);

    Failures.report(new ServerException("HTTP 502"), context, true);

    assertThat(err.toString(StandardCharsets.UTF_8)).contains("at io.github.osf4j.cli");
  }

  private static int code(Throwable failure) {
    return Failures.map(failure).exitCode();
  }
}
