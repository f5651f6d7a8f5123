package io.github.osf4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code osf4j verify} through the command against the emulator. */
final class VerifyCliTest {
  @TempDir Path temp;
  private CliHarness cli;
  private String node = "";
  private Path folder = Path.of("");
  private Path projectFile = Path.of("");

  @BeforeEach
  void aSyncedProject() throws IOException {
    cli = new CliHarness(temp);
    cli.login();
    node = cli.server.createProject("Verify");
    cli.server.putFile(node, "data/a.csv", bytes("1,2,3\n"));
    cli.server.putFile(node, "notes.txt", bytes("hello\n"));
    folder = cli.folder("work");
    projectFile = temp.resolve("v.osf4j.json");
    CliResult init =
        cli.run("init", projectFile.toString(), "--project", node, "--root", folder.toString());
    assertThat(init.code()).as(init.toString()).isZero();
    CliResult sync = cli.run("sync", projectFile.toString());
    assertThat(sync.code()).as(sync.toString()).isZero();
  }

  @AfterEach
  void close() {
    cli.assertNoSecretPrinted();
    cli.close();
  }

  @Test
  void aFreshlySyncedProjectVerifiesWithExitZero() {
    CliResult verify = cli.run("verify", projectFile.toString());

    assertThat(verify.code()).as(verify.toString()).isZero();
    assertThat(verify.out()).contains("All 3 paths agree");
  }

  @Test
  void aLocalByteFlippedWithoutAnMtimeChangeIsFound() throws IOException {
    Path file = folder.resolve("data/a.csv");
    FileTime mtime = Files.getLastModifiedTime(file);
    byte[] content = Files.readAllBytes(file);
    content[0] ^= 0x01;
    Files.write(file, content);
    Files.setLastModifiedTime(file, mtime);
    byte[] projectBefore = Files.readAllBytes(projectFile);

    CliResult verify = cli.run("verify", projectFile.toString());
    CliResult json = cli.run("verify", "--json", projectFile.toString());

    assertThat(verify.code()).as(verify.toString()).isEqualTo(ExitCodes.INCOMPLETE);
    assertThat(verify.out().lines())
        .contains(
            "data/a.csv: local changed since the last sync, OSF as at the last sync; the sides"
                + " differ")
        .noneMatch(l -> l.startsWith("notes.txt"));
    JsonNode out = parse(json);
    assertThat(json.code()).isEqualTo(ExitCodes.INCOMPLETE);
    assertThat(out.path("agree").asBoolean()).isFalse();
    assertThat(out.path("differences")).hasSize(1);
    assertThat(out.path("differences").get(0).path("path").asText()).isEqualTo("data/a.csv");
    assertThat(out.path("differences").get(0).path("local").asText()).isEqualTo("changed");
    assertThat(out.path("differences").get(0).path("osf").asText()).isEqualTo("unchanged");
    assertThat(Files.readAllBytes(projectFile)).isEqualTo(projectBefore);
    assertThat(Files.readAllBytes(file)).isEqualTo(content);
    assertThat(cli.server.readFile(node, "data/a.csv")).contains(bytes("1,2,3\n"));
  }

  @Test
  void aByteFlippedOnOsfIsFoundAndNothingIsChanged() throws IOException {
    cli.server.putFile(node, "notes.txt", bytes("hellp\n"));
    byte[] projectBefore = Files.readAllBytes(projectFile);
    cli.server.requests().clear();

    CliResult verify = cli.run("verify", projectFile.toString());

    assertThat(verify.code()).as(verify.toString()).isEqualTo(ExitCodes.INCOMPLETE);
    assertThat(verify.out().lines())
        .contains(
            "notes.txt: local as at the last sync, OSF changed since the last sync; the sides"
                + " differ");
    assertThat(verify.out()).contains("1 of 3 paths differ.");
    assertThat(Files.readString(folder.resolve("notes.txt"))).isEqualTo("hello\n");
    assertThat(Files.readAllBytes(projectFile)).isEqualTo(projectBefore);
    assertThat(cli.server.requests().entries()).allMatch(r -> r.method().equals("GET"));
  }

  @Test
  void aMissingProjectFileIsAUsageError() {
    CliResult verify = cli.run("verify", temp.resolve("nope.json").toString());

    assertThat(verify.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(verify.err()).contains("no project file");
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static JsonNode parse(CliResult result) throws IOException {
    return new ObjectMapper().readTree(result.out());
  }
}
