package io.github.osf4j.core.sync;

import static io.github.osf4j.core.sync.ProjectWorld.P;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.osf4j.core.SyncMode;
import io.github.osf4j.core.SyncOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Whatever the two sides did, a sync, push or pull loses no local bytes: each file there before is
 * afterwards still at its path, somewhere in the folder (a conflict copy), or in the backups; and
 * when the backup folder cannot be written, every local file stays exactly as it was.
 */
final class BackupPropertyTest {
  private static final List<String> PATHS = List.of("a.txt", "b.txt", "d/c.txt", "d/e/f.txt");

  /** Per path: 0 unchanged, 1 changed locally, 2 changed on OSF, 3 deleted on OSF, 4 both. */
  @Provide
  Arbitrary<List<Integer>> changes() {
    return Arbitraries.integers().between(0, 4).list().ofSize(PATHS.size());
  }

  @Provide
  Arbitrary<SyncMode> modes() {
    return Arbitraries.of(SyncMode.class);
  }

  @Property
  void noLocalBytesAreLost(
      @ForAll("changes") List<Integer> changes,
      @ForAll("modes") SyncMode mode,
      @ForAll boolean backupFolderWritable)
      throws IOException {
    try (BackupWorld w = new BackupWorld()) {
      for (String path : PATHS) {
        w.write(path, "base " + path);
      }
      w.sync();
      for (int i = 0; i < PATHS.size(); i++) {
        String path = PATHS.get(i);
        int change = changes.get(i);
        if (change == 1 || change == 4) {
          w.write(path, "local " + path);
        }
        if (change == 2 || change == 4) {
          w.world.remote.putFile(P, path, "remote " + path);
        } else if (change == 3) {
          w.world.remote.remove(P, path);
        }
      }
      if (!backupFolderWritable) {
        Files.writeString(w.backups, "in the way");
      }
      Map<String, String> before = w.local();

      w.sync(SyncOptions.DEFAULTS.withMode(mode, true).withForce(true));

      Map<String, String> after = w.local();
      if (!backupFolderWritable) {
        // Nothing overwritten or deleted; a conflict copy may have moved a file aside.
        assertThat(after.values()).containsAll(before.values());
        return;
      }
      Map<String, String> backedUp = w.backedUp();
      for (Map.Entry<String, String> file : before.entrySet()) {
        boolean kept =
            file.getValue().equals(after.get(file.getKey()))
                || after.containsValue(file.getValue())
                || backedUp.entrySet().stream()
                    .anyMatch(
                        b ->
                            b.getKey().endsWith("/" + file.getKey())
                                && b.getValue().equals(file.getValue()));
        assertThat(kept).as("%s (%s) is kept", file.getKey(), file.getValue()).isTrue();
      }
    }
  }
}
