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

/** Local backups ({@code PROJECT.osf4j-backup}) through sync, pull and status on the emulator. */
final class BackupCliTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path temp;
  private CliHarness cli;
  private String node = "";
  private Path folder = Path.of("");
  private Path backups = Path.of("");
  private String projectFile = "";

  @BeforeEach
  void syncedProject() throws IOException {
    cli = new CliHarness(temp);
    cli.login();
    node = cli.server.createProject("Reaction times");
    folder = cli.folder("experiment");
    Files.createDirectories(folder.resolve("data"));
    Files.writeString(folder.resolve("data/rt.csv"), "rt\n512\n", UTF_8);
    Files.writeString(folder.resolve("notes.txt"), "my notes\n", UTF_8);
    projectFile = temp.resolve("rt.osf4j.json").toString();
    backups = temp.resolve("rt.osf4j-backup");
    CliResult init = cli.run("init", projectFile, "--project", node, "--root", folder.toString());
    assertThat(init.code()).as(init.toString()).isZero();
    CliResult first = cli.run("sync", projectFile);
    assertThat(first.code()).as(first.toString()).isZero();
    assertThat(first.out()).doesNotContain("Backed up");
  }

  @AfterEach
  void noSecretWasPrinted() {
    cli.assertNoSecretPrinted();
    cli.close();
  }

  @Test
  void syncBacksUpTheLocalFilesItOverwritesOrDeletesAndSaysWhere() throws IOException {
    colleagueChangesRtAndDeletesNotes();

    CliResult sync = cli.run("sync", projectFile);

    assertThat(sync.code()).as(sync.toString()).isZero();
    assertThat(folder.resolve("data/rt.csv")).hasContent("rt\n640");
    assertThat(folder.resolve("notes.txt")).doesNotExist();
    assertThat(sync.out())
        .contains("Backed up 2 local files before changing them: " + backups.resolve(""));
    List<Path> runs = runs();
    assertThat(runs).hasSize(1);
    assertThat(sync.out()).contains(runs.get(0).toString());
    assertThat(runs.get(0).resolve("data/rt.csv")).hasContent("rt\n512");
    assertThat(runs.get(0).resolve("notes.txt")).hasContent("my notes");
    assertThat(cli.server.readFile(node, "rt.osf4j-backup")).isEmpty();
  }

  @Test
  void syncJsonNamesTheBackups() throws IOException {
    colleagueChangesRtAndDeletesNotes();

    CliResult sync = cli.run("sync", projectFile, "--json");

    assertThat(sync.code()).as(sync.toString()).isZero();
    JsonNode out = JSON.readTree(sync.out());
    assertThat(out.path("backups").path("folder").asText()).isEqualTo(runs().get(0).toString());
    assertThat(out.path("backups").path("files").toString())
        .isEqualTo("[\"data/rt.csv\",\"notes.txt\"]");
  }

  @Test
  void pullWithNoBackupChangesFilesWithoutACopy() throws IOException {
    colleagueChangesRtAndDeletesNotes();

    CliResult pull = cli.run("pull", projectFile, "--no-backup");

    assertThat(pull.code()).as(pull.toString()).isZero();
    assertThat(folder.resolve("data/rt.csv")).hasContent("rt\n640");
    assertThat(pull.out()).doesNotContain("Backed up");
    assertThat(backups).doesNotExist();
  }

  @Test
  void whenTheBackupFolderCannotBeWrittenNothingIsOverwrittenAndTheExitCodeIsOne()
      throws IOException {
    colleagueChangesRtAndDeletesNotes();
    Files.writeString(backups, "a file in the way\n", UTF_8);

    CliResult sync = cli.run("sync", projectFile);

    assertThat(sync.code()).as(sync.toString()).isEqualTo(ExitCodes.INCOMPLETE);
    assertThat(sync.out()).contains("skipped").contains("cannot back up the local file first");
    assertThat(folder.resolve("data/rt.csv")).hasContent("rt\n512");
    assertThat(folder.resolve("notes.txt")).hasContent("my notes");

    Files.delete(backups);
    CliResult again = cli.run("sync", projectFile);
    assertThat(again.code()).as(again.toString()).isZero();
    assertThat(folder.resolve("data/rt.csv")).hasContent("rt\n640");
  }

  @Test
  void statusSaysWhereBackupsGo() throws IOException {
    CliResult status = cli.run("status", projectFile);
    CliResult json = cli.run("status", projectFile, "--json");

    assertThat(status.out()).contains("Backups: " + backups.toAbsolutePath());
    assertThat(JSON.readTree(json.out()).path("backupFolder").asText())
        .isEqualTo(backups.toAbsolutePath().toString());
  }

  @Test
  void backupsOlderThanKeepBackupsDaysAreDeleted() throws IOException {
    Path old = backups.resolve("2020-01-01T00-00-00.000Z");
    Files.createDirectories(old);
    Files.writeString(old.resolve("old.csv"), "old\n", UTF_8);
    colleagueChangesRtAndDeletesNotes();

    CliResult sync = cli.run("sync", projectFile, "--keep-backups", "7");

    assertThat(sync.code()).as(sync.toString()).isZero();
    assertThat(old).doesNotExist();
    assertThat(runs()).hasSize(1);
  }

  @Test
  void aBadKeepBackupsNamesTheOption() {
    CliResult sync = cli.run("sync", projectFile, "--keep-backups", "0");

    assertThat(sync.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(sync.err()).contains("--keep-backups must be 1-36500").doesNotContain("Exception");
  }

  /** A colleague clones the project, edits data/rt.csv, deletes notes.txt and syncs. */
  private void colleagueChangesRtAndDeletesNotes() throws IOException {
    Path theirs = temp.resolve("colleague");
    String theirFile = temp.resolve("colleague.osf4j.json").toString();
    CliResult clone = cli.run("clone", node, theirs.toString(), "--project-file", theirFile);
    assertThat(clone.code()).as(clone.toString()).isZero();
    Files.writeString(theirs.resolve("data/rt.csv"), "rt\n640\n", UTF_8);
    Files.delete(theirs.resolve("notes.txt"));
    CliResult sync = cli.run("sync", theirFile);
    assertThat(sync.code()).as(sync.toString()).isZero();
  }

  private List<Path> runs() throws IOException {
    try (Stream<Path> runs = Files.list(backups)) {
      return runs.sorted().toList();
    }
  }
}
