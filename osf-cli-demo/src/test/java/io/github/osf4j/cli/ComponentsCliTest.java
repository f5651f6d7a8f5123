package io.github.osf4j.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code init/clone --components}: components as sub-folders, end to end on the emulator. */
final class ComponentsCliTest {
  @TempDir Path temp;
  private CliHarness cli;
  private String node = "";
  private String data = "";
  private String raw = "";

  @BeforeEach
  void aProjectWithAComponentAndAComponentOfIt() throws IOException {
    cli = new CliHarness(temp);
    cli.login();
    node = cli.server.createProject("Reaction times");
    data = cli.server.createComponent(node, "Data");
    raw = cli.server.createComponent(data, "Raw: session 1");
    put(node, "README.md", "# study\n");
    put(data, "means.csv", "mean\n496\n");
    put(raw, "s01.csv", "rt\n512\n");
  }

  @AfterEach
  void noSecretWasPrinted() {
    cli.assertNoSecretPrinted();
    cli.close();
  }

  private void put(String nodeId, String path, String text) {
    cli.server.putFile(nodeId, path, text.getBytes(UTF_8));
  }

  private String osf(String nodeId, String path) {
    return cli.server.readFile(nodeId, path).map(b -> new String(b, UTF_8)).orElse("(none)");
  }

  private String dataFolder() {
    return "Data (" + data + ")";
  }

  private String rawFolder() {
    return dataFolder() + "/Raw_ session 1 (" + raw + ")";
  }

  private static List<String> files(Path folder) throws IOException {
    try (Stream<Path> files = Files.walk(folder)) {
      return files
          .filter(Files::isRegularFile)
          .map(p -> folder.relativize(p).toString().replace('\\', '/'))
          .sorted()
          .toList();
    }
  }

  @Test
  void aComponentsFilesLandInItsFolderAndALocalEditGoesBackToItsNode() throws IOException {
    Path folder = cli.folder("study");
    String file = temp.resolve("study.osf4j.json").toString();

    CliResult init =
        cli.run("init", file, "--project", node, "--root", folder.toString(), "--components");
    assertThat(init.code()).as(init.toString()).isZero();
    assertThat(init.err() + init.out())
        .contains("with components <-> ")
        .contains("Components: " + dataFolder() + "/, " + rawFolder() + "/");

    CliResult sync = cli.run("sync", file);
    assertThat(sync.code()).as(sync.toString()).isZero();
    assertThat(files(folder))
        .containsExactlyInAnyOrder(
            dataFolder() + "/means.csv", rawFolder() + "/s01.csv", "README.md");

    Files.writeString(folder.resolve(dataFolder() + "/means.csv"), "mean\n500\n", UTF_8);
    Files.writeString(folder.resolve(rawFolder() + "/s02.csv"), "rt\n480\n", UTF_8);
    Files.writeString(folder.resolve("notes.txt"), "the project's own\n", UTF_8);
    CliResult again = cli.run("sync", file);

    assertThat(again.code()).as(again.toString()).isZero();
    assertThat(osf(data, "means.csv")).isEqualTo("mean\n500\n");
    assertThat(osf(raw, "s02.csv")).isEqualTo("rt\n480\n");
    assertThat(osf(node, "notes.txt")).isEqualTo("the project's own\n");
    assertThat(osf(node, dataFolder() + "/means.csv")).isEqualTo("(none)");
    assertThat(osf(node, "s02.csv")).isEqualTo("(none)");
    assertThat(osf(data, "s02.csv")).isEqualTo("(none)");
    assertThat(Files.readString(Path.of(file)))
        .startsWith("{\"format\":3")
        .contains("\"components\":{");

    cli.server.setTitle(data, "Data (final)");
    CliResult afterRename = cli.run("sync", file);
    assertThat(afterRename.code()).as(afterRename.toString()).isZero();
    assertThat(afterRename.out()).contains("In sync");
    assertThat(folder.resolve(dataFolder() + "/means.csv")).exists();
  }

  @Test
  void aReadOnlyComponentIsOnlyPulledAndLocalChangesStayWithANote() throws IOException {
    String other = cli.server.addUser("Grace Hopper", null);
    String shared = cli.server.createComponentOwnedBy(other, node, "Shared");
    cli.server.addContributor(shared, cli.server.userId(), false);
    put(shared, "stimuli.csv", "word\nred\n");
    Path folder = temp.resolve("study");
    String sharedFolder = "Shared (" + shared + ")";

    CliResult clone = cli.run("clone", node, folder.toString(), "--components");
    assertThat(clone.code()).as(clone.toString()).isZero();
    assertThat(folder.resolve(sharedFolder + "/stimuli.csv")).hasContent("word\nred");
    assertThat(clone.out())
        .contains(sharedFolder + "/: component 'Shared' is read-only for you; only pulled");

    Files.writeString(folder.resolve(sharedFolder + "/stimuli.csv"), "word\nblue\n", UTF_8);
    Files.writeString(folder.resolve(sharedFolder + "/mine.csv"), "mine\n", UTF_8);
    put(shared, "new.csv", "from the owner\n");
    String file = temp.resolve("study.osf4j.json").toString();
    CliResult sync = cli.run("sync", file);

    assertThat(sync.code()).as(sync.toString()).isEqualTo(ExitCodes.INCOMPLETE);
    assertThat(sync.out())
        .contains(
            sharedFolder
                + "/mine.csv: component 'Shared' is read-only for you; kept local, not uploaded")
        .contains(sharedFolder + "/stimuli.csv: component 'Shared' is read-only for you");
    assertThat(osf(shared, "stimuli.csv")).isEqualTo("word\nred\n");
    assertThat(osf(shared, "mine.csv")).isEqualTo("(none)");
    assertThat(osf(node, sharedFolder + "/mine.csv")).isEqualTo("(none)");
    assertThat(folder.resolve(sharedFolder + "/new.csv")).hasContent("from the owner");
    assertThat(folder.resolve(sharedFolder + "/stimuli.csv")).hasContent("word\nblue");
    assertThat(folder.resolve(sharedFolder + "/mine.csv")).exists();

    JsonNode status = new ObjectMapper().readTree(cli.run("status", file, "--json").out());
    JsonNode component = status.path("components").path(0);
    for (JsonNode c : status.path("components")) {
      if (c.path("id").asText().equals(shared)) {
        component = c;
      }
    }
    assertThat(status.path("components")).hasSize(3);
    assertThat(component.path("id").asText()).isEqualTo(shared);
    assertThat(component.path("folder").asText()).isEqualTo(sharedFolder);
    assertThat(component.path("writable").asBoolean(true)).isFalse();
    assertThat(component.path("visible").asBoolean()).isTrue();
  }

  @Test
  void aComponentDeletedOnOsfLeavesItsFolderAlone() throws IOException {
    Path folder = temp.resolve("study");
    String file = temp.resolve("study.osf4j.json").toString();
    assertThat(cli.run("clone", node, folder.toString(), "--components").code()).isZero();

    cli.server.deleteNode(data);
    CliResult sync = cli.run("sync", file);

    assertThat(sync.code()).as(sync.toString()).isEqualTo(ExitCodes.INCOMPLETE);
    assertThat(sync.out())
        .contains("component 'Data' (" + data + ") is no longer on OSF or no longer visible")
        .contains(dataFolder() + "/: component 'Data' is no longer on OSF");
    assertThat(files(folder))
        .containsExactlyInAnyOrder(
            dataFolder() + "/means.csv", rawFolder() + "/s01.csv", "README.md");
    assertThat(sync.out()).contains("move it out of the synced folder to stop syncing it");

    // The user keeps the files elsewhere; the next sync forgets the component and is clean.
    Files.move(folder.resolve(dataFolder()), temp.resolve("kept-data"));
    CliResult after = cli.run("sync", file);

    assertThat(after.code()).as(after.toString()).isZero();
    assertThat(cli.run("status", file).out()).contains("In sync");
    assertThat(files(temp.resolve("kept-data"))).contains("means.csv");
    assertThat(Files.readString(Path.of(file), UTF_8)).doesNotContain(data);
    assertThat(osf(node, "README.md")).isEqualTo("# study\n");
  }

  @Test
  void uploadsIntoAComponentAreCheckedAgainstThatComponentsOwnQuota() throws IOException {
    Path folder = temp.resolve("study");
    String file = temp.resolve("study.osf4j.json").toString();
    assertThat(cli.run("clone", node, folder.toString(), "--components").code()).isZero();
    // A server whose quota is 2 kB per node (as osf.io's 5 GB is per project and per component).
    cli.server.setQuota(node, 2_000);
    cli.server.setQuota(data, 2_000);
    cli.server.putFile(node, "filler.bin", new byte[1_900]);
    Files.write(folder.resolve(dataFolder()).resolve("small.bin"), new byte[500]);
    Files.write(folder.resolve(dataFolder()).resolve("big.bin"), new byte[3_000]);

    CliResult sync = cli.run("--quota", "2kB", "sync", file);

    assertThat(sync.code()).as(sync.toString()).isEqualTo(ExitCodes.INCOMPLETE);
    assertThat(sync.err().lines().filter(l -> l.startsWith("osf4j:")))
        .singleElement()
        .asString()
        .contains("would exceed the storage quota of the private component 'Data' (2.0 kB")
        .contains("1 upload (3.0 kB) skipped");
    assertThat(sync.out())
        .contains("not uploaded: it would take component 'Data' over its OSF storage quota");
    // The project's own storage is nearly full, yet the component's upload that fits there went.
    assertThat(cli.server.readFile(data, "small.bin")).isPresent();
    assertThat(cli.server.readFile(data, "big.bin")).isEmpty();
  }

  @Test
  void aProjectFileWithoutComponentsIgnoresThemAsBefore() throws IOException {
    Path folder = cli.folder("study");
    String file = temp.resolve("study.osf4j.json").toString();
    assertThat(cli.run("init", file, "--project", node, "--root", folder.toString()).code())
        .isZero();

    CliResult sync = cli.run("sync", file, "--json");

    assertThat(sync.code()).as(sync.toString()).isZero();
    assertThat(files(folder)).containsExactly("README.md");
    assertThat(new ObjectMapper().readTree(sync.out()).path("components").isEmpty()).isTrue();
    assertThat(Files.readString(Path.of(file)))
        .startsWith("{\"format\":1")
        .doesNotContain("components");
  }

  @Test
  void componentsAndARemotePathAreRefusedWithOneLine() throws IOException {
    Path folder = cli.folder("study");
    Path file = temp.resolve("study.osf4j.json");

    CliResult init =
        cli.run(
            "init",
            file.toString(),
            "--project",
            node,
            "--root",
            folder.toString(),
            "--components",
            "--remote-path",
            "data");

    assertThat(init.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(init.err().strip().lines()).hasSize(1);
    assertThat(init.err()).contains("--remote-path and --components").doesNotContain("Exception");
    assertThat(file).doesNotExist();
  }

  @Test
  void lsAndVersionsReachFilesInsideComponentFolders() throws IOException {
    Path folder = temp.resolve("study");
    String file = temp.resolve("study.osf4j.json").toString();
    put(raw, "s01.csv", "rt\n515\n");
    assertThat(cli.run("clone", node, folder.toString(), "--components").code()).isZero();

    CliResult ls = cli.run("ls", file, rawFolder());
    CliResult versions = cli.run("versions", file, rawFolder() + "/s01.csv");

    assertThat(ls.code()).as(ls.toString()).isZero();
    assertThat(ls.out()).contains("s01.csv");
    assertThat(versions.code()).as(versions.toString()).isZero();
    assertThat(versions.out().lines()).hasSize(2).anyMatch(line -> line.startsWith("v2 "));
  }
}
