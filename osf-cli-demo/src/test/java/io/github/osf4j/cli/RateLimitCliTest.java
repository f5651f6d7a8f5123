package io.github.osf4j.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.osf4j.testkit.FakeOsfServer;
import io.github.osf4j.testkit.RequestLog;
import io.github.osf4j.testkit.fakes.MutableClock;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Request pacing through the real command on its default settings: no budget of its own, the
 * server's 429s honoured, a pause beyond --max-wait ends the run with exit 5 keeping what finished.
 */
final class RateLimitCliTest {
  private static final String UPLOAD = "/v1/resources/[^/]+/providers/osfstorage/.*";

  @TempDir Path temp;

  @SuppressWarnings("NullAway.Init")
  private CliHarness cli;

  private String node = "";
  private String projectFile = "";

  @AfterEach
  void noSecretWasPrinted() {
    cli.assertNoSecretPrinted();
    cli.close();
  }

  @Test
  void aFirstSyncOf5000FilesSendsEveryRequestWithoutABudget() throws IOException {
    project(b -> b, 5_000, 50);

    CliResult sync = cli.run("sync", projectFile, "--quiet");

    assertThat(sync.code()).as(sync.toString()).isZero();
    RequestLog log = cli.server.requests();
    // Far more requests than the old client-side budget of 1,000, none refused, none waited for.
    assertThat(log.count()).isGreaterThan(5_000);
    assertThat(log.countStatus(429)).isZero();
    assertThat(puts(201)).isEqualTo(5_000 + 50);
    assertThat(sync.err()).doesNotContain("slow down");
    assertThat(cli.server.readFile(node, "d49/f4999.txt")).hasValue("file 4999\n".getBytes(UTF_8));
  }

  @Test
  void waterButlersLimiterIsHonouredAndTheRunCompletes() throws IOException {
    project(b -> b.waterButlerLimit(40, Duration.ofSeconds(1)), 150, 3);

    CliResult sync = cli.run("sync", projectFile);

    assertThat(sync.code()).as(sync.toString()).isZero();
    assertThat(cli.server.requests().countStatus(429)).isPositive();
    assertThat(puts(201)).isEqualTo(150 + 3);
    assertThat(sync.err()).contains("asks to slow down (HTTP 429): waiting");
    CliResult again = cli.run("sync", projectFile, "--json");
    assertThat(again.code()).as(again.toString()).isZero();
  }

  @Test
  void aPauseBeyondMaxWaitEndsTheRunWithExit5KeepingFinishedFiles() throws IOException {
    MutableClock clock = new MutableClock(Instant.parse("2026-12-05T08:00:00Z"));
    project(b -> b.clock(clock).waterButlerLimit(120, Duration.ofHours(1)), 200, 1);

    CliResult stopped = cli.run("sync", projectFile);

    assertThat(stopped.code()).as(stopped.toString()).isEqualTo(5);
    assertThat(stopped.err())
        .contains("asks to wait 60 min (HTTP 429 Too Many Requests)")
        .contains("what finished is saved")
        .contains("Try again after")
        .contains("--max-wait");
    int uploaded = puts(201) - 1;
    assertThat(uploaded).isPositive().isLessThan(200);
    // The count of recorded changes (an upload that the stop interrupted may have reached OSF).
    assertThat(stopped.err()).containsPattern("stopped after \\d+ of 201 changes, which are saved");

    clock.advance(Duration.ofHours(1));
    cli.server.requests().clear();
    CliResult resumed = cli.run("sync", projectFile);

    assertThat(resumed.code()).as(resumed.toString()).isZero();
    // Only what the stopped run did not finish is sent again.
    assertThat(puts(201)).isEqualTo(200 - uploaded);
  }

  @Test
  void maxWaitZeroStopsAtTheFirst429() throws IOException {
    project(b -> b.waterButlerLimit(30, Duration.ofSeconds(1)), 60, 1);

    CliResult stopped = cli.run("sync", projectFile, "--max-wait", "0");

    assertThat(stopped.code()).as(stopped.toString()).isEqualTo(5);
    assertThat(stopped.err()).contains("asks to wait 1 s").contains("longer than the 0 s");
  }

  @Test
  void maxRateIsAnOptionAndBadValuesAreRefused() throws IOException {
    project(b -> b, 20, 1);

    assertThat(cli.run("sync", projectFile, "--max-wait", "soon").code()).isEqualTo(2);
    assertThat(cli.run("sync", projectFile, "--max-rate", "-1").code()).isEqualTo(2);
    assertThat(puts(201)).isZero();
    CliResult sync = cli.run("sync", projectFile, "--max-rate", "200", "--max-wait", "30m");

    assertThat(sync.code()).as(sync.toString()).isZero();
    assertThat(puts(201)).isEqualTo(20 + 1);
  }

  /** A fresh emulator and a project file for a folder of {@code files} files in {@code dirs}. */
  private Path project(UnaryOperator<FakeOsfServer.Builder> options, int files, int dirs)
      throws IOException {
    cli = new CliHarness(temp, options);
    cli.login();
    node = cli.server.createProject("Pacing");
    Path folder = cli.folder("data");
    for (int i = 0; i < files; i++) {
      Path dir = Files.createDirectories(folder.resolve("d" + (i % dirs)));
      Files.writeString(dir.resolve("f" + i + ".txt"), "file " + i + "\n", UTF_8);
    }
    projectFile = temp.resolve("p.osf4j.json").toString();
    CliResult init = cli.run("init", projectFile, "--project", node, "--root", folder.toString());
    assertThat(init.code()).as(init.toString()).isZero();
    cli.server.requests().clear();
    return folder;
  }

  private int puts(int status) {
    return cli.server
        .requests()
        .count(e -> e.method().equals("PUT") && e.status() == status && e.path().matches(UPLOAD));
  }
}
