package io.github.osf4j.core.local;

import io.github.osf4j.core.Entry;
import io.github.osf4j.core.EntryKind;
import io.github.osf4j.core.LocalStamp;
import io.github.osf4j.core.RelPath;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import org.jspecify.annotations.Nullable;

/** Hashes one file and checks that it did not change meanwhile. Thread-safe. */
final class FileHasher {
  static final String CHANGED = "changed while reading; try again";

  private final FileAccess access;
  private final ThreadLocal<Digester> digesters = ThreadLocal.withInitial(Digester::new);
  private final FileKeys keys = new FileKeys();

  FileHasher(FileAccess access) {
    this.access = access;
  }

  FileAccess access() {
    return access;
  }

  /** The stamp of a file or folder (file keys formatted through a memo). */
  LocalStamp stamp(BasicFileAttributes attrs) {
    return keys.stamp(attrs);
  }

  /** Keeps the file-key memo near the size of a root of {@code files} files. */
  void trim(int files) {
    keys.trim(files);
  }

  /**
   * Hashes {@code file}, whose attributes before reading were {@code before}.
   *
   * @throws InterruptedIOException only when interrupted; other failures are problems
   */
  Hashed hash(Path file, RelPath key, @Nullable String spelling, BasicFileAttributes before)
      throws InterruptedIOException {
    Hashes hashes;
    BasicFileAttributes after;
    try {
      hashes = digesters.get().hash(file, before.size(), access);
      after = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
    } catch (InterruptedIOException e) {
      throw e;
    } catch (IOException e) {
      return Hashed.problem(key, "unreadable: " + Names.describe(e));
    }
    LocalStamp stamp = keys.stamp(after);
    if (!after.isRegularFile()
        || hashes.size() != after.size()
        || !stamp.equals(keys.stamp(before))) {
      return Hashed.problem(key, CHANGED);
    }
    return Hashed.of(
        new Entry(
            key,
            EntryKind.FILE,
            hashes.size(),
            hashes.md5(),
            hashes.sha256(),
            null,
            stamp,
            spelling));
  }
}
