package io.github.osf4j.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** OSF lists some files (old ones, add-on storage) without hashes: they sync like the others. */
final class HashlessFilesTest {
  @TempDir Path temp;
  private CliHarness cli;
  private String node = "";
  private Path folder = Path.of("");
  private String projectFile = "";

  @BeforeEach
  void aProjectWithAFileOsfListsWithoutHashes() throws IOException {
    cli = new CliHarness(temp);
    cli.login();
    node = cli.server.createProject("Old data");
    cli.server.putFile(node, "old/scan.csv", "id,rt\n1,512\n".getBytes(UTF_8));
    cli.server.putFile(node, "hashed.txt", "fine\n".getBytes(UTF_8));
    cli.server.hideHashes(node, "old/scan.csv");
    folder = cli.folder("data");
    projectFile = temp.resolve("old.osf4j.json").toString();
    CliResult init = cli.run("init", projectFile, "--project", node, "--root", folder.toString());
    assertThat(init.code()).as(init.toString()).isZero();
  }

  @AfterEach
  void close() {
    cli.assertNoSecretPrinted();
    cli.close();
  }

  @Test
  void itIsDownloadedOnceVerifiedBySizeAndThenLeftAlone() throws IOException {
    CliResult first = cli.run("sync", projectFile);
    CliResult status = cli.run("status", projectFile);
    CliResult again = cli.run("sync", projectFile);

    assertThat(first.code()).as(first.toString()).isZero();
    assertThat(first.out())
        .contains("note: verified by size only: OSF lists no hash for old/scan.csv");
    assertThat(Files.readString(folder.resolve("old/scan.csv"), UTF_8)).isEqualTo("id,rt\n1,512\n");
    assertThat(status.code()).as(status.toString()).isZero();
    assertThat(status.out()).contains("In sync");
    assertThat(again.code()).as(again.toString()).isZero();
    assertThat(again.out()).doesNotContain("download").doesNotContain("upload");
  }

  @Test
  void aLocalEditIsUploadedAndAColleaguesNewVersionDownloaded() throws IOException {
    assertThat(cli.run("sync", projectFile).code()).isZero();
    Files.writeString(folder.resolve("old/scan.csv"), "id,rt\n1,512\n2,498\n", UTF_8);

    CliResult upload = cli.run("sync", projectFile);
    cli.server.putFile(node, "old/scan.csv", "id,rt\n3,601\n".getBytes(UTF_8));
    cli.server.hideHashes(node, "old/scan.csv");
    CliResult download = cli.run("sync", projectFile);

    assertThat(upload.code()).as(upload.toString()).isZero();
    assertThat(upload.out()).contains("upload").contains("old/scan.csv");
    assertThat(download.code()).as(download.toString()).isZero();
    assertThat(download.out()).contains("download").contains("old/scan.csv");
    assertThat(Files.readString(folder.resolve("old/scan.csv"), UTF_8)).isEqualTo("id,rt\n3,601\n");
    assertThat(cli.run("status", projectFile).out()).contains("In sync");
  }

  @Test
  void aDifferentLocalFileOnTheFirstSyncKeepsBothWithoutACrash() throws IOException {
    Files.createDirectories(folder.resolve("old"));
    Files.writeString(folder.resolve("old/scan.csv"), "mine\n", UTF_8);

    CliResult sync = cli.run("sync", projectFile);

    assertThat(sync.code()).as(sync.toString()).isIn(0, 1);
    assertThat(sync.err()).doesNotContain("unexpected").doesNotContain("cycle");
    try (Stream<Path> files = Files.list(folder.resolve("old"))) {
      assertThat(files.map(p -> Files.exists(p) ? readQuietly(p) : ""))
          .contains("mine\n", "id,rt\n1,512\n");
    }
    assertThat(cli.run("status", projectFile).out()).contains("In sync");
  }

  private static String readQuietly(Path p) {
    try {
      return Files.readString(p, UTF_8);
    } catch (IOException e) {
      return "";
    }
  }
}
