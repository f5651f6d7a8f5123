package io.github.osf4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.osf4j.testkit.Totp;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class LoginCommandTest {
  @TempDir Path temp;
  private CliHarness cli;

  @BeforeEach
  void startEmulator() throws IOException {
    cli = new CliHarness(temp);
  }

  @AfterEach
  void noSecretWasPrinted() {
    cli.assertNoSecretPrinted();
    cli.close();
  }

  @Test
  void tokenLoginIsStoredAndUsedAfterwards() throws IOException {
    CliResult login = cli.login();
    assertThat(login.out()).contains("Logged in as").contains(cli.server.userId());

    CliResult whoami = cli.run("whoami");

    assertThat(whoami.code()).as(whoami.toString()).isZero();
    assertThat(whoami.out()).contains(cli.server.userId());
    try (var files = Files.list(cli.configDir)) {
      assertThat(files).isNotEmpty();
    }
  }

  @Test
  void passwordAndTwoFactorCodeLogIn() throws GeneralSecurityException {
    String code = Totp.code(CliHarness.OTP_SECRET, Instant.now());

    CliResult login =
        cli.run(
            CliHarness.PASSWORD + "\n",
            Map.of(),
            "login",
            "--username",
            CliHarness.EMAIL,
            "--password-stdin",
            "--otp",
            code);

    assertThat(login.code()).as(login.toString()).isZero();
    assertThat(cli.run("whoami").code()).isZero();
  }

  @Test
  void passwordWithoutTheCodeIsAnAuthenticationError() {
    CliResult login =
        cli.run(
            CliHarness.PASSWORD + "\n",
            Map.of(),
            "login",
            "--username",
            CliHarness.EMAIL,
            "--password-stdin");

    assertThat(login.code()).as(login.toString()).isEqualTo(ExitCodes.AUTH);
    assertThat(login.err()).contains("--otp");
    assertThat(cli.run("whoami").code()).isEqualTo(ExitCodes.AUTH);
  }

  @Test
  void wrongTokenIsRefusedWithExitCode3() {
    CliResult login = cli.run("notTheRightToken123\n", Map.of(), "login", "--token-stdin");

    assertThat(login.code()).as(login.toString()).isEqualTo(ExitCodes.AUTH);
    assertThat(login.err()).startsWith("osf4j: ").doesNotContain("notTheRightToken123");
    assertThat(login.err().lines()).hasSize(1);
  }

  @Test
  void passwordWithoutTerminalOrStdinIsAUsageError() {
    CliResult login = cli.run("login", "--username", CliHarness.EMAIL);

    assertThat(login.code()).as(login.toString()).isEqualTo(ExitCodes.USAGE);
    assertThat(login.err()).contains("--password-stdin");
  }

  @Test
  void logoutForgetsTheToken() {
    cli.login();

    CliResult logout = cli.run("logout");

    assertThat(logout.code()).isZero();
    CliResult whoami = cli.run("whoami");
    assertThat(whoami.code()).isEqualTo(ExitCodes.AUTH);
    assertThat(whoami.err()).contains("osf4j login");
  }

  @Test
  void environmentTokenOverridesTheStoredOne() {
    CliResult whoami = cli.runWithToken("whoami");

    assertThat(whoami.code()).as(whoami.toString()).isZero();
    assertThat(whoami.out()).contains(cli.server.userId());
  }
}
