package io.github.osf4j.core.local;

import static io.github.osf4j.core.local.Disk.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.osf4j.core.Content;
import io.github.osf4j.core.Entry;
import io.github.osf4j.core.LocalFiles.PendingFile;
import io.github.osf4j.core.LocalStamp;
import io.github.osf4j.core.RelPath;
import io.github.osf4j.core.Snapshot;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

final class WriteTest {
  private final FileSystem fs = Disk.unix();
  private final Path root = Disk.root(fs);
  private final NioLocalFiles files = NioLocalFiles.of(root);

  @AfterEach
  void close() throws IOException {
    fs.close();
  }

  private static RelPath p(String path) {
    return RelPath.of(path);
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private List<String> names(Path folder) throws IOException {
    try (Stream<Path> list = Files.list(folder)) {
      return list.map(f -> String.valueOf(f.getFileName())).sorted().toList();
    }
  }

  @Test
  void createWritesToATempFileBesideTheTargetUntilCommit() throws IOException {
    try (PendingFile pending = files.create(p("new/dir/a.txt"))) {
      pending.stream().write(bytes("ab"));
      pending.stream().write('c');
      assertThat(Files.exists(root.resolve("new/dir/a.txt"))).isFalse();
      assertThat(names(root.resolve("new/dir")))
          .singleElement()
          .asString()
          .startsWith(".osf4j-tmp-");
      assertThat(files.scan(Snapshot.empty()).entries().keySet())
          .containsExactly(p("new"), p("new/dir"));
      Entry written = pending.written();
      assertThat(written.path()).isEqualTo(p("new/dir/a.txt"));
      assertThat(written.size()).isEqualTo(3);
      assertThat(written.md5()).isEqualTo(Disk.ABC_MD5);
      assertThat(written.sha256()).isEqualTo(Disk.ABC_SHA256);
      Entry committed = pending.commit(Optional.empty());
      assertThat(committed.sha256()).isEqualTo(Disk.ABC_SHA256);
      assertThat(committed.stamp()).isEqualTo(stamp("new/dir/a.txt"));
    }
    assertThat(Disk.read(root.resolve("new/dir/a.txt"))).isEqualTo("abc");
    assertThat(names(root.resolve("new/dir"))).containsExactly("a.txt");
  }

  @Test
  void largeWritesAreHashedAcrossBufferBoundaries() throws IOException {
    byte[] data = new byte[Digester.BUFFER_SIZE * 3 + 17];
    for (int i = 0; i < data.length; i++) {
      data[i] = (byte) (i * 7);
    }
    try (PendingFile pending = files.create(p("big.bin"))) {
      OutputStream out = pending.stream();
      out.write(data, 0, 100);
      out.write(data, 100, data.length - 100);
      out.flush();
      Entry entry = pending.commit(Optional.empty());
      assertThat(entry.md5()).isEqualTo(Digester.hex(Digester.newDigest("MD5").digest(data)));
    }
    assertThat(Files.readAllBytes(root.resolve("big.bin"))).isEqualTo(data);
  }

  @Test
  void writingAfterWrittenFails() throws IOException {
    try (PendingFile pending = files.create(p("a.txt"))) {
      pending.written();
      assertThatThrownBy(() -> pending.stream().write(1)).isInstanceOf(IOException.class);
      pending.stream().flush();
      pending.stream().close();
    }
  }

  @Test
  void abortDeletesTheTempFileAndLeavesTheTarget() throws IOException {
    write(root, "a.txt", "old");
    PendingFile pending = files.create(p("a.txt"));
    pending.stream().write(bytes("new"));
    pending.abort();
    pending.abort();
    assertThat(names(root)).containsExactly("a.txt");
    assertThat(Disk.read(root.resolve("a.txt"))).isEqualTo("old");
    assertThatThrownBy(() -> pending.commit(Optional.empty()))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void commitReplacesTheExpectedFile() throws IOException {
    write(root, "a.txt", "old");
    Entry expected = files.stat(p("a.txt")).orElseThrow();
    try (PendingFile pending = files.create(p("a.txt"))) {
      pending.stream().write(bytes("abc"));
      pending.commit(Optional.of(expected));
    }
    assertThat(Disk.read(root.resolve("a.txt"))).isEqualTo("abc");
    assertThat(names(root)).containsExactly("a.txt");
  }

  @Test
  void commitFailsWhenTheTargetAppearedMeanwhile() throws IOException {
    PendingFile pending = files.create(p("a.txt"));
    pending.stream().write(bytes("abc"));
    write(root, "a.txt", "someone else's");
    assertThatThrownBy(() -> pending.commit(Optional.empty()))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("target changed since planning");
    assertThat(Disk.read(root.resolve("a.txt"))).isEqualTo("someone else's");
    assertThat(names(root)).containsExactly("a.txt");
  }

  @Test
  void commitFailsWhenTheTargetChangedMeanwhile() throws IOException {
    Path file = write(root, "a.txt", "old");
    Disk.touch(file, 1_000_000L);
    Entry expected = files.stat(p("a.txt")).orElseThrow();
    PendingFile pending = files.create(p("a.txt"));
    pending.stream().write(bytes("abc"));
    write(root, "a.txt", "edited");
    assertThatThrownBy(() -> pending.commit(Optional.of(expected)))
        .hasMessageContaining("target changed since planning");
    assertThat(Disk.read(file)).isEqualTo("edited");
    assertThat(names(root)).containsExactly("a.txt");
  }

  @Test
  void commitFailsWhenTheTargetVanishedMeanwhile() throws IOException {
    Path file = write(root, "a.txt", "old");
    Entry expected = files.stat(p("a.txt")).orElseThrow();
    PendingFile pending = files.create(p("a.txt"));
    Files.delete(file);
    assertThatThrownBy(() -> pending.commit(Optional.of(expected)))
        .hasMessageContaining("target changed since planning");
    assertThat(names(root)).isEmpty();
  }

  @Test
  void commitAcceptsATouchedTargetWithThePlannedContent() throws IOException {
    Path file = write(root, "a.txt", "old");
    Disk.touch(file, 1_000_000L);
    Entry expected = files.stat(p("a.txt")).orElseThrow();
    Disk.touch(file, 2_000_000L);
    try (PendingFile pending = files.create(p("a.txt"))) {
      pending.stream().write(bytes("abc"));
      pending.commit(Optional.of(expected));
    }
    assertThat(Disk.read(file)).isEqualTo("abc");
  }

  @Test
  void commitRejectsATouchedTargetWhenThePlanKnewNoHash() throws IOException {
    Path file = write(root, "a.txt", "old");
    Disk.touch(file, 1_000_000L);
    LocalStamp stamp = stamp("a.txt");
    Disk.touch(file, 2_000_000L);
    PendingFile pending = files.create(p("a.txt"));
    Entry noHash = Entry.file(p("a.txt"), 3, null, null).withStamp(stamp);
    assertThatThrownBy(() -> pending.commit(Optional.of(noHash)))
        .hasMessageContaining("target changed");
  }

  @Test
  void commitOverAFolderOrSymlinkIsRefused() throws IOException {
    Files.createDirectory(root.resolve("d"));
    Entry fileExpected = Entry.file(p("d"), 3, Disk.ABC_MD5, Disk.ABC_SHA256);
    PendingFile pending = files.create(p("d"));
    assertThatThrownBy(() -> pending.commit(Optional.of(fileExpected)))
        .hasMessageContaining("target changed");
    Files.createSymbolicLink(root.resolve("l"), root.resolve("d"));
    PendingFile overLink = files.create(p("l"));
    assertThatThrownBy(() -> overLink.commit(Optional.of(fileExpected)))
        .hasMessageContaining("target changed");
    PendingFile overFolder = files.create(p("d"));
    assertThatThrownBy(() -> overFolder.commit(Optional.of(Entry.folder(p("d")))))
        .hasMessageContaining("never replaces a folder");
    assertThat(Files.isDirectory(root.resolve("d"))).isTrue();
    assertThat(names(root)).containsExactly("d", "l");
  }

  @Test
  void commitKeepsThePosixModeOfTheReplacedFile() throws IOException {
    Path file = write(root, "run.sh", "old");
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-x---"));
    Entry expected = files.stat(p("run.sh")).orElseThrow();
    try (PendingFile pending = files.create(p("run.sh"))) {
      pending.stream().write(bytes("new"));
      pending.commit(Optional.of(expected));
    }
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
        .isEqualTo("rwxr-x---");
  }

  @Test
  void commitWorksWithoutPosixAttributes() throws IOException {
    try (FileSystem windows = Disk.windows()) {
      Path winRoot = Disk.root(windows);
      write(winRoot, "a.txt", "old");
      NioLocalFiles winFiles = NioLocalFiles.of(winRoot);
      Entry expected = winFiles.stat(p("a.txt")).orElseThrow();
      try (PendingFile pending = winFiles.create(p("sub/../a.txt".replace("sub/../", "")))) {
        pending.stream().write(bytes("abc"));
        assertThat(pending.commit(Optional.of(expected)).md5()).isEqualTo(Disk.ABC_MD5);
      }
      assertThat(Disk.read(winRoot.resolve("a.txt"))).isEqualTo("abc");
    }
  }

  @Test
  void statReadsFreshHashesAndNeverReusesStamps() throws IOException {
    write(root, "a.txt", "abc");
    Entry entry = files.stat(p("a.txt")).orElseThrow();
    assertThat(entry.md5()).isEqualTo(Disk.ABC_MD5);
    assertThat(entry.stamp()).isNotNull();
    assertThat(files.stat(p("missing.txt"))).isEmpty();
    assertThat(files.stat(p("nowhere/missing.txt"))).isEmpty();
    Files.createDirectory(root.resolve("d"));
    assertThat(files.stat(p("d")).orElseThrow().isFolder()).isTrue();
  }

  @Test
  void statOfASymlinkOrUnreadableFileFails() throws IOException {
    Files.createSymbolicLink(root.resolve("l"), root.resolve("x"));
    assertThatThrownBy(() -> files.stat(p("l"))).hasMessageContaining(Scan.SYMLINK);
    write(root, "a.txt", "abc");
    NioLocalFiles failing =
        new LocalFilesOptions()
            .access(
                new FileAccess() {
                  @Override
                  public java.nio.channels.SeekableByteChannel open(Path file) throws IOException {
                    throw new java.nio.file.AccessDeniedException(file.toString());
                  }
                })
            .files(root);
    assertThatThrownBy(() -> failing.stat(p("a.txt"))).hasMessageContaining("permission denied");
  }

  @Test
  void readGivesTheBytesWithTheirSize() throws IOException {
    write(root, "a.txt", "abc");
    Content content = files.read(p("a.txt"));
    assertThat(content.size()).isEqualTo(3);
    try (InputStream in = content.open()) {
      assertThat(in.readAllBytes()).isEqualTo(bytes("abc"));
    }
    try (InputStream in = content.open()) {
      assertThat(in.readAllBytes()).isEqualTo(bytes("abc"));
    }
    assertThatThrownBy(() -> files.read(p("missing"))).isInstanceOf(NoSuchFileException.class);
    Files.createDirectory(root.resolve("d"));
    assertThatThrownBy(() -> files.read(p("d"))).hasMessageContaining(Scan.SPECIAL);
    Files.createSymbolicLink(root.resolve("l"), root.resolve("a.txt"));
    assertThatThrownBy(() -> files.read(p("l"))).hasMessageContaining(Scan.SYMLINK);
  }

  @Test
  void mkdirCreatesParentsAndAcceptsAnExistingFolder() throws IOException {
    Entry made = files.mkdir(p("a/b/c"));
    assertThat(made.isFolder()).isTrue();
    assertThat(made.stamp()).isNotNull();
    assertThat(Files.isDirectory(root.resolve("a/b/c"))).isTrue();
    assertThat(files.mkdir(p("a/b")).path()).isEqualTo(p("a/b"));
    write(root, "f", "x");
    assertThatThrownBy(() -> files.mkdir(p("f"))).isInstanceOf(IOException.class);
    assertThatThrownBy(() -> files.mkdir(p("f/g"))).isInstanceOf(IOException.class);
  }

  @Test
  void deleteRemovesFilesAndEmptyFoldersOnly() throws IOException {
    write(root, "d/a.txt", "x");
    assertThatThrownBy(() -> files.delete(p("d"))).isInstanceOf(DirectoryNotEmptyException.class);
    files.delete(p("d/a.txt"));
    files.delete(p("d"));
    assertThat(names(root)).isEmpty();
    assertThatThrownBy(() -> files.delete(p("d"))).isInstanceOf(NoSuchFileException.class);
  }

  @Test
  void deleteOfAFolderTakesOsLitterAlong() throws IOException {
    write(root, "d/.DS_Store", "x");
    write(root, "d/Thumbs.db", "x");
    files.delete(p("d"));
    assertThat(names(root)).isEmpty();
    write(root, "e/.DS_Store", "x");
    write(root, "e/data.tmp", "ignored, but not litter");
    assertThatThrownBy(() -> files.delete(p("e"))).isInstanceOf(DirectoryNotEmptyException.class);
    assertThat(names(root.resolve("e"))).containsExactly(".DS_Store", "data.tmp");
    Files.createDirectories(root.resolve("f/.DS_Store"));
    assertThatThrownBy(() -> files.delete(p("f"))).isInstanceOf(DirectoryNotEmptyException.class);
  }

  @Test
  void deleteOfASymlinkIsRefused() throws IOException {
    write(root, "target.txt", "x");
    Files.createSymbolicLink(root.resolve("l"), root.resolve("target.txt"));
    assertThatThrownBy(() -> files.delete(p("l"))).hasMessageContaining(Scan.SYMLINK);
    assertThat(names(root)).containsExactly("l", "target.txt");
  }

  @Test
  void moveRenamesCreatesParentsAndNeverReplaces() throws IOException {
    write(root, "a.txt", "abc");
    write(root, "b.txt", "other");
    Entry moved = files.move(p("a.txt"), p("x/y/c.txt"));
    assertThat(moved.path()).isEqualTo(p("x/y/c.txt"));
    assertThat(moved.md5()).isEqualTo(Disk.ABC_MD5);
    assertThat(Disk.read(root.resolve("x/y/c.txt"))).isEqualTo("abc");
    assertThatThrownBy(() -> files.move(p("x/y/c.txt"), p("b.txt")))
        .isInstanceOf(FileAlreadyExistsException.class);
    assertThat(Disk.read(root.resolve("b.txt"))).isEqualTo("other");
    assertThatThrownBy(() -> files.move(p("b.txt"), p("b.txt")))
        .isInstanceOf(FileAlreadyExistsException.class);
    assertThat(files.move(p("x"), p("z")).isFolder()).isTrue();
    assertThatThrownBy(() -> files.move(p("gone"), p("q"))).isInstanceOf(NoSuchFileException.class);
  }

  @Test
  void caseOnlyRenameWorksOnACaseInsensitiveDisk() throws IOException {
    try (FileSystem mac = Disk.osX()) {
      Path macRoot = Disk.root(mac);
      write(macRoot, "readme.txt", "abc");
      NioLocalFiles macFiles = NioLocalFiles.of(macRoot);
      assertThat(macFiles.caseInsensitive()).isTrue();
      Entry moved = macFiles.move(p("readme.txt"), p("README.txt"));
      assertThat(moved.path()).isEqualTo(p("README.txt"));
      assertThat(names(macRoot)).containsExactly("README.txt");
      write(macRoot, "other.txt", "x");
      assertThatThrownBy(() -> macFiles.move(p("other.txt"), p("readme.TXT")))
          .isInstanceOf(FileAlreadyExistsException.class);
    }
  }

  @Test
  void writesUseTheOnDiskSpellingOfAnExistingName() throws IOException {
    String nfd = "cafe\u0301";
    write(root, nfd + "/a.txt", "old");
    Entry expected = files.stat(p("caf\u00e9/a.txt")).orElseThrow();
    assertThat(expected.spelling()).isEqualTo(nfd + "/a.txt");
    try (PendingFile pending = files.create(p("caf\u00e9/a.txt"))) {
      pending.stream().write(bytes("abc"));
      assertThat(pending.commit(Optional.of(expected)).spelling()).isEqualTo(nfd + "/a.txt");
    }
    files.mkdir(p("caf\u00e9/sub"));
    assertThat(names(root)).containsExactly(nfd);
    assertThat(names(root.resolve(nfd))).containsExactly("a.txt", "sub");
    assertThat(files.stat(p("caf\u00e9/missing"))).isEmpty();
    assertThat(files.stat(p("na\u00efve/missing"))).isEmpty();
  }

  @Test
  void nothingIsWrittenThroughASymlinkedParent() throws IOException {
    Path outside = Files.createDirectories(fs.getPath("/outside"));
    Files.createSymbolicLink(root.resolve("escape"), outside);
    assertThatThrownBy(() -> files.create(p("escape/a.txt"))).hasMessageContaining("symbolic link");
    assertThatThrownBy(() -> files.mkdir(p("escape/sub"))).hasMessageContaining("symbolic link");
    assertThatThrownBy(() -> files.delete(p("escape/x"))).hasMessageContaining("symbolic link");
    assertThatThrownBy(() -> files.move(p("escape"), p("escape/y")))
        .hasMessageContaining("symbolic link");
    assertThatThrownBy(() -> files.stat(p("escape/x"))).hasMessageContaining("symbolic link");
    assertThatThrownBy(() -> files.read(p("escape/x"))).hasMessageContaining("symbolic link");
    assertThat(names(outside)).isEmpty();
  }

  @Test
  void aFileAsParentIsRefused() throws IOException {
    write(root, "f", "x");
    assertThatThrownBy(() -> files.create(p("f/a.txt"))).hasMessageContaining("not a folder");
    assertThatThrownBy(() -> files.stat(p("f/a.txt"))).hasMessageContaining("not a folder");
  }

  @Test
  void namesThatAreNoSingleSegmentOnWindowsAreRefused() throws IOException {
    try (FileSystem windows = Disk.windows()) {
      Path winRoot = Disk.root(windows);
      NioLocalFiles winFiles = NioLocalFiles.of(winRoot);
      assertThatThrownBy(() -> winFiles.mkdir(p("a\\..\\..\\x")))
          .hasMessageContaining("not a single file name");
      assertThatThrownBy(() -> winFiles.stat(p("C:\\x")))
          .hasMessageContaining("not a single file name");
      assertThat(names(windows.getPath("C:\\"))).containsExactly("work");
    }
  }

  private LocalStamp stamp(String path) throws IOException {
    return Objects.requireNonNull(files.stat(p(path)).orElseThrow().stamp());
  }
}
