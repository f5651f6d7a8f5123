package io.github.osf4j.core.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.osf4j.core.IgnoreRules;
import io.github.osf4j.core.RelPath;
import io.github.osf4j.core.Snapshot;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Folder failures that Jimfs cannot produce (and root cannot see on a real disk): listings that
 * fail to open, fail halfway or fail to close, and children whose attributes cannot be read.
 */
final class ScanFailuresTest {
  private final FileSystem fs = Disk.unix();
  private final Path root = Disk.root(fs);
  private final HashPool pool = new HashPool(new FileHasher(FileAccess.DEFAULT), 1);
  private final ExecutorService listers = HashPool.fixed(1, "test-list-");

  @AfterEach
  void close() throws IOException {
    pool.close();
    listers.shutdownNow();
    fs.close();
  }

  private Scan scan(FileAccess access) {
    return new Scan(
        Snapshot.empty(),
        IgnoreRules.compile(List.of("ignored/")),
        pool,
        listers,
        access,
        false,
        ".osf4j-tmp-own-");
  }

  /** Lists folders named {@code name} through a stream that fails as {@code failure} says. */
  private static FileAccess failing(String name, boolean open, boolean iterate, boolean close) {
    return new FileAccess() {
      @Override
      public DirectoryStream<Path> list(Path dir) throws IOException {
        if (!String.valueOf(dir.getFileName()).equals(name)) {
          return FileAccess.super.list(dir);
        }
        if (open) {
          throw new AccessDeniedException(dir.toString());
        }
        return new BrokenStream(FileAccess.super.list(dir), iterate, close);
      }
    };
  }

  private Snapshot scanWith(FileAccess access) throws IOException {
    return new LocalFilesOptions()
        .access(access)
        .ignores(List.of("ignored/"))
        .files(root)
        .scan(Snapshot.empty());
  }

  @Test
  void anUnreadableFolderIsAProblemAndItsContentIsNotInferredAbsent() throws IOException {
    Disk.write(root, "closed/inside.txt", "x");
    Disk.write(root, "ignored/inside.txt", "x");
    Snapshot snapshot = scanWith(failing("closed", true, false, false));
    assertThat(snapshot.entries()).isEmpty();
    assertThat(snapshot.problems())
        .containsExactly(Map.entry(RelPath.of("closed"), "unreadable: permission denied"));
  }

  @Test
  void aFolderListedIncompletelyIsAProblemWithItsSubtree() throws IOException {
    Disk.write(root, "partial/seen.txt", "abc");
    Files.createDirectory(root.resolve("ok"));
    Snapshot snapshot = scanWith(failing("partial", false, true, false));
    assertThat(snapshot.entries().keySet()).containsExactly(RelPath.of("ok"));
    assertThat(snapshot.problems().get(RelPath.of("partial")))
        .isEqualTo("could not list this folder completely: IOException: Input/output error");
  }

  @Test
  void aFolderThatFailsToCloseIsListedIncompletely() throws IOException {
    Disk.write(root, "partial/seen.txt", "abc");
    Snapshot snapshot = scanWith(failing("partial", false, false, true));
    assertThat(snapshot.entries()).isEmpty();
    assertThat(snapshot.problems().get(RelPath.of("partial")))
        .isEqualTo("could not list this folder completely: IOException: close failed");
  }

  @Test
  void theFirstOfTwoListingFailuresIsReported() throws IOException {
    Disk.write(root, "partial/seen.txt", "abc");
    Snapshot snapshot = scanWith(failing("partial", false, true, true));
    assertThat(snapshot.problems().get(RelPath.of("partial")))
        .isEqualTo("could not list this folder completely: IOException: Input/output error");
  }

  @Test
  void failuresAtTheRootStopTheScan() throws IOException {
    Disk.write(root, "a.txt", "x");
    String name = String.valueOf(root.getFileName());
    assertThatThrownBy(() -> scanWith(failing(name, true, false, false)))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> scanWith(failing(name, false, true, false)))
        .hasMessage("Input/output error");
  }

  @Test
  void childrenWhoseAttributesCannotBeReadAreProblemsUnlessIgnored() throws IOException {
    Path closed = Files.createDirectory(root.resolve("closed"));
    Path gone = root.resolve("gone.txt");
    Path ignored = Files.createDirectory(root.resolve("ignored"));
    Scan scan = scan(FileAccess.DEFAULT);
    FolderScan top = new FolderScan(scan, root, null, "");
    top.failed(closed, new AccessDeniedException(closed.toString()));
    top.failed(gone, new AccessDeniedException(gone.toString()));
    top.failed(ignored, new AccessDeniedException(ignored.toString()));
    scan.merge(top);
    Snapshot snapshot = scan.finish();
    assertThat(snapshot.entries()).isEmpty();
    assertThat(snapshot.problems())
        .containsOnly(
            Map.entry(RelPath.of("closed"), "unreadable: permission denied"),
            Map.entry(RelPath.of("gone.txt"), "unreadable: permission denied"));
  }

  @Test
  void awaitPassesOnFailures() {
    assertThatThrownBy(() -> HashPool.await(CompletableFuture.failedFuture(new IOException("io"))))
        .hasMessage("io");
    assertThatThrownBy(
            () -> HashPool.await(CompletableFuture.failedFuture(new IllegalStateException("x"))))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("x");
    assertThatThrownBy(() -> HashPool.await(CompletableFuture.failedFuture(new Exception("c"))))
        .isInstanceOf(IllegalStateException.class)
        .hasRootCauseMessage("c");
  }

  @Test
  void awaitIsInterruptible() {
    Thread.currentThread().interrupt();
    try {
      assertThatThrownBy(() -> HashPool.await(new CompletableFuture<>()))
          .isInstanceOf(InterruptedIOException.class);
      assertThat(Thread.currentThread().isInterrupted()).isTrue();
    } finally {
      Thread.interrupted();
    }
  }

  @Test
  void invalidNamesGetAReportableKey() {
    assertThat(Names.key("a\0b")).isEqualTo(RelPath.of("a\uFFFDb"));
    assertThat(Names.key("ok/name")).isEqualTo(RelPath.of("ok/name"));
  }

  /** A listing that fails after its first child, or when closed. */
  private static final class BrokenStream implements DirectoryStream<Path> {
    private final DirectoryStream<Path> real;
    private final boolean iterate;
    private final boolean close;

    BrokenStream(DirectoryStream<Path> real, boolean iterate, boolean close) {
      this.real = real;
      this.iterate = iterate;
      this.close = close;
    }

    @Override
    public Iterator<Path> iterator() {
      Iterator<Path> children = real.iterator();
      return new Iterator<>() {
        private boolean failed;

        @Override
        public boolean hasNext() {
          if (iterate && failed) {
            throw new DirectoryIteratorException(new IOException("Input/output error"));
          }
          return children.hasNext();
        }

        @Override
        public Path next() {
          failed = true;
          return children.next();
        }
      };
    }

    @Override
    public void close() throws IOException {
      real.close();
      if (close) {
        throw new IOException("close failed");
      }
    }
  }
}
