package io.github.osf4j.core.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.osf4j.core.RelPath;
import io.github.osf4j.core.Snapshot;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystem;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Folder failures that Jimfs cannot produce (and root cannot see on a real disk), driven through
 * the walk's callbacks as {@code Files.walkFileTree} would call them.
 */
final class ScanFailuresTest {
  private final FileSystem fs = Disk.unix();
  private final Path root = Disk.root(fs);
  private final HashPool pool = new HashPool(new FileHasher(FileAccess.DEFAULT), 1);
  private final Scan scan =
      new Scan(
          Snapshot.empty(),
          IgnoreRules.compile(List.of("ignored/")),
          pool,
          false,
          ".osf4j-tmp-own-");

  @AfterEach
  void close() throws IOException {
    pool.close();
    fs.close();
  }

  private static BasicFileAttributes attrs(Path path) throws IOException {
    return Files.readAttributes(path, BasicFileAttributes.class);
  }

  @Test
  void anUnreadableFolderIsAProblemAndItsContentIsNotInferredAbsent() throws IOException {
    Path closed = Files.createDirectory(root.resolve("closed"));
    Path ignored = Files.createDirectory(root.resolve("ignored"));
    scan.preVisitDirectory(root, attrs(root));
    assertThat(scan.visitFileFailed(closed, new AccessDeniedException(closed.toString())))
        .isEqualTo(FileVisitResult.CONTINUE);
    scan.visitFileFailed(ignored, new AccessDeniedException(ignored.toString()));
    scan.postVisitDirectory(root, null);
    Snapshot snapshot = scan.finish();
    assertThat(snapshot.entries()).isEmpty();
    assertThat(snapshot.problems())
        .containsExactly(
            java.util.Map.entry(RelPath.of("closed"), "unreadable: permission denied"));
  }

  @Test
  void aFolderListedIncompletelyIsAProblemWithItsSubtree() throws IOException {
    Path partial = Files.createDirectory(root.resolve("partial"));
    Path seen = Files.writeString(partial.resolve("seen.txt"), "abc");
    Path nested = Files.createDirectory(root.resolve("ok"));
    scan.preVisitDirectory(root, attrs(root));
    scan.preVisitDirectory(nested, attrs(nested));
    scan.postVisitDirectory(nested, null);
    scan.preVisitDirectory(partial, attrs(partial));
    scan.visitFile(seen, attrs(seen));
    scan.postVisitDirectory(partial, new IOException("Input/output error"));
    scan.postVisitDirectory(root, null);
    Snapshot snapshot = scan.finish();
    assertThat(snapshot.entries().keySet()).containsExactly(RelPath.of("ok"));
    assertThat(snapshot.problems().get(RelPath.of("partial")))
        .isEqualTo("could not list this folder completely: IOException: Input/output error");
  }

  @Test
  void failuresAtTheRootStopTheScan() throws IOException {
    assertThatThrownBy(() -> scan.visitFileFailed(root, new AccessDeniedException("root")))
        .isInstanceOf(AccessDeniedException.class);
    scan.preVisitDirectory(root, attrs(root));
    assertThatThrownBy(() -> scan.postVisitDirectory(root, new IOException("gone")))
        .hasMessage("gone");
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
}
