package io.github.osf4j.core.sync;

import static io.github.osf4j.core.sync.ProjectWorld.P;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.osf4j.core.BackupPolicy;
import io.github.osf4j.core.RelPath;
import io.github.osf4j.core.Skip;
import io.github.osf4j.core.SyncMode;
import io.github.osf4j.core.SyncOptions;
import io.github.osf4j.core.SyncReport;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

final class ProjectBackupTest {
  private static final String BACKUPS = "/data/engine.osf4j-backup";

  private final BackupWorld w = new BackupWorld();

  ProjectBackupTest() throws IOException {}

  @AfterEach
  void close() throws IOException {
    w.close();
  }

  @Test
  void aDownloadThatReplacesALocalFileFirstBacksUpItsOldBytes() throws IOException {
    w.write("d/a.txt", "v1");
    w.sync();
    w.world.remote.putFile(P, "d/a.txt", "v2 from a colleague");

    SyncReport report = w.sync();

    assertThat(w.local()).containsEntry("d/a.txt", "v2 from a colleague");
    String run = Backups.RUN_NAME.format(w.world.clock.instant());
    assertThat(w.backedUp()).containsExactly(Map.entry(run + "/d/a.txt", "v1"));
    assertThat(report.backedUp()).containsExactly(RelPath.of("d/a.txt"));
    assertThat(report.backupFolder()).isEqualTo(BACKUPS + "/" + run);
    assertThat(report.isComplete()).isTrue();
  }

  @Test
  void aLocalDeleteFirstBacksUpTheFile() throws IOException {
    w.write("d/a.txt", "a");
    w.write("b.txt", "b");
    w.sync();
    w.world.remote.remove(P, "d/a.txt");

    SyncReport report = w.sync();

    assertThat(w.local()).containsOnlyKeys("b.txt");
    String run = Backups.RUN_NAME.format(w.world.clock.instant());
    assertThat(w.backedUp()).containsExactly(Map.entry(run + "/d/a.txt", "a"));
    assertThat(report.backedUp()).containsExactly(RelPath.of("d/a.txt"));
  }

  @Test
  void aFolderDeletedOnOsfLeavesItsFilesInTheBackups() throws IOException {
    w.write("d/e/a.txt", "a");
    w.write("b.txt", "b");
    w.sync();
    w.world.remote.remove(P, "d");

    SyncReport report = w.sync();

    assertThat(w.local()).containsOnlyKeys("b.txt");
    assertThat(report.backedUp()).containsExactly(RelPath.of("d/e/a.txt"));
    assertThat(w.backedUp()).containsValue("a");
  }

  @Test
  void newFilesAndUploadsNeedNoBackup() throws IOException {
    w.write("mine.txt", "mine");
    w.world.remote.putFile(P, "theirs.txt", "theirs");

    SyncReport report = w.sync();

    assertThat(report.backedUp()).isEmpty();
    assertThat(report.backupFolder()).isNull();
    assertThat(w.backups).doesNotExist();
  }

  @Test
  void aFileThatCannotBeBackedUpIsLeftAloneAndItsActionSkipped() throws IOException {
    w.write("a.txt", "v1");
    w.write("b.txt", "b");
    w.sync();
    w.world.remote.putFile(P, "a.txt", "v2");
    w.world.remote.remove(P, "b.txt");
    Files.writeString(w.backups, "a file where the backup folder should be");

    SyncReport report = w.sync();

    assertThat(w.local()).containsEntry("a.txt", "v1").containsEntry("b.txt", "b");
    assertThat(report.done()).isEmpty();
    assertThat(report.skipped())
        .extracting(Skip::path)
        .containsExactlyInAnyOrder(RelPath.of("a.txt"), RelPath.of("b.txt"));
    assertThat(report.skipped())
        .allSatisfy(s -> assertThat(s.reason()).contains("cannot back up the local file first"));
    assertThat(report.backedUp()).isEmpty();

    Files.delete(w.backups);
    assertThat(w.sync().isComplete()).isTrue();
    assertThat(w.local()).containsOnly(Map.entry("a.txt", "v2"));
    assertThat(w.backedUp()).containsValues("v1", "b");
  }

  @Test
  void withBackupsOffFilesAreChangedWithoutACopy() throws IOException {
    w.write("a.txt", "v1");
    w.sync();
    w.world.remote.putFile(P, "a.txt", "v2");

    SyncReport report = w.sync(SyncOptions.DEFAULTS.withBackups(BackupPolicy.DEFAULT.off()));

    assertThat(w.local()).containsEntry("a.txt", "v2");
    assertThat(report.backedUp()).isEmpty();
    assertThat(w.backups).doesNotExist();
  }

  @Test
  void aPullBacksUpTheLocalFilesItOverwritesOrDeletes() throws IOException {
    w.write("a.txt", "v1");
    w.write("b.txt", "b");
    w.sync();
    w.world.remote.putFile(P, "a.txt", "v2");
    w.world.remote.remove(P, "b.txt");

    SyncReport report = w.sync(SyncOptions.DEFAULTS.withMode(SyncMode.PULL, true));

    assertThat(w.local()).containsOnly(Map.entry("a.txt", "v2"));
    assertThat(report.backedUp())
        .containsExactlyInAnyOrder(RelPath.of("a.txt"), RelPath.of("b.txt"));
    assertThat(w.backedUp().values()).containsExactlyInAnyOrder("v1", "b");
  }

  @Test
  void backupsOlderThanTheKeptDaysArePrunedAtTheEndOfARun() throws IOException {
    Instant now = w.world.clock.instant();
    String old = Backups.RUN_NAME.format(now.minus(Duration.ofDays(8)));
    String recent = Backups.RUN_NAME.format(now.minus(Duration.ofDays(6)));
    Files.createDirectories(w.backups.resolve(old).resolve("d"));
    Files.writeString(w.backups.resolve(old).resolve("d/x.txt"), "old");
    Files.createDirectories(w.backups.resolve(recent));
    Files.writeString(w.backups.resolve(recent).resolve("y.txt"), "recent");
    Files.createDirectories(w.backups.resolve("my notes"));

    w.sync(SyncOptions.DEFAULTS.withBackups(BackupPolicy.DEFAULT.keepingDays(7)));

    assertThat(w.backups.resolve(old)).doesNotExist();
    assertThat(w.backups.resolve(recent).resolve("y.txt")).hasContent("recent");
    assertThat(w.backups.resolve("my notes")).isDirectory();
  }

  @Test
  void aBackupFolderInsideTheSyncedFolderIsNeverSynced() throws IOException {
    try (BackupWorld inside = new BackupWorld("/data/engine/.engine.osf4j-backup")) {
      inside.write("a.txt", "v1");
      inside.sync();
      inside.world.remote.putFile(P, "a.txt", "v2");

      assertThat(inside.sync().backedUp()).containsExactly(RelPath.of("a.txt"));
      assertThat(inside.sync().done()).isEmpty();
      assertThat(inside.world.remote.files(P)).containsOnlyKeys("a.txt");
    }
  }
}
