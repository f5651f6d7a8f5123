package io.github.osf4j.core.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.osf4j.core.BackupPolicy;
import java.time.Instant;
import org.junit.jupiter.api.Test;

final class BackupsTest {
  private static final Instant START = Instant.parse("2026-12-05T23:45:36.123Z");

  @Test
  void aRunsFolderIsNamedByItsUtcStartTime() {
    assertThat(Backups.runFolder("/home/ada/engine.osf4j-backup", START))
        .isEqualTo("/home/ada/engine.osf4j-backup/2026-12-05T23-45-36.123Z");
    assertThat(Backups.runFolder("/home/ada/engine.osf4j-backup/", START))
        .isEqualTo("/home/ada/engine.osf4j-backup/2026-12-05T23-45-36.123Z");
    assertThat(Backups.runFolder("C:\\Users\\ada\\engine.osf4j-backup", START))
        .isEqualTo("C:\\Users\\ada\\engine.osf4j-backup\\2026-12-05T23-45-36.123Z");
  }

  @Test
  void aRunsFolderNameReadsBackAsItsStartTime() {
    assertThat(Backups.started("2026-12-05T23-45-36.123Z")).contains(START);
    assertThat(Backups.started("my notes")).isEmpty();
  }

  @Test
  void backupsAreKeptOneToManyDays() {
    assertThat(BackupPolicy.DEFAULT.keep()).isTrue();
    assertThat(BackupPolicy.DEFAULT.keepDays()).isEqualTo(30);
    assertThatThrownBy(() -> BackupPolicy.DEFAULT.keepingDays(0))
        .hasMessageContaining("keepDays must be 1-36500");
    assertThatThrownBy(() -> new BackupPolicy(true, 36_501))
        .hasMessageContaining("keepDays must be 1-36500");
  }
}
