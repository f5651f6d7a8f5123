package io.github.osf4j.core;

import java.io.IOException;
import java.util.List;

/**
 * One project file: its configuration and index, saved atomically (the file is always the old or
 * the new state, never torn), with a lock that keeps two runs apart.
 *
 * <p>Implementations are thread-safe; {@link #save} calls are serialised.
 */
public interface ProjectStore {

  /** Whether the project file exists. */
  boolean exists();

  /**
   * Reads the project file.
   *
   * @throws ProjectFileException when it is unreadable, corrupt, truncated or of a newer format
   * @throws java.io.FileNotFoundException when it does not exist
   */
  ProjectState load() throws IOException;

  /** Replaces the project file atomically, keeping the previous one as a backup. */
  void save(ProjectState state) throws IOException;

  /**
   * The absolute paths of the files this store writes: the project file, its backup and its lock
   * (temp files use {@link IgnoreRules#RESERVED_PREFIX}). A sync leaves them alone wherever they
   * lie, also when a colleague's copies of them are on OSF.
   */
  default List<String> ownFiles() {
    return List.of();
  }

  /**
   * Takes the project's lock until the returned handle is closed.
   *
   * @throws ProjectLockedException when another live run holds it, or a stale lock is in the way
   *     (the message says how to clear it)
   */
  Lock lock() throws IOException;

  /** A held lock. */
  interface Lock extends AutoCloseable {
    @Override
    void close() throws IOException;
  }
}
