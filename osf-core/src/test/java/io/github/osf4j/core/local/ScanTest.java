package io.github.osf4j.core.local;

import static io.github.osf4j.core.local.Disk.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.osf4j.core.Entry;
import io.github.osf4j.core.EntryKind;
import io.github.osf4j.core.LocalStamp;
import io.github.osf4j.core.RelPath;
import io.github.osf4j.core.Snapshot;
import java.io.IOException;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

final class ScanTest {
  private final FileSystem fs = Disk.unix();
  private final Path root = Disk.root(fs);

  @AfterEach
  void close() throws IOException {
    fs.close();
  }

  private Snapshot scan(LocalFilesOptions options) throws IOException {
    return options.files(root).scan(Snapshot.empty());
  }

  private Snapshot scan() throws IOException {
    return NioLocalFiles.of(root).scan(Snapshot.empty());
  }

  private static RelPath p(String path) {
    return RelPath.of(path);
  }

  private static Entry entry(Snapshot snapshot, String path) {
    return snapshot.get(p(path)).orElseThrow();
  }

  @Test
  void filesAndFoldersAreListedWithHashesAndStamps() throws IOException {
    write(root, "a.txt", "abc");
    write(root, "docs/empty.txt", "");
    Snapshot snapshot = scan();
    assertThat(snapshot.entries().keySet())
        .containsExactly(p("a.txt"), p("docs"), p("docs/empty.txt"));
    Entry a = entry(snapshot, "a.txt");
    assertThat(a.kind()).isEqualTo(EntryKind.FILE);
    assertThat(a.size()).isEqualTo(3);
    assertThat(a.md5()).isEqualTo(Disk.ABC_MD5);
    assertThat(a.sha256()).isEqualTo(Disk.ABC_SHA256);
    assertThat(a.stamp()).isNotNull();
    assertThat(Objects.requireNonNull(a.stamp()).fileKey()).isNotNull();
    assertThat(a.spelling()).isNull();
    assertThat(a.remote()).isNull();
    assertThat(entry(snapshot, "docs/empty.txt").md5()).isEqualTo(Disk.EMPTY_MD5);
    assertThat(entry(snapshot, "docs/empty.txt").sha256()).isEqualTo(Disk.EMPTY_SHA256);
    assertThat(entry(snapshot, "docs").isFolder()).isTrue();
    assertThat(entry(snapshot, "docs").stamp()).isNotNull();
    assertThat(snapshot.problems()).isEmpty();
  }

  @Test
  void emptyRootGivesAnEmptySnapshot() throws IOException {
    assertThat(scan().isEmpty()).isTrue();
  }

  @Test
  void missingRootIsAnErrorNotAnEmptySnapshot() throws IOException {
    NioLocalFiles files = NioLocalFiles.of(root.resolve("unmounted"));
    assertThat(files.rootExists()).isFalse();
    assertThatThrownBy(() -> files.scan(Snapshot.empty())).isInstanceOf(NoSuchFileException.class);
    write(root, "plain", "x");
    assertThatThrownBy(() -> NioLocalFiles.of(root.resolve("plain")).scan(Snapshot.empty()))
        .isInstanceOf(NoSuchFileException.class);
    assertThat(NioLocalFiles.of(root).rootExists()).isTrue();
  }

  @Test
  void fastCheckReusesTheBaseHashWhenTheStampMatches() throws IOException {
    write(root, "a.txt", "abc");
    NioLocalFiles files = NioLocalFiles.of(root);
    Entry scanned = entry(files.scan(Snapshot.empty()), "a.txt");
    String fakeMd5 = "0".repeat(32);
    String fakeSha = "1".repeat(64);
    Snapshot base =
        Snapshot.of(
            List.of(
                new Entry(
                    p("a.txt"), EntryKind.FILE, 3, fakeMd5, fakeSha, null, scanned.stamp(), null)));
    Entry again = entry(files.scan(base), "a.txt");
    assertThat(again.md5()).isEqualTo(fakeMd5);
    assertThat(again.sha256()).isEqualTo(fakeSha);
    assertThat(again.stamp()).isEqualTo(scanned.stamp());
  }

  @Test
  void fastCheckRehashesWhenTheModificationTimeDiffers() throws IOException {
    Path file = write(root, "a.txt", "abc");
    Disk.touch(file, 1_000_000L);
    Snapshot base = fakeBase(stampOf(file));
    Disk.touch(file, 2_000_000L);
    assertThat(entry(NioLocalFiles.of(root).scan(base), "a.txt").md5()).isEqualTo(Disk.ABC_MD5);
  }

  @Test
  void fastCheckRehashesWhenTheFileKeyDiffers() throws IOException {
    Path file = write(root, "a.txt", "abc");
    LocalStamp stamp = stampOf(file);
    Snapshot base = fakeBase(new LocalStamp(stamp.size(), stamp.modifiedMillis(), "another-inode"));
    assertThat(entry(NioLocalFiles.of(root).scan(base), "a.txt").md5()).isEqualTo(Disk.ABC_MD5);
  }

  @Test
  void fastCheckRehashesWhenTheBaseHasNoStampOrNoHashOrIsAFolder() throws IOException {
    Path file = write(root, "a.txt", "abc");
    LocalStamp stamp = stampOf(file);
    NioLocalFiles files = NioLocalFiles.of(root);
    Snapshot noStamp = fakeBase(null);
    Snapshot noMd5 =
        Snapshot.of(
            List.of(
                new Entry(p("a.txt"), EntryKind.FILE, 3, null, "1".repeat(64), null, stamp, null)));
    Snapshot noSha =
        Snapshot.of(
            List.of(
                new Entry(p("a.txt"), EntryKind.FILE, 3, "0".repeat(32), null, null, stamp, null)));
    Snapshot folder = Snapshot.of(List.of(Entry.folder(p("a.txt")).withStamp(stamp)));
    for (Snapshot base : List.of(noStamp, noMd5, noSha, folder)) {
      assertThat(entry(files.scan(base), "a.txt").sha256()).isEqualTo(Disk.ABC_SHA256);
    }
  }

  private Snapshot fakeBase(@Nullable LocalStamp stamp) {
    return Snapshot.of(
        List.of(
            new Entry(
                p("a.txt"), EntryKind.FILE, 3, "0".repeat(32), "1".repeat(64), null, stamp, null)));
  }

  private LocalStamp stampOf(Path file) throws IOException {
    return Objects.requireNonNull(
        NioLocalFiles.of(root).stat(p(root.relativize(file).toString())).orElseThrow().stamp());
  }

  @Test
  void ignoreFileIsReadAndSyncedItself() throws IOException {
    write(root, ".osfignore", "# scratch\n*.log\n!keep.log\nbuild/\n/top.txt\n");
    write(root, "a.log", "x");
    write(root, "keep.log", "x");
    write(root, "build/out.bin", "x");
    write(root, "sub/build", "a file, not a folder");
    write(root, "top.txt", "x");
    write(root, "sub/top.txt", "x");
    write(root, ".DS_Store", "x");
    write(root, "sub/~$lock.docx", "x");
    write(root, ".git/config", "x");
    write(root, NioLocalFiles.TEMP_PREFIX + "abc", "x");
    write(root, "sub/.osf4j-lock", "x");
    assertThat(scan().entries().keySet())
        .containsExactly(
            p(".osfignore"), p("keep.log"), p("sub"), p("sub/build"), p("sub/top.txt"));
  }

  @Test
  void tempFilesOfAKilledRunAreDeletedByTheNextScan() throws IOException {
    write(root, "sub/" + NioLocalFiles.TEMP_PREFIX + "abc", "half a download");
    write(root, "sub/.osf4j-lock", "not ours to delete");
    write(root, "sub/kept.txt", "x");

    assertThat(scan().entries().keySet()).containsExactly(p("sub"), p("sub/kept.txt"));
    assertThat(Files.exists(root.resolve("sub/" + NioLocalFiles.TEMP_PREFIX + "abc"))).isFalse();
    assertThat(Files.exists(root.resolve("sub/.osf4j-lock"))).isTrue();
  }

  @Test
  void extraPatternsApplyBeforeTheIgnoreFile() throws IOException {
    write(root, ".osfignore", "!b.dat\n");
    write(root, "a.dat", "x");
    write(root, "b.dat", "x");
    NioLocalFiles files = new NioLocalFiles(root, List.of("*.dat"), 2);
    assertThat(files.scan(Snapshot.empty()).entries().keySet())
        .containsExactly(p(".osfignore"), p("b.dat"));
  }

  @Test
  void ignoredFoldersAreNotEntered() throws IOException {
    write(root, ".osfignore", "skip/\n!skip/inner.txt\n");
    write(root, "skip/inner.txt", "x");
    assertThat(scan().entries().keySet()).containsExactly(p(".osfignore"));
  }

  @Test
  void symbolicLinksAreProblemsAndNotFollowed() throws IOException {
    write(root, "real/f.txt", "x");
    Files.createSymbolicLink(root.resolve("link"), root.resolve("real"));
    Files.createSymbolicLink(root.resolve("flink"), root.resolve("real/f.txt"));
    Files.createSymbolicLink(root.resolve("dangling"), root.resolve("nowhere"));
    Snapshot snapshot = scan();
    assertThat(snapshot.entries().keySet()).containsExactly(p("real"), p("real/f.txt"));
    assertThat(snapshot.problems())
        .containsEntry(p("link"), Scan.SYMLINK)
        .containsEntry(p("flink"), Scan.SYMLINK)
        .containsEntry(p("dangling"), Scan.SYMLINK);
  }

  @Test
  void ignoredSymbolicLinksAreNotProblems() throws IOException {
    write(root, ".osfignore", "link\n");
    Files.createSymbolicLink(root.resolve("link"), root);
    assertThat(scan().problems()).isEmpty();
  }

  @Test
  void symlinkedRootIsScannedThroughTheLink() throws IOException {
    write(root, "a.txt", "abc");
    Path link = Files.createSymbolicLink(fs.getPath("/link"), root.toAbsolutePath());
    assertThat(NioLocalFiles.of(link).scan(Snapshot.empty()).entries().keySet())
        .containsExactly(p("a.txt"));
  }

  @Test
  void nfdNamesGetAnNfcKeyAndKeepTheirSpelling() throws IOException {
    String nfd = "cafe\u0301";
    write(root, nfd + "/r\u00e9sume\u0301.txt", "abc");
    Snapshot snapshot = scan();
    Entry folder = entry(snapshot, "caf\u00e9");
    Entry file = entry(snapshot, "caf\u00e9/r\u00e9sum\u00e9.txt");
    assertThat(folder.spelling()).isEqualTo(nfd);
    assertThat(file.spelling()).isEqualTo(nfd + "/r\u00e9sume\u0301.txt");
    assertThat(file.nativePath()).isEqualTo(nfd + "/r\u00e9sume\u0301.txt");
    assertThat(snapshot.problems()).isEmpty();
  }

  @Test
  void nfcNfdTwinsAreBothReportedAndNeitherListed() throws IOException {
    write(root, "caf\u00e9.txt", "one");
    write(root, "cafe\u0301.txt", "two");
    write(root, "caf\u00e9/x.txt", "in the NFC folder");
    write(root, "cafe\u0301/y.txt", "in the NFD folder");
    write(root, "other.txt", "x");
    Snapshot snapshot = scan();
    assertThat(snapshot.entries().keySet()).containsExactly(p("other.txt"));
    assertThat(snapshot.problems()).containsKeys(p("caf\u00e9.txt"), p("caf\u00e9"));
    assertThat(snapshot.problems().get(p("caf\u00e9.txt")))
        .contains("NFC/NFD twins")
        .contains("caf\u00e9.txt")
        .contains("cafe\u0301.txt");
  }

  @Test
  void twoNonNfcSpellingsOfOneNameAreTwinsToo() throws IOException {
    write(root, "e\u0301\u0323.txt", "one");
    write(root, "e\u0323\u0301.txt", "two");
    Snapshot snapshot = scan();
    assertThat(snapshot.entries()).isEmpty();
    assertThat(snapshot.problems()).containsOnlyKeys(p("\u1eb9\u0301.txt"));
    assertThat(snapshot.problems().get(p("\u1eb9\u0301.txt"))).contains("NFC/NFD twins");
  }

  @Test
  void caseTwinsAreFineOnACaseSensitiveDisk() throws IOException {
    write(root, "Data.csv", "1");
    write(root, "data.csv", "2");
    NioLocalFiles files = NioLocalFiles.of(root);
    assertThat(files.caseInsensitive()).isFalse();
    Snapshot snapshot = files.scan(Snapshot.empty());
    assertThat(snapshot.entries().keySet()).containsExactly(p("Data.csv"), p("data.csv"));
    assertThat(snapshot.problems()).isEmpty();
  }

  @Test
  void caseTwinsAreProblemsPerPathWhenAsked() throws IOException {
    write(root, "Data.csv", "1");
    write(root, "data.csv", "2");
    write(root, "DIR/a.txt", "x");
    write(root, "dir/b.txt", "x");
    write(root, "solo.txt", "x");
    Snapshot snapshot = NioLocalFiles.of(root).withCaseTwinsAsProblems(true).scan(Snapshot.empty());
    assertThat(snapshot.entries().keySet()).containsExactly(p("solo.txt"));
    assertThat(snapshot.problems().keySet())
        .contains(p("Data.csv"), p("data.csv"), p("DIR"), p("dir"));
    assertThat(snapshot.problems().get(p("data.csv"))).contains("case-only twin of 'Data.csv'");
  }

  @Test
  void invalidNamesAreProblemsButABackslashIsAnOrdinaryCharacter() throws IOException {
    write(root, "back\\slash.txt", "x");
    write(root, "line\nbreak.txt", "x");
    write(root, "bad\uFFFDutf8.txt", "x");
    write(root, "bad\\dir/inner.txt", "x");
    write(root, "fine.txt", "x");
    Snapshot snapshot = scan();
    assertThat(snapshot.entries().keySet())
        .containsExactly(
            p("back\\slash.txt"), p("bad\\dir"), p("bad\\dir/inner.txt"), p("fine.txt"));
    assertThat(snapshot.problems().get(p("line\nbreak.txt"))).contains("control character");
    assertThat(snapshot.problems().get(p("bad\uFFFDutf8.txt"))).contains("UTF-8");
    assertThat(snapshot.problems()).doesNotContainKey(p("bad\\dir"));
  }

  @Test
  void unreadableFilesAreProblemsNotEntries() throws IOException {
    write(root, "secret.txt", "x");
    write(root, "open.txt", "abc");
    FileAccess denying =
        new FileAccess() {
          @Override
          public SeekableByteChannel open(Path file) throws IOException {
            if (file.endsWith("secret.txt")) {
              throw new AccessDeniedException(file.toString());
            }
            return FileAccess.super.open(file);
          }
        };
    Snapshot snapshot = new LocalFilesOptions().access(denying).files(root).scan(Snapshot.empty());
    assertThat(snapshot.entries().keySet()).containsExactly(p("open.txt"));
    assertThat(snapshot.problems()).containsEntry(p("secret.txt"), "unreadable: permission denied");
  }

  @Test
  void aFileChangingWhileHashedIsAProblem() throws IOException {
    write(root, "growing.log.txt", "abc");
    write(root, "steady.txt", "abc");
    FileAccess appending =
        new FileAccess() {
          @Override
          public void afterChunk(Path file, long bytesSoFar) throws IOException {
            if (file.endsWith("growing.log.txt") && bytesSoFar == 3) {
              Files.write(file, "more".getBytes(StandardCharsets.UTF_8), StandardOpenOption.APPEND);
            }
          }
        };
    Snapshot snapshot = scan(new LocalFilesOptions().access(appending));
    assertThat(snapshot.entries().keySet()).containsExactly(p("steady.txt"));
    assertThat(snapshot.problems()).containsEntry(p("growing.log.txt"), FileHasher.CHANGED);
  }

  @Test
  void aFileTouchedWhileHashedWithTheSameSizeIsAProblem() throws IOException {
    Path file = write(root, "a.txt", "abc");
    Disk.touch(file, 1_000_000L);
    FileAccess touching =
        new FileAccess() {
          @Override
          public void afterChunk(Path f, long bytesSoFar) throws IOException {
            if (bytesSoFar > 0) {
              Files.write(f, "xyz".getBytes(StandardCharsets.UTF_8));
              Disk.touch(f, 2_000_000L);
            }
          }
        };
    assertThat(scan(new LocalFilesOptions().access(touching)).problems())
        .containsEntry(p("a.txt"), FileHasher.CHANGED);
  }

  @Test
  void aFileReplacedByAFolderWhileHashedIsAProblem() throws IOException {
    write(root, "a.txt", "abc");
    FileAccess replacing =
        new FileAccess() {
          @Override
          public void afterChunk(Path f, long bytesSoFar) throws IOException {
            if (Files.isRegularFile(f)) {
              Files.delete(f);
              Files.createDirectory(f);
            }
          }
        };
    assertThat(scan(new LocalFilesOptions().access(replacing)).problems())
        .containsEntry(p("a.txt"), FileHasher.CHANGED);
  }

  @Test
  void aFileVanishingBeforeHashingIsAProblem() throws IOException {
    write(root, "a.txt", "abc");
    FileAccess vanishing =
        new FileAccess() {
          @Override
          public SeekableByteChannel open(Path file) throws IOException {
            Files.delete(file);
            return FileAccess.super.open(file);
          }
        };
    assertThat(scan(new LocalFilesOptions().access(vanishing)).problems().get(p("a.txt")))
        .contains("vanished");
  }

  @Test
  void otherReadErrorsNameTheirCause() throws IOException {
    write(root, "a.txt", "abc");
    FileAccess failing =
        new FileAccess() {
          @Override
          public SeekableByteChannel open(Path file) throws IOException {
            throw new IOException("Input/output error");
          }
        };
    assertThat(scan(new LocalFilesOptions().access(failing)).problems())
        .containsEntry(p("a.txt"), "unreadable: IOException: Input/output error");
  }

  @Test
  void largeFilesAreHashedInAPipelineWithTheSameResult() throws IOException {
    byte[] big = new byte[(int) Digester.PIPELINE_THRESHOLD + 12345];
    for (int i = 0; i < big.length; i++) {
      big[i] = (byte) (i * 31 + (i >> 9));
    }
    Files.write(root.resolve("big.bin"), big);
    Entry entry = entry(scan(), "big.bin");
    assertThat(entry.size()).isEqualTo(big.length);
    assertThat(entry.md5()).isEqualTo(Digester.hex(Digester.newDigest("MD5").digest(big)));
    assertThat(entry.sha256()).isEqualTo(Digester.hex(Digester.newDigest("SHA-256").digest(big)));
  }

  @Test
  void manyFilesAreHashedInParallelCorrectly() throws IOException {
    for (int i = 0; i < 200; i++) {
      write(root, "d" + (i % 7) + "/f" + i + ".txt", i % 2 == 0 ? "abc" : "");
    }
    Snapshot snapshot = new NioLocalFiles(root, List.of(), 4).scan(Snapshot.empty());
    assertThat(snapshot.fileCount()).isEqualTo(200);
    for (int i = 0; i < 200; i++) {
      assertThat(entry(snapshot, "d" + (i % 7) + "/f" + i + ".txt").md5())
          .isEqualTo(i % 2 == 0 ? Disk.ABC_MD5 : Disk.EMPTY_MD5);
    }
  }

  @Test
  void filesAreHashedInBatchesBoundedByCountAndBytes() throws IOException {
    int count = FolderScan.BATCH_FILES * 2 + 3;
    for (int i = 0; i < count; i++) {
      write(root, "many/f" + i + ".txt", "abc");
    }
    Files.write(root.resolve("many/big.bin"), new byte[(int) FolderScan.BATCH_BYTES]);
    write(root, "many/zz.txt", "");
    Snapshot snapshot = new NioLocalFiles(root, List.of(), 2).scan(Snapshot.empty());
    assertThat(snapshot.fileCount()).isEqualTo(count + 2);
    assertThat(snapshot.problems()).isEmpty();
    for (int i = 0; i < count; i++) {
      assertThat(entry(snapshot, "many/f" + i + ".txt").sha256()).isEqualTo(Disk.ABC_SHA256);
    }
    assertThat(entry(snapshot, "many/big.bin").size()).isEqualTo(FolderScan.BATCH_BYTES);
    assertThat(entry(snapshot, "many/zz.txt").md5()).isEqualTo(Disk.EMPTY_MD5);
  }

  @Test
  void zeroHashThreadsIsRejected() {
    assertThatThrownBy(() -> new NioLocalFiles(root, List.of(), 0))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
