package io.github.osf4j.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.osf4j.testkit.Fault;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A refused token or a full quota in the middle of a sync stops it with one line and its code. */
final class RunStoppersTest {
  private static final int FILES = 30;

  @TempDir Path temp;
  private CliHarness cli;
  private String node = "";
  private String projectFile = "";

  @BeforeEach
  void thirtyFilesToUpload() throws IOException {
    cli = new CliHarness(temp);
    cli.login();
    node = cli.server.createProject("Uploads");
    Path folder = cli.folder("data");
    for (int i = 0; i < FILES; i++) {
      Files.writeString(folder.resolve("f" + i + ".csv"), "rt," + i + "\n", UTF_8);
    }
    projectFile = temp.resolve("u.osf4j.json").toString();
    CliResult init = cli.run("init", projectFile, "--project", node, "--root", folder.toString());
    assertThat(init.code()).as(init.toString()).isZero();
  }

  @AfterEach
  void close() {
    cli.assertNoSecretPrinted();
    cli.close();
  }

  @Test
  void aTokenRevokedMidRunStopsItWithExit3AndOneLine() {
    cli.server.faults().add(Fault.status(401).onMethod("PUT"));

    CliResult sync = cli.run("sync", projectFile);

    assertThat(sync.code()).as(sync.toString()).isEqualTo(ExitCodes.AUTH);
    assertThat(sync.err().lines().filter(l -> l.startsWith("osf4j:")))
        .singleElement()
        .asString()
        .contains("OSF refused the access token")
        .contains("the run stopped after 0 of " + FILES + " actions")
        .contains("log in again");
    assertThat(cli.server.requests().count("PUT", ".*")).isLessThan(FILES);
  }

  @Test
  void aFullQuotaStopsTheRunWithExit5AndTheNextRunFinishes() {
    cli.server.faults().add(Fault.status(507).onMethod("PUT").times(1));

    CliResult full = cli.run("sync", projectFile);
    CliResult again = cli.run("sync", projectFile);

    assertThat(full.code()).as(full.toString()).isEqualTo(ExitCodes.SERVER);
    assertThat(full.err().lines().filter(l -> l.startsWith("osf4j:")))
        .singleElement()
        .asString()
        .contains("quota")
        .contains("the run stopped after");
    assertThat(again.code()).as(again.toString()).isZero();
    assertThat(cli.run("status", projectFile).out()).contains("In sync");
  }
}
