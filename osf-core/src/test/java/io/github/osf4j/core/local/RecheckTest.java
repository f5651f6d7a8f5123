package io.github.osf4j.core.local;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.osf4j.core.Entry;
import io.github.osf4j.core.RelPath;
import io.github.osf4j.core.Snapshot;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The re-check after an upload reads a file again only when its stamp moved since the scan. */
final class RecheckTest {
  @TempDir Path root;

  private final AtomicInteger opened = new AtomicInteger();
  private final FileAccess counting =
      new FileAccess() {
        @Override
        public java.nio.channels.SeekableByteChannel open(Path file) throws IOException {
          opened.incrementAndGet();
          return FileAccess.super.open(file);
        }
      };

  private NioLocalFiles files() {
    return new NioLocalFiles(root, List.of(), 1, null, counting);
  }

  private Entry scanned(NioLocalFiles files, RelPath path) throws IOException {
    return files.scan(Snapshot.empty()).get(path).orElseThrow();
  }

  @Test
  void aFileUnchangedSinceTheScanIsNotReadAgain() throws IOException {
    Files.writeString(root.resolve("data.csv"), "a,b\n1,2\n");
    NioLocalFiles files = files();
    RelPath path = RelPath.of("data.csv");
    Entry known = scanned(files, path);
    int afterScan = opened.get();

    Entry now = files.recheck(path, known).orElseThrow();

    assertThat(opened.get()).isEqualTo(afterScan);
    assertThat(now.sameContentAs(known)).isTrue();
    assertThat(now.stamp()).isEqualTo(known.stamp());
  }

  @Test
  void aFileChangedSinceTheScanIsHashedAfresh() throws IOException {
    Path file = root.resolve("data.csv");
    Files.writeString(file, "a,b\n1,2\n");
    NioLocalFiles files = files();
    RelPath path = RelPath.of("data.csv");
    Entry known = scanned(files, path);
    FileTime before = Files.getLastModifiedTime(file);
    Files.writeString(file, "a,b\n9,9\n");
    Files.setLastModifiedTime(file, FileTime.fromMillis(before.toMillis() + 2_000));
    int afterScan = opened.get();

    Entry now = files.recheck(path, known).orElseThrow();

    assertThat(opened.get()).isEqualTo(afterScan + 1);
    assertThat(now.sameContentAs(known)).isFalse();
  }

  @Test
  void aVanishedFileIsAbsent() throws IOException {
    Path file = root.resolve("data.csv");
    Files.writeString(file, "x");
    NioLocalFiles files = files();
    RelPath path = RelPath.of("data.csv");
    Entry known = scanned(files, path);
    Files.delete(file);

    assertThat(files.recheck(path, known)).isEmpty();
  }
}
