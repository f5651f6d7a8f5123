package io.github.osf4j.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.osf4j.core.sync.Project;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a killed download leaves behind: a temp file that the next run should clear. */
final class TempFilesTest {

  @Test
  void tempFilesAreNeverSyncedOrReported(@TempDir Path home) throws IOException {
    try (Rig rig = Rig.start(home, 41)) {
      Files.createDirectories(rig.root.resolve("a"));
      Files.writeString(rig.root.resolve("a/.osf4j-tmp-0123456789abcdef"), "half a download");
      Files.writeString(rig.root.resolve("a/real.txt"), "real");
      try (Project p = rig.create()) {
        assertThat(p.apply().isComplete()).isTrue();
      }
      assertThat(Trees.remoteFiles(rig.remote, rig.projectId)).containsOnlyKeys("a/real.txt");
    }
  }

  @Test
  void tempFilesLeftByAKilledRunAreRemovedByTheNextRun(@TempDir Path home) throws IOException {
    try (Rig rig = Rig.start(home, 42)) {
      Path stray = rig.root.resolve(".osf4j-tmp-0123456789abcdef");
      Files.writeString(stray, "half a download");
      try (Project p = rig.create()) {
        p.apply();
      }
      assertThat(Trees.strays(rig.root)).isEmpty();
    }
  }
}
