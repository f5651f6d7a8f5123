package io.github.osf4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.osf4j.testkit.FakeOsfServer;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Runs the real command ({@link Main#run}) against a fresh emulator, with its own config folder,
 * and keeps every output so that a test can check no secret was ever printed.
 */
final class CliHarness implements AutoCloseable {
  /** A sentinel token: it must never show up in any output. */
  static final String TOKEN = "s3ntinelTOKENxq7Zk2Lw9vPa4mRt8cNd";

  static final String EMAIL = "ada@example.com";
  static final String PASSWORD = "s3ntinelPASSWORDhorse";
  static final String OTP_SECRET = "JBSWY3DPEHPK3PXP";

  final FakeOsfServer server;
  final Path home;
  final Path configDir;
  private final List<CliResult> results = new ArrayList<>();

  CliHarness(Path home) throws IOException {
    this(home, b -> b);
  }

  /** A harness whose emulator gets {@code options} too (limits, a clock). */
  CliHarness(Path home, UnaryOperator<FakeOsfServer.Builder> options) throws IOException {
    this.home = home;
    this.configDir = Files.createDirectories(home.resolve("config"));
    this.server =
        options
            .apply(FakeOsfServer.builder().token(TOKEN).user(EMAIL, PASSWORD).otpSecret(OTP_SECRET))
            .start();
  }

  /** Runs {@code osf4j ARGS} with the emulator's URLs in the environment and no token there. */
  CliResult run(String... args) {
    return run("", Map.of(), args);
  }

  /** Runs with OSF_TOKEN set to the sentinel token. */
  CliResult runWithToken(String... args) {
    return run("", Map.of("OSF_TOKEN", TOKEN), args);
  }

  /** Runs with {@code stdin} as standard input and {@code extraEnv} added to the environment. */
  CliResult run(String stdin, Map<String, String> extraEnv, String... args) {
    Map<String, String> env = new HashMap<>();
    env.put("OSF_API_URL", server.apiUrl());
    env.put("OSF_FILES_URL", server.filesUrl());
    env.putAll(extraEnv);
    List<String> argv = new ArrayList<>(List.of("--config-dir", configDir.toString()));
    argv.addAll(List.of(args));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    long start = System.nanoTime();
    int code =
        Main.run(
            argv.toArray(new String[0]),
            new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8),
            env);
    CliResult result =
        new CliResult(
            code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    results.add(result);
    if (System.getProperty("osf4j.debug") != null) {
      long millis = (System.nanoTime() - start) / 1_000_000;
      System.out.println("$ osf4j " + String.join(" ", args) + " (" + millis + " ms)\n" + result);
    }
    return result;
  }

  /** Logs in with the sentinel token through {@code login --token-stdin}. */
  CliResult login() {
    CliResult result = run(TOKEN + "\n", Map.of(), "login", "--token-stdin");
    assertThat(result.code()).as(result.toString()).isZero();
    return result;
  }

  /** A new local folder under the test's home. */
  Path folder(String name) throws IOException {
    return Files.createDirectories(home.resolve(name));
  }

  /** Fails when any output so far holds the token or the password. */
  void assertNoSecretPrinted() {
    for (CliResult result : results) {
      assertThat(result.out() + result.err())
          .as("output of a run")
          .doesNotContain(TOKEN)
          .doesNotContain(PASSWORD);
    }
  }

  /** Fails when any output so far holds {@code secret}. */
  void assertNoOutputContains(String secret) {
    for (CliResult result : results) {
      assertThat(result.out() + result.err()).as("output of a run").doesNotContain(secret);
    }
  }

  int runs() {
    return results.size();
  }

  @Override
  public void close() {
    server.close();
  }
}
