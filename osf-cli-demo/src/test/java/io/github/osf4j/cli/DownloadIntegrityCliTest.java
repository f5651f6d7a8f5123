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

/**
 * Bytes that arrive complete but wrong are caught by the one hash of a sync's download (the local
 * file's own), so nothing wrong is put in place and the next run fetches the file again.
 */
final class DownloadIntegrityCliTest {
  private static final String RESULTS = "rt,key\n".repeat(2_000);

  @TempDir Path temp;
  private CliHarness cli;
  private String node = "";
  private String projectFile = "";
  private Path folder;

  @BeforeEach
  void aProjectWithOneFileOnOsf() throws IOException {
    cli = new CliHarness(temp);
    cli.login();
    node = cli.server.createProject("Downloads");
    cli.server.putFile(node, "/results.csv", RESULTS.getBytes(UTF_8));
    folder = cli.folder("data");
    projectFile = temp.resolve("d.osf4j.json").toString();
    CliResult init = cli.run("init", projectFile, "--project", node, "--root", folder.toString());
    assertThat(init.code()).as(init.toString()).isZero();
  }

  @AfterEach
  void close() {
    cli.assertNoSecretPrinted();
    cli.close();
  }

  @Test
  void aCorruptedDownloadIsNotPutInPlaceAndTheNextSyncFetchesItAgain() throws IOException {
    String id = cli.server.fileId(node, "/results.csv").orElseThrow();
    cli.server.faults().add(Fault.corruptBody().onMethod("GET").onPathContaining(id).times(1));

    CliResult first = cli.run("sync", projectFile);

    assertThat(first.code()).as(first.toString()).isEqualTo(ExitCodes.INCOMPLETE);
    assertThat(first.out() + first.err())
        .contains("downloaded bytes do not match OSF's size or hash: results.csv");
    assertThat(folder.resolve("results.csv")).doesNotExist();

    CliResult second = cli.run("sync", projectFile);

    assertThat(second.code()).as(second.toString()).isZero();
    assertThat(Files.readString(folder.resolve("results.csv"), UTF_8)).isEqualTo(RESULTS);
  }
}
