package io.github.osf4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code osf4j ls} through the command against the emulator. */
final class LsCliTest {
  private static final String SHA256_ABC =
      "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";

  @TempDir Path temp;
  private CliHarness cli;
  private String node = "";

  @BeforeEach
  void aProjectWithFiles() throws IOException {
    cli = new CliHarness(temp);
    cli.login();
    node = cli.server.createProject("Listing");
    cli.server.putFile(node, "data/raw/a.csv", "abc".getBytes(StandardCharsets.UTF_8));
    cli.server.putFile(node, "data/raw/a.csv", "ab".getBytes(StandardCharsets.UTF_8));
    cli.server.putFile(node, "data/raw/a.csv", "abc".getBytes(StandardCharsets.UTF_8));
    cli.server.putFile(node, "readme.txt", "hi".getBytes(StandardCharsets.UTF_8));
  }

  @AfterEach
  void close() {
    cli.assertNoSecretPrinted();
    cli.close();
  }

  @Test
  void lsOfAProjectIdShowsTheTopLevelWithFoldersMarked() {
    CliResult ls = cli.run("ls", "--project", node);

    assertThat(ls.code()).as(ls.toString()).isZero();
    assertThat(ls.out().lines()).containsExactly("data/", "readme.txt");
  }

  @Test
  void lsLongOfAFolderShowsSizeVersionCountModifiedTimeAndSha256() {
    CliResult ls = cli.run("ls", "--project", node, "data/raw", "--long");

    assertThat(ls.code()).as(ls.toString()).isZero();
    assertThat(ls.out().lines()).hasSize(1);
    String[] columns = ls.out().lines().findFirst().orElseThrow().split("\\s+");
    assertThat(columns).containsSubsequence("3", "B", "v3", SHA256_ABC, "a.csv");
    assertThat(columns[columns.length - 3]).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ");
  }

  @Test
  void lsOfAProjectFileRecursiveJsonListsEveryEntry() throws IOException {
    Path projectFile = temp.resolve("l.osf4j.json");
    CliResult init =
        cli.run(
            "init",
            projectFile.toString(),
            "--project",
            node,
            "--root",
            cli.folder("w").toString());
    assertThat(init.code()).as(init.toString()).isZero();

    CliResult ls = cli.run("ls", projectFile.toString(), "--recursive", "--json");

    assertThat(ls.code()).as(ls.toString()).isZero();
    JsonNode out = new ObjectMapper().readTree(ls.out());
    assertThat(out.path("project").asText()).isEqualTo(node);
    assertThat(out.path("entries").findValuesAsText("path"))
        .containsExactly("data", "data/raw", "data/raw/a.csv", "readme.txt");
    JsonNode file = out.path("entries").get(2);
    assertThat(file.path("kind").asText()).isEqualTo("file");
    assertThat(file.path("size").asLong()).isEqualTo(3);
    assertThat(file.path("versions").asInt()).isEqualTo(3);
    assertThat(file.path("sha256").asText()).isEqualTo(SHA256_ABC);
    assertThat(file.path("md5").asText()).isEqualTo("900150983cd24fb0d6963f7d28e17f72");
    assertThat(file.path("modified").asText()).endsWith("Z");
  }

  @Test
  void anUnknownPathIsOneClearUsageLine() {
    CliResult ls = cli.run("ls", "--project", node, "nope/");

    assertThat(ls.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(ls.err().lines().filter(l -> l.startsWith("osf4j:")))
        .containsExactly("osf4j: no nope on OSF in this project");
  }

  @Test
  void lsWithoutAProjectIsAUsageError() {
    CliResult ls = cli.run("ls");

    assertThat(ls.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(ls.err()).contains("ls needs a PROJECT_FILE or --project ID");
  }
}
