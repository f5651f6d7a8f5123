package io.github.osf4j.core.local;

import static io.github.osf4j.core.local.Disk.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.osf4j.core.RelPath;
import java.io.IOException;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Backups out of the root: {@code copyOut} and {@code pruneOut}. */
final class CopyOutTest {
  private final FileSystem fs = Disk.unix();
  private final Path root = Disk.root(fs);
  private final NioLocalFiles files = NioLocalFiles.of(root);
  private final Path backups = fs.getPath("/backups/run");

  @AfterEach
  void close() throws IOException {
    fs.close();
  }

  @Test
  void aCopyKeepsTheBytesAndTimeAtTheSamePathAndLeavesTheFile() throws IOException {
    Path file = write(root, "d/a.txt", "old");
    Files.setLastModifiedTime(file, FileTime.from(Instant.parse("2026-01-02T03:04:05Z")));

    files.copyOut(RelPath.of("d/a.txt"), backups.toString());

    Path copy = backups.resolve("d/a.txt");
    assertThat(copy).hasContent("old");
    assertThat(Files.getLastModifiedTime(copy)).isEqualTo(Files.getLastModifiedTime(file));
    assertThat(file).hasContent("old");
    try (var left = Files.list(backups.resolve("d"))) {
      assertThat(left).hasSize(1);
    }
  }

  @Test
  void aCopyNeverReplacesAnOlderCopy() throws IOException {
    write(root, "a.txt", "new");
    Files.createDirectories(backups);
    Files.writeString(backups.resolve("a.txt"), "older copy");

    assertThatThrownBy(() -> files.copyOut(RelPath.of("a.txt"), backups.toString()))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("something is in the way at");
    assertThat(backups.resolve("a.txt")).hasContent("older copy");
    try (var left = Files.list(backups)) {
      assertThat(left).hasSize(1);
    }
  }

  @Test
  void onlyFilesAreCopied() throws IOException {
    Files.createDirectories(root.resolve("d"));

    assertThatThrownBy(() -> files.copyOut(RelPath.of("d"), backups.toString()))
        .isInstanceOf(IOException.class);
    assertThat(backups).doesNotExist();
  }

  @Test
  void pruningDeletesTheExpiredFoldersWithTheirContentsOnly() throws IOException {
    Path base = fs.getPath("/backups");
    Files.createDirectories(base.resolve("old/d/e"));
    Files.writeString(base.resolve("old/d/e/x.txt"), "x");
    Files.createDirectories(base.resolve("new"));
    Files.writeString(base.resolve("old-file"), "a file, not a run");

    int pruned = files.pruneOut(base.toString(), name -> name.startsWith("old"));

    assertThat(pruned).isEqualTo(1);
    assertThat(base.resolve("old")).doesNotExist();
    assertThat(base.resolve("new")).isDirectory();
    assertThat(base.resolve("old-file")).exists();
    assertThat(files.pruneOut("/nowhere", name -> true)).isZero();
  }
}
