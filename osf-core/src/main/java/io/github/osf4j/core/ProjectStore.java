package io.github.osf4j.core;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

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
   * The absolute path of the folder beside the project file where a run keeps the old bytes of
   * local files before changing them ({@code PROJECT.osf4j-backup}); empty when this store has no
   * such place, and then no backups are made. It is one of {@link #ownFiles()}, so never synced.
   */
  default Optional<String> backupFolder() {
    return Optional.empty();
  }

  /**
   * Takes the project's lock until the returned handle is closed. A lock left by a run that is no
   * longer running on this host is taken over (atomically: of two runs, one gets it), and the
   * handle's {@link Lock#notice()} says so.
   *
   * @throws ProjectLockedException when a live run, or a run on another host, holds it (the message
   *     names host, process and age)
   */
  Lock lock() throws IOException;

  /**
   * Takes the project's lock, breaking the lock of another run or host first: the user's explicit
   * call when they know that run is gone. The handle's {@link Lock#notice()} says what was broken.
   *
   * @throws ProjectLockedException when another run took the lock meanwhile
   */
  default Lock breakLock() throws IOException {
    return lock();
  }

  /** A held lock. */
  interface Lock extends AutoCloseable {
    @Override
    void close() throws IOException;

    /** One line saying that a stale or broken lock was taken over, when one was. */
    default Optional<String> notice() {
      return Optional.empty();
    }
  }
}
