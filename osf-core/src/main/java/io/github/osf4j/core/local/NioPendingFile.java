package io.github.osf4j.core.local;

import io.github.osf4j.core.Entry;
import io.github.osf4j.core.LocalFiles.PendingFile;
import io.github.osf4j.core.RelPath;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** A file written to a temp name beside its target, put in place by an atomic rename. */
final class NioPendingFile implements PendingFile {
  private final RelPath path;
  private final Path target;
  private final Path temp;
  private final HashingOutputStream out;
  private final FileHasher hasher;
  private final RootPaths paths;
  private boolean finished;

  NioPendingFile(
      RelPath path,
      Path target,
      Path temp,
      HashingOutputStream out,
      FileHasher hasher,
      RootPaths paths) {
    this.path = path;
    this.target = target;
    this.temp = temp;
    this.out = out;
    this.hasher = hasher;
    this.paths = paths;
  }

  @Override
  public OutputStream stream() {
    return out;
  }

  @Override
  public Entry written() throws IOException {
    Hashes hashes = out.hashes();
    return Entry.file(path, hashes.size(), hashes.md5(), hashes.sha256());
  }

  @Override
  public Entry commit(Optional<Entry> expected) throws IOException {
    if (finished) {
      throw new IllegalStateException("already committed or aborted: " + path);
    }
    try {
      Entry written = written();
      BasicFileAttributes current = RootPaths.attributes(target);
      check(expected.orElse(null), current);
      if (current != null && current.isRegularFile()) {
        keepMode();
      }
      moveIntoPlace();
      finished = true;
      BasicFileAttributes now =
          Files.readAttributes(target, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
      return written.withStamp(Names.stamp(now)).withSpelling(paths.nativePath(target));
    } finally {
      abort();
    }
  }

  private void check(@Nullable Entry expected, @Nullable BasicFileAttributes current)
      throws IOException {
    if (expected == null ? current == null : matches(expected, current)) {
      return;
    }
    throw new IOException("target changed since planning: " + path);
  }

  private boolean matches(Entry expected, @Nullable BasicFileAttributes current)
      throws IOException {
    if (expected.isFolder()) {
      throw new IOException(path + ": a file never replaces a folder");
    }
    if (current == null || !current.isRegularFile()) {
      return false;
    }
    if (Names.stamp(current).equals(expected.stamp())) {
      return true;
    }
    if (expected.md5() == null && expected.sha256() == null) {
      return false;
    }
    // The stamp differs (or is unknown): the content may still be what was planned.
    Entry now = hasher.hash(target, path, null, current).entry();
    return now != null && now.sameContentAs(expected);
  }

  private void keepMode() throws IOException {
    if (target.getFileSystem().supportedFileAttributeViews().contains("posix")) {
      Files.setPosixFilePermissions(
          temp, Files.getPosixFilePermissions(target, LinkOption.NOFOLLOW_LINKS));
    }
  }

  private void moveIntoPlace() throws IOException {
    try {
      Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  @Override
  public void abort() {
    if (finished) {
      return;
    }
    finished = true;
    out.discard();
    try {
      Files.deleteIfExists(temp);
    } catch (IOException e) {
      // a leftover temp file carries the reserved prefix: the scanner ignores it
    }
  }
}
