package io.github.osf4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code osf4j versions} and {@code osf4j restore} through the command against the emulator. */
final class VersionsCliTest {
  @TempDir Path temp;
  private CliHarness cli;
  private String node = "";
  private Path folder = Path.of("");
  private String projectFile = "";

  @BeforeEach
  void aFileWithThreeVersions() throws IOException {
    cli = new CliHarness(temp);
    cli.login();
    node = cli.server.createProject("Versions");
    cli.server.putFile(node, "data/trials.csv", bytes("v1\n"));
    cli.server.putFile(node, "data/trials.csv", bytes("version 2\n"));
    cli.server.putFile(node, "data/trials.csv", bytes("third\n"));
    folder = cli.folder("work");
    projectFile = temp.resolve("v.osf4j.json").toString();
    CliResult init = cli.run("init", projectFile, "--project", node, "--root", folder.toString());
    assertThat(init.code()).as(init.toString()).isZero();
    CliResult sync = cli.run("sync", projectFile);
    assertThat(sync.code()).as(sync.toString()).isZero();
  }

  @AfterEach
  void close() {
    cli.assertNoSecretPrinted();
    cli.close();
  }

  @Test
  void versionsListsEveryVersionNewestFirst() throws IOException {
    CliResult versions = cli.run("versions", projectFile, "data/trials.csv");
    CliResult json = cli.run("versions", projectFile, "data/trials.csv", "--json");

    assertThat(versions.code()).as(versions.toString()).isZero();
    assertThat(versions.out().lines().map(l -> l.split("\\s+")[0]))
        .containsExactly("v3", "v2", "v1");
    assertThat(versions.out().lines().toList().get(1)).contains("10 B");
    JsonNode out = new ObjectMapper().readTree(json.out());
    assertThat(out.path("versions").findValuesAsText("size")).containsExactly("6", "10", "3");
    assertThat(out.path("versions").get(2).path("modified").asText()).endsWith("Z");
  }

  @Test
  void restorePutsTheVersionBesideTheFileAndLeavesTheFileAlone() throws IOException {
    CliResult restore = cli.run("restore", projectFile, "data/trials.csv", "--version", "2");

    assertThat(restore.code()).as(restore.toString()).isZero();
    assertThat(Files.readString(folder.resolve("data/trials.v2.csv"))).isEqualTo("version 2\n");
    assertThat(Files.readString(folder.resolve("data/trials.csv"))).isEqualTo("third\n");
    assertThat(restore.out())
        .contains("Restored version 2 of data/trials.csv (10 B, hash verified)");
    assertThat(cli.server.versionCount(cli.server.fileId(node, "data/trials.csv").orElseThrow()))
        .isEqualTo(3);
  }

  @Test
  void restoreNeverWritesOverAnExistingFile() throws IOException {
    Files.writeString(folder.resolve("data/trials.v1.csv"), "my notes");
    Path elsewhere = temp.resolve("kept.csv");
    Files.writeString(elsewhere, "mine");

    CliResult beside = cli.run("restore", projectFile, "data/trials.csv", "--version", "1");
    CliResult over =
        cli.run(
            "restore",
            projectFile,
            "data/trials.csv",
            "--version",
            "1",
            "--to",
            elsewhere.toString());

    assertThat(beside.code()).isEqualTo(ExitCodes.SAFETY);
    assertThat(beside.err()).contains("already exists; osf4j never writes over a local file");
    assertThat(over.code()).isEqualTo(ExitCodes.SAFETY);
    assertThat(Files.readString(folder.resolve("data/trials.v1.csv"))).isEqualTo("my notes");
    assertThat(Files.readString(elsewhere)).isEqualTo("mine");
    try (var files = Files.list(folder.resolve("data"))) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .containsExactlyInAnyOrder("trials.csv", "trials.v1.csv");
    }
  }

  @Test
  void restoreToAFileOutsideTheFolderWithJson() throws IOException {
    Path target = temp.resolve("first.csv");

    CliResult restore =
        cli.run(
            "restore",
            projectFile,
            "data/trials.csv",
            "--version",
            "1",
            "--to",
            target.toString(),
            "--json");

    assertThat(restore.code()).as(restore.toString()).isZero();
    assertThat(Files.readString(target)).isEqualTo("v1\n");
    JsonNode out = new ObjectMapper().readTree(restore.out());
    assertThat(out.path("version").asInt()).isEqualTo(1);
    assertThat(out.path("to").asText()).isEqualTo(target.toAbsolutePath().toString());
  }

  @Test
  void anUnknownVersionOrFileIsOneUsageLine() {
    CliResult version = cli.run("restore", projectFile, "data/trials.csv", "--version", "9");
    CliResult file = cli.run("versions", projectFile, "data/nope.csv");

    assertThat(version.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(version.err()).contains("OSF has no version 9 of data/trials.csv");
    assertThat(file.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(file.err()).contains("no file data/nope.csv on OSF in this project");
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
