package io.github.osf4j.core;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The local sync root. Paths are relative to it; nothing outside it is ever touched.
 *
 * <p>Implementations are thread-safe for operations on different paths. The default is {@code
 * io.github.osf4j.core.local.NioLocalFiles} on any {@code java.nio.file.FileSystem}.
 */
public interface LocalFiles {

  /** Whether the root exists and is a folder (an unmounted disk answers false). */
  boolean rootExists();

  /**
   * Walks the root into a snapshot with hashes, reusing {@code base}'s hashes where the fast-check
   * stamp matches. Ignored names are left out; unreadable files, symlinks and invalid names become
   * the snapshot's problems.
   */
  Snapshot scan(Snapshot base) throws IOException;

  /**
   * The ignore rules in effect now: the defaults, the configured patterns and the root's {@code
   * .osfignore}, plus, as exact paths, those of {@code ownFiles} (absolute paths of osf4j's own
   * files, such as the project file) that lie inside the root.
   */
  default IgnoreRules ignoreRules(List<String> ownFiles) throws IOException {
    return IgnoreRules.compile(List.of());
  }

  /**
   * Like {@link #scan(Snapshot)}, leaving out what {@code rules} ignore (instead of this root's own
   * rules); ignored folders are not entered.
   */
  default Snapshot scan(Snapshot base, IgnoreRules rules) throws IOException {
    return rules.filter(scan(base));
  }

  /** The ignored paths in the root whose parent is not ignored (for {@code status --ignored}). */
  default List<RelPath> ignored(IgnoreRules rules) throws IOException {
    return rules.topIgnored(scan(Snapshot.empty()));
  }

  /** The current state of one path, hashed afresh (for the re-check before overwrite or delete). */
  Optional<Entry> stat(RelPath path) throws IOException;

  /**
   * The current state of one path, as {@link #stat}, except that a file whose fast-check stamp is
   * still {@code known}'s keeps {@code known}'s hashes without being read again (the scan's own
   * rule, used after an upload so that a file is not read a third time). The default hashes afresh.
   */
  default Optional<Entry> recheck(RelPath path, Entry known) throws IOException {
    return stat(path);
  }

  /** The bytes of a file, for upload. */
  Content read(RelPath path) throws IOException;

  /**
   * Starts writing {@code path} through a temp file in the same folder (with the reserved prefix
   * the scanner ignores). Nothing at {@code path} changes until {@link PendingFile#commit}.
   */
  PendingFile create(RelPath path) throws IOException;

  /** Creates a folder and any missing parents; an existing folder is fine. */
  Entry mkdir(RelPath path) throws IOException;

  /** Deletes a file, or an empty folder. */
  void delete(RelPath path) throws IOException;

  /** Renames {@code from} to {@code to}, never replacing an existing {@code to}. */
  Entry move(RelPath from, RelPath to) throws IOException;

  /**
   * Copies the file at {@code path} to {@code folder/path} (an absolute {@code folder} outside the
   * root, such as a backup folder), creating the folders needed, keeping the file's times and never
   * replacing an existing copy.
   *
   * @throws IOException when the copy cannot be made complete; then nothing is left at the target
   */
  default void copyOut(RelPath path, String folder) throws IOException {
    throw new IOException("this local folder cannot keep backups outside itself");
  }

  /**
   * Deletes, with everything inside, the folders directly in {@code folder} (absolute, outside the
   * root) whose names {@code expired} accepts; a missing {@code folder} is fine.
   *
   * @return how many folders were deleted
   */
  default int pruneOut(String folder, Predicate<String> expired) throws IOException {
    return 0;
  }

  /** A file being written; close it by {@link #commit} or {@link #abort}. */
  interface PendingFile extends AutoCloseable {

    /** Where to write the bytes. */
    OutputStream stream();

    /**
     * Closes the stream and returns what was written (size and hashes, path set to the target),
     * without putting it in place yet.
     */
    Entry written() throws IOException;

    /**
     * Atomically puts the written file at the target, keeping the mode of a file it replaces.
     *
     * @param expected what the target must still be (null: must not exist); otherwise the temp file
     *     is dropped and a {@link java.io.IOException} says the target changed
     * @return the entry now at the target, with its local stamp
     */
    Entry commit(Optional<Entry> expected) throws IOException;

    /** Deletes the temp file; safe to call after commit (does nothing then). */
    void abort();

    @Override
    default void close() {
      abort();
    }
  }
}
