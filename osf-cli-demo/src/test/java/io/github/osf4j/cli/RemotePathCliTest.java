package io.github.osf4j.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code init/clone --remote-path}: a project file linked to one OSF folder, on the emulator. */
final class RemotePathCliTest {
  @TempDir Path temp;
  private CliHarness cli;
  private String node = "";

  @BeforeEach
  void project() throws IOException {
    cli = new CliHarness(temp);
    cli.login();
    node = cli.server.createProject("Reaction times");
    put("data/raw/s01.csv", "rt\n512\n");
    put("data/raw/session/s02.csv", "rt\n480\n");
    put("data/processed/means.csv", "mean\n496\n");
    put("s01.csv", "a file of the same name outside\n");
    put("README.md", "# outside\n");
  }

  @AfterEach
  void noSecretWasPrinted() {
    cli.assertNoSecretPrinted();
    cli.close();
  }

  private void put(String path, String text) {
    cli.server.putFile(node, path, text.getBytes(UTF_8));
  }

  private String osf(String path) {
    return cli.server.readFile(node, path).map(b -> new String(b, UTF_8)).orElse("(none)");
  }

  @Test
  void scopeIgnoresEverythingOutsideTheSubFolderOnBothSides() throws IOException {
    Path folder = cli.folder("raw");
    Files.writeString(folder.resolve("s03.csv"), "rt\n530\n", UTF_8);
    String file = temp.resolve("raw.osf4j.json").toString();

    CliResult init =
        cli.run(
            "init",
            file,
            "--project",
            node,
            "--root",
            folder.toString(),
            "--remote-path",
            "data/raw/");
    assertThat(init.code()).as(init.toString()).isZero();
    assertThat(init.err() + init.out()).contains("folder data/raw/ <-> ");

    CliResult status = cli.run("status", file);
    assertThat(status.out())
        .contains("\"Reaction times\" (" + node + ") folder data/raw/ <-> " + folder)
        .contains("s01.csv")
        .doesNotContain("means.csv")
        .doesNotContain("README.md");

    CliResult sync = cli.run("sync", file);
    assertThat(sync.code()).as(sync.toString()).isZero();

    try (var files = Files.walk(folder)) {
      assertThat(files.filter(Files::isRegularFile).map(p -> folder.relativize(p).toString()))
          .containsExactlyInAnyOrder("s01.csv", "session/s02.csv", "s03.csv");
    }
    assertThat(osf("data/raw/s03.csv")).isEqualTo("rt\n530\n");
    assertThat(osf("s03.csv")).isEqualTo("(none)");
    assertThat(cli.run("status", file).out()).contains("In sync");

    Files.delete(folder.resolve("s01.csv"));
    Files.createDirectories(folder.resolve("new/deeper"));
    Files.writeString(folder.resolve("new/deeper/s04.csv"), "rt\n501\n", UTF_8);
    CliResult again = cli.run("sync", file);

    assertThat(again.code()).as(again.toString()).isZero();
    assertThat(osf("data/raw/s01.csv")).isEqualTo("(none)");
    assertThat(osf("data/raw/new/deeper/s04.csv")).isEqualTo("rt\n501\n");
    assertThat(osf("s01.csv")).isEqualTo("a file of the same name outside\n");
    assertThat(osf("data/processed/means.csv")).isEqualTo("mean\n496\n");
    assertThat(osf("README.md")).isEqualTo("# outside\n");
    assertThat(Files.readString(Path.of(file))).contains("\"remotePath\":\"data/raw\"");
  }

  @Test
  void cloneTakesTheRemotePathToo() {
    Path folder = temp.resolve("raw");

    CliResult clone = cli.run("clone", node, folder.toString(), "--remote-path", "/data/raw");

    assertThat(clone.code()).as(clone.toString()).isZero();
    assertThat(folder.resolve("s01.csv")).hasContent("rt\n512");
    assertThat(folder.resolve("session/s02.csv")).hasContent("rt\n480");
    assertThat(folder.resolve("README.md")).doesNotExist();
    assertThat(folder.resolve("data")).doesNotExist();
  }

  @Test
  void aRemotePathNotOnOsfIsRefusedWithOneLineAndNoProjectFile() throws IOException {
    Path folder = cli.folder("raw");
    Path file = temp.resolve("raw.osf4j.json");

    CliResult init =
        cli.run(
            "init",
            file.toString(),
            "--project",
            node,
            "--root",
            folder.toString(),
            "--remote-path",
            "data/Raw");

    assertThat(init.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(init.err().strip().lines()).hasSize(1);
    assertThat(init.err())
        .contains("--remote-path")
        .contains("'data/Raw/'")
        .doesNotContain("Exception");
    assertThat(file).doesNotExist();
  }

  @Test
  void aRemotePathThatIsNoFolderPathIsAUsageError() throws IOException {
    Path folder = cli.folder("raw");

    CliResult init =
        cli.run(
            "init",
            temp.resolve("raw.osf4j.json").toString(),
            "--project",
            node,
            "--root",
            folder.toString(),
            "--remote-path",
            "data/../raw");

    assertThat(init.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(init.err()).contains("--remote-path").doesNotContain("Exception");
  }
}
