package io.github.osf4j.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class SyncCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path temp;
  private CliHarness cli;
  private String node = "";
  private Path folder = Path.of("");
  private String projectFile = "";

  @BeforeEach
  void projectAndFolder() throws IOException {
    cli = new CliHarness(temp);
    cli.login();
    node = cli.server.createProject("Reaction times");
    cli.server.putFile(node, "remote.txt", bytes("from OSF\n"));
    folder = cli.folder("experiment");
    Files.createDirectories(folder.resolve("data"));
    Files.writeString(folder.resolve("data/local.csv"), "rt\n512\n", UTF_8);
    projectFile = temp.resolve("rt.osf4j.json").toString();
    CliResult init = cli.run("init", projectFile, "--project", node, "--root", folder.toString());
    assertThat(init.code()).as(init.toString()).isZero();
  }

  @AfterEach
  void noSecretWasPrinted() {
    cli.assertNoSecretPrinted();
    cli.close();
  }

  @Test
  void initWritesTheProjectFileAndTransfersNothing() throws IOException {
    String file = Files.readString(Path.of(projectFile), UTF_8);

    assertThat(file).contains(node).contains(cli.server.apiUrl()).contains(cli.server.userId());
    assertThat(folder.resolve("remote.txt")).doesNotExist();
    assertThat(cli.server.readFile(node, "data/local.csv")).isEmpty();
  }

  @Test
  void initRefusesToOverwriteAProjectFile() {
    CliResult again = cli.run("init", projectFile, "--project", node, "--root", folder.toString());

    assertThat(again.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(again.err()).contains("already exists");
  }

  @Test
  void statusJsonListsTheActions() throws IOException {
    CliResult status = cli.run("status", projectFile, "--json");

    assertThat(status.code()).as(status.toString()).isZero();
    JsonNode plan = JSON.readTree(status.out());
    assertThat(plan.get("actions").toString())
        .contains("{\"type\":\"download\",\"path\":\"remote.txt\"}")
        .contains("{\"type\":\"upload\",\"path\":\"data/local.csv\"}");
    assertThat(plan.get("conflicts").isArray()).isTrue();
    assertThat(plan.get("skipped").isArray()).isTrue();
    assertThat(status.out().strip().lines()).hasSize(1);
  }

  @Test
  void syncGoesBothWaysAndTheNextRunPlansNothing() throws IOException {
    CliResult sync = cli.run("sync", projectFile);

    assertThat(sync.code()).as(sync.toString()).isZero();
    assertThat(folder.resolve("remote.txt")).hasContent("from OSF");
    assertThat(cli.server.readFile(node, "data/local.csv")).contains(bytes("rt\n512\n"));
    CliResult status = cli.run("status", projectFile, "--json");
    assertThat(JSON.readTree(status.out()).get("actions").size()).isZero();
    CliResult again = cli.run("sync", projectFile);
    assertThat(again.code()).isZero();
    assertThat(again.out()).contains("In sync");
  }

  @Test
  void dryRunChangesNothing() throws IOException {
    CliResult dry = cli.run("sync", projectFile, "--dry-run");

    assertThat(dry.code()).as(dry.toString()).isZero();
    assertThat(dry.out()).contains("download").contains("remote.txt");
    assertThat(folder.resolve("remote.txt")).doesNotExist();
    assertThat(cli.server.readFile(node, "data/local.csv")).isEmpty();
    CliResult status = cli.run("status", projectFile, "--json");
    assertThat(JSON.readTree(status.out()).get("actions").size()).isEqualTo(actionsAtStart());
  }

  @Test
  void syncJsonReportsDoneSkippedAndFailed() throws IOException {
    CliResult sync = cli.run("sync", projectFile, "--json");

    assertThat(sync.code()).as(sync.toString()).isZero();
    JsonNode report = JSON.readTree(sync.out());
    assertThat(report.get("done").toString())
        .contains("{\"type\":\"upload\",\"path\":\"data/local.csv\"}");
    assertThat(report.get("skipped").size()).isZero();
    assertThat(report.get("failed").size()).isZero();
  }

  @Test
  void keepBothGivesTheNameToOsfAndKeepsTheLocalEditAsACopy() throws IOException {
    editBothSides();

    CliResult sync = cli.run("sync", projectFile);

    assertThat(sync.code()).as(sync.toString()).isZero();
    assertConflictResolved("OSF edit\n", "-local", "local edit\n");
  }

  @Test
  void preferRemoteIsKeepBoth() throws IOException {
    editBothSides();

    CliResult sync = cli.run("sync", projectFile, "--conflict", "prefer-remote");

    assertThat(sync.code()).as(sync.toString()).isZero();
    assertConflictResolved("OSF edit\n", "-local", "local edit\n");
  }

  @Test
  void anUnknownPolicyIsOneClearLineAndChangesNothing() throws IOException {
    editBothSides();

    CliResult sync = cli.run("sync", projectFile, "--conflict", "prefer-mine");

    assertThat(sync.code()).as(sync.toString()).isEqualTo(2);
    assertThat(sync.err())
        .contains("unknown conflict policy 'prefer-mine'")
        .contains("keep-both, prefer-local, prefer-remote or prefer-newer")
        .doesNotContain("Exception")
        .doesNotContain("ConflictPolicy");
    assertThat(folder.resolve("remote.txt")).hasContent("local edit");
    assertThat(cli.server.readFile(node, "remote.txt")).contains(bytes("OSF edit\n"));
  }

  @Test
  void preferLocalGivesTheNameToTheLocalEdit() throws IOException {
    editBothSides();

    CliResult sync = cli.run("sync", projectFile, "--conflict", "prefer-local");

    assertThat(sync.code()).as(sync.toString()).isZero();
    assertConflictResolved("local edit\n", "-osf", "OSF edit\n");
  }

  @Test
  void preferNewerGivesTheNameToTheLaterEdit() throws IOException {
    editBothSides();
    Files.setLastModifiedTime(
        folder.resolve("remote.txt"), FileTime.from(Instant.parse("2020-01-01T00:00:00Z")));

    CliResult sync = cli.run("sync", projectFile, "--conflict", "prefer-newer");

    assertThat(sync.code()).as(sync.toString()).isZero();
    assertConflictResolved("OSF edit\n", "-local", "local edit\n");
  }

  @Test
  void preferNewerGivesTheNameToALaterLocalEdit() throws IOException {
    editBothSides();
    Files.setLastModifiedTime(
        folder.resolve("remote.txt"), FileTime.from(Instant.now().plusSeconds(3600)));

    CliResult sync = cli.run("sync", projectFile, "--conflict", "prefer-newer");

    assertThat(sync.code()).as(sync.toString()).isZero();
    assertConflictResolved("local edit\n", "-osf", "OSF edit\n");
  }

  @Test
  void conflictsAreListedInStatus() throws IOException {
    editBothSides();

    CliResult status = cli.run("status", projectFile, "--json");

    JsonNode conflict = JSON.readTree(status.out()).get("conflicts").get(0);
    assertThat(conflict.get("path").asText()).isEqualTo("remote.txt");
    assertThat(conflict.get("kind").asText()).isEqualTo("modify-modify");
    assertThat(conflict.get("copy").asText()).contains(".conflict-").endsWith("-local.txt");
  }

  @Test
  void anEmptiedFolderStopsTheSyncWithExitCode4() throws IOException {
    assertThat(cli.run("sync", projectFile).code()).isZero();
    deleteContents(folder);

    CliResult status = cli.run("status", projectFile);
    CliResult sync = cli.run("sync", projectFile);

    assertThat(status.code()).as(status.toString()).isEqualTo(ExitCodes.SAFETY);
    assertThat(sync.code()).as(sync.toString()).isEqualTo(ExitCodes.SAFETY);
    assertThat(cli.server.readFile(node, "remote.txt")).isPresent();
  }

  @Test
  void tooManyDeletionsStopUnlessForced() throws IOException {
    for (int i = 0; i < 4; i++) {
      cli.server.putFile(node, "trial-" + i + ".csv", bytes("trial " + i));
    }
    assertThat(cli.run("sync", projectFile).code()).isZero();
    for (int i = 0; i < 4; i++) {
      Files.delete(folder.resolve("trial-" + i + ".csv"));
    }

    CliResult stopped = cli.run("sync", projectFile, "--max-delete", "20");
    assertThat(stopped.code()).as(stopped.toString()).isEqualTo(ExitCodes.SAFETY);
    assertThat(cli.server.readFile(node, "trial-0.csv")).isPresent();

    CliResult forced = cli.run("sync", projectFile, "--max-delete", "20", "--force");
    assertThat(forced.code()).as(forced.toString()).isZero();
    assertThat(cli.server.readFile(node, "trial-0.csv")).isEmpty();
  }

  @Test
  void theProjectFileRemembersTheServerAndTheUser() {
    CliResult sync =
        cli.run(
            "",
            Map.of(
                "OSF_API_URL", "http://127.0.0.1:9/v2/", "OSF_FILES_URL", "http://127.0.0.1:9/v1/"),
            "sync",
            projectFile);

    assertThat(sync.code()).as(sync.toString()).isZero();
  }

  @Test
  void aSkippedPathIsExitCode1AndListedInJson() throws IOException {
    Files.createSymbolicLink(folder.resolve("shortcut"), folder.resolve("data"));

    CliResult status = cli.run("status", projectFile, "--json");
    CliResult sync = cli.run("sync", projectFile, "--json");

    assertThat(status.code()).as(status.toString()).isEqualTo(ExitCodes.INCOMPLETE);
    assertThat(JSON.readTree(status.out()).get("skipped").get(0).get("path").asText())
        .isEqualTo("shortcut");
    assertThat(sync.code()).as(sync.toString()).isEqualTo(ExitCodes.INCOMPLETE);
    assertThat(folder.resolve("remote.txt")).hasContent("from OSF");
  }

  @Test
  void aPyosfProjectIsImported() throws IOException {
    Path proj = temp.resolve("experiment.proj");
    Files.writeString(
        proj,
        JSON.createObjectNode()
            .put("root_path", folder.toString())
            .put("name", "")
            .put("username", CliHarness.EMAIL)
            .put("project_id", node)
            .set("index", JSON.createArrayNode())
            .toString(),
        UTF_8);
    String imported = temp.resolve("imported.osf4j.json").toString();

    CliResult init = cli.run("init", imported, "--from-pyosf", proj.toString());

    assertThat(init.code()).as(init.toString()).isZero();
    CliResult sync = cli.run("sync", imported);
    assertThat(sync.code()).as(sync.toString()).isZero();
    assertThat(folder.resolve("remote.txt")).hasContent("from OSF");
  }

  @Test
  void failuresInJsonModeAreOneJsonObjectToo() throws IOException {
    cli.run("logout");

    CliResult status = cli.run("status", projectFile, "--json");

    assertThat(status.code()).isEqualTo(ExitCodes.AUTH);
    JsonNode error = JSON.readTree(status.out()).get("error");
    assertThat(error.get("exitCode").asInt()).isEqualTo(ExitCodes.AUTH);
    assertThat(error.get("message").asText()).contains("not logged in");
  }

  @Test
  void usageErrorsExitWith2() {
    assertThat(cli.run("sync").code()).isEqualTo(ExitCodes.USAGE);
    assertThat(cli.run("sync", projectFile, "--conflict", "mine").code())
        .isEqualTo(ExitCodes.USAGE);
    assertThat(cli.run("sync", projectFile, "--jobs", "0").code()).isEqualTo(ExitCodes.USAGE);
    assertThat(cli.run("frobnicate").code()).isEqualTo(ExitCodes.USAGE);
    CliResult missing = cli.run("status", temp.resolve("nope.json").toString());
    assertThat(missing.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(missing.err()).startsWith("osf4j: ").contains("nope.json");
  }

  private int actionsAtStart() {
    return 3;
  }

  private void editBothSides() throws IOException {
    assertThat(cli.run("sync", projectFile).code()).isZero();
    cli.server.putFile(node, "remote.txt", bytes("OSF edit\n"));
    Files.writeString(folder.resolve("remote.txt"), "local edit\n", UTF_8);
  }

  private void assertConflictResolved(String named, String copySuffix, String copied)
      throws IOException {
    assertThat(folder.resolve("remote.txt")).hasContent(named.strip());
    assertThat(cli.server.readFile(node, "remote.txt")).contains(bytes(named));
    List<String> copies;
    try (Stream<Path> files = Files.list(folder)) {
      copies =
          files
              .map(p -> p.getFileName().toString())
              .filter(n -> n.startsWith("remote.conflict-"))
              .toList();
    }
    assertThat(copies).hasSize(1);
    String copy = copies.get(0);
    assertThat(copy).endsWith(copySuffix + ".txt");
    assertThat(folder.resolve(copy)).hasContent(copied.strip());
    assertThat(cli.server.readFile(node, copy)).contains(bytes(copied));
    assertThat(cli.run("status", projectFile).out()).contains("In sync");
  }

  private static void deleteContents(Path folder) throws IOException {
    try (Stream<Path> files = Files.walk(folder)) {
      for (Path path : files.sorted((a, b) -> b.compareTo(a)).toList()) {
        if (!path.equals(folder)) {
          Files.delete(path);
        }
      }
    }
  }

  private static byte[] bytes(String text) {
    return text.getBytes(UTF_8);
  }
}
