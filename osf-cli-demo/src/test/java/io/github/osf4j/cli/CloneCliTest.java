package io.github.osf4j.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code osf4j clone} end to end on the emulator. */
final class CloneCliTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path temp;
  private CliHarness cli;
  private String node = "";

  @BeforeEach
  void project() throws IOException {
    cli = new CliHarness(temp);
    cli.login();
    node = cli.server.createProject("Reaction times");
    cli.server.putFile(node, "remote.txt", "from OSF\n".getBytes(UTF_8));
    cli.server.putFile(node, "data/rt.csv", "rt\n512\n".getBytes(UTF_8));
  }

  @AfterEach
  void noSecretWasPrinted() {
    cli.assertNoSecretPrinted();
    cli.close();
  }

  @Test
  void cloneDownloadsTheProjectIntoANewFolderWithTheProjectFileBesideIt() throws IOException {
    Path folder = temp.resolve("rt");

    CliResult clone = cli.run("clone", node, folder.toString());

    assertThat(clone.code()).as(clone.toString()).isZero();
    assertThat(folder.resolve("remote.txt")).hasContent("from OSF");
    assertThat(folder.resolve("data/rt.csv")).hasContent("rt\n512");
    assertThat(temp.resolve("rt.osf4j.json")).exists();
    CliResult status = cli.run("status", temp.resolve("rt.osf4j.json").toString());
    assertThat(status.out()).contains("In sync");
  }

  @Test
  void cloneIntoAnEmptyFolderWithAGivenProjectFileAndJson() throws IOException {
    Path folder = cli.folder("empty");
    Path file = temp.resolve("mine.osf4j.json");

    CliResult clone =
        cli.run("clone", node, folder.toString(), "--project-file", file.toString(), "--json");

    assertThat(clone.code()).as(clone.toString()).isZero();
    assertThat(JSON.readTree(clone.out()).get("done").toString()).contains("remote.txt");
    assertThat(folder.resolve("remote.txt")).exists();
    assertThat(file).exists();
  }

  @Test
  void cloneRefusesAFolderThatIsNotEmptyWithOneLine() throws IOException {
    Path folder = cli.folder("busy");
    Files.writeString(folder.resolve("mine.txt"), "keep me", UTF_8);

    CliResult clone = cli.run("clone", node, folder.toString());

    assertThat(clone.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(clone.err().strip().lines()).hasSize(1);
    assertThat(clone.err()).contains("is not empty").doesNotContain("Exception");
    assertThat(folder.resolve("mine.txt")).hasContent("keep me");
    assertThat(temp.resolve("busy.osf4j.json")).doesNotExist();
  }

  @Test
  void cloneRefusesAnExistingProjectFile() throws IOException {
    Files.writeString(temp.resolve("rt.osf4j.json"), "{}", UTF_8);

    CliResult clone = cli.run("clone", node, temp.resolve("rt").toString());

    assertThat(clone.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(clone.err()).contains("already exists");
    assertThat(temp.resolve("rt")).doesNotExist();
  }

  @Test
  void anUnknownProjectCreatesNothing() {
    CliResult clone = cli.run("clone", "zzzzz", temp.resolve("rt").toString());

    assertThat(clone.code()).isNotZero();
    assertThat(temp.resolve("rt")).doesNotExist();
    assertThat(temp.resolve("rt.osf4j.json")).doesNotExist();
  }
}
