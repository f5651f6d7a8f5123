package io.github.osf4j.core.local;

import static io.github.osf4j.core.local.Disk.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import io.github.osf4j.core.Entry;
import io.github.osf4j.core.LocalFiles.PendingFile;
import io.github.osf4j.core.RelPath;
import io.github.osf4j.core.Snapshot;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Objects;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The same behaviour on the machine's own file system. */
final class RealDiskTest {
  @TempDir Path dir;

  private static RelPath p(String path) {
    return RelPath.of(path);
  }

  private Path root() throws IOException {
    return Files.createDirectories(dir.resolve("root"));
  }

  @Test
  void scanHashesAndStampsWithTheInode() throws IOException {
    Path root = root();
    write(root, "a/b.txt", "abc");
    Entry entry = NioLocalFiles.of(root).scan(Snapshot.empty()).get(p("a/b.txt")).orElseThrow();
    assertThat(entry.md5()).isEqualTo(Disk.ABC_MD5);
    assertThat(Objects.requireNonNull(entry.stamp()).fileKey()).contains("ino=");
  }

  @Test
  void symbolicLinksAreProblemsAndNothingOutsideIsRead() throws IOException {
    Path root = root();
    Path outside = write(dir, "outside/secret.txt", "secret");
    Files.createSymbolicLink(root.resolve("to-dir"), outside.getParent());
    Files.createSymbolicLink(root.resolve("to-file"), outside);
    Snapshot snapshot = NioLocalFiles.of(root).scan(Snapshot.empty());
    assertThat(snapshot.entries()).isEmpty();
    assertThat(snapshot.problems())
        .containsEntry(p("to-dir"), Scan.SYMLINK)
        .containsEntry(p("to-file"), Scan.SYMLINK);
  }

  @Test
  void writesNeverGoThroughASymlinkedParent() throws IOException {
    Path root = root();
    Path outside = Files.createDirectories(dir.resolve("outside"));
    Files.createSymbolicLink(root.resolve("escape"), outside);
    NioLocalFiles files = NioLocalFiles.of(root);
    try {
      files.create(p("escape/a.txt")).abort();
    } catch (IOException expected) {
      assertThat(expected).hasMessageContaining("symbolic link");
    }
    try (var list = Files.list(outside)) {
      assertThat(list).isEmpty();
    }
  }

  @Test
  void unreadableFilesAndFoldersAreProblems() throws IOException {
    assumeThat(System.getProperty("user.name")).as("root reads everything").isNotEqualTo("root");
    Path root = root();
    Path file = write(root, "locked.txt", "x");
    Path folder = write(root, "closed/inner.txt", "x").getParent();
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("---------"));
    Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("---------"));
    try {
      Snapshot snapshot = NioLocalFiles.of(root).scan(Snapshot.empty());
      assertThat(snapshot.entries()).isEmpty();
      assertThat(snapshot.problems())
          .containsEntry(p("locked.txt"), "unreadable: permission denied")
          .containsEntry(p("closed"), "unreadable: permission denied");
    } finally {
      Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwx------"));
    }
  }

  @Test
  void specialFilesAreProblems() throws IOException, InterruptedException {
    Path root = root();
    Process mkfifo;
    try {
      mkfifo = new ProcessBuilder("mkfifo", root.resolve("pipe").toString()).start();
    } catch (IOException e) {
      mkfifo = null;
    }
    assumeThat(mkfifo != null && mkfifo.waitFor() == 0).as("mkfifo available").isTrue();
    Snapshot snapshot = NioLocalFiles.of(root).scan(Snapshot.empty());
    assertThat(snapshot.problems()).containsEntry(p("pipe"), Scan.SPECIAL);
  }

  @Test
  void commitKeepsTheModeAndLeavesNoTempFile() throws IOException {
    Path root = root();
    Path script = write(root, "run.sh", "old");
    Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-x---"));
    NioLocalFiles files = NioLocalFiles.of(root);
    Entry expected = files.stat(p("run.sh")).orElseThrow();
    try (PendingFile pending = files.create(p("run.sh"))) {
      pending.stream().write("abc".getBytes(StandardCharsets.UTF_8));
      Entry committed = pending.commit(Optional.of(expected));
      assertThat(committed.stamp()).isEqualTo(files.stat(p("run.sh")).orElseThrow().stamp());
    }
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(script)))
        .isEqualTo("rwxr-x---");
    assertThat(Files.readString(script)).isEqualTo("abc");
    try (var list = Files.list(root)) {
      assertThat(list).containsExactly(script);
    }
  }
}
