package io.github.osf4j.core.sync;

import io.github.osf4j.core.BackupPolicy;
import io.github.osf4j.core.LocalFiles;
import io.github.osf4j.core.RelPath;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Keeps the old bytes of local files before the executor overwrites or deletes them. A run's copies
 * go to one folder in the backup folder, named by the run's UTC start time ({@code
 * 2026-12-05T23-45-36.123Z}), at their paths in the synced tree. Thread-safe.
 */
final class Backups {
  /** The names of the runs' folders: UTC, sortable, valid on every file system. */
  static final DateTimeFormatter RUN_NAME =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH-mm-ss.SSS'Z'").withZone(ZoneOffset.UTC);

  private final LocalFiles local;
  private final @Nullable String runFolder;
  private final List<RelPath> saved = new ArrayList<>();

  private Backups(LocalFiles local, @Nullable String runFolder) {
    this.local = local;
    this.runFolder = runFolder;
  }

  /** No backups (the policy is off, or the store has no place for them). */
  static Backups off(LocalFiles local) {
    return new Backups(local, null);
  }

  /** Backups in {@code folder}'s subfolder for a run started at {@code start}, if policy keeps. */
  static Backups of(LocalFiles local, BackupPolicy policy, Optional<String> folder, Instant start) {
    if (!policy.keep() || folder.isEmpty()) {
      return off(local);
    }
    return new Backups(local, runFolder(folder.get(), start));
  }

  /** {@code folder}'s subfolder for a run started at {@code start}. */
  static String runFolder(String folder, Instant start) {
    String separator = folder.indexOf('\\') >= 0 && folder.indexOf('/') < 0 ? "\\" : "/";
    String base = folder.endsWith(separator) ? folder.substring(0, folder.length() - 1) : folder;
    return base + separator + RUN_NAME.format(start);
  }

  /**
   * Copies the local file at {@code path} into this run's folder, when backups are on.
   *
   * @throws IOException when the copy cannot be made; the caller must then leave the file alone
   */
  void save(RelPath path) throws IOException {
    String folder = runFolder;
    if (folder == null) {
      return;
    }
    local.copyOut(path, folder);
    synchronized (saved) {
      saved.add(path);
    }
  }

  /** The files backed up so far, in path order. */
  List<RelPath> saved() {
    synchronized (saved) {
      return saved.stream().sorted().toList();
    }
  }

  /** This run's backup folder, when it backed up anything. */
  @Nullable String usedFolder() {
    synchronized (saved) {
      return saved.isEmpty() ? null : runFolder;
    }
  }

  /**
   * Deletes the runs' folders in {@code folder} older than the policy's days at {@code now};
   * folders whose names are not run times are left alone.
   */
  static int prune(LocalFiles local, BackupPolicy policy, String folder, Instant now)
      throws IOException {
    Instant limit = now.minus(Duration.ofDays(policy.keepDays()));
    return local.pruneOut(folder, name -> started(name).map(t -> t.isBefore(limit)).orElse(false));
  }

  /** When the run of a backup folder named {@code name} started; empty for other names. */
  static Optional<Instant> started(String name) {
    try {
      return Optional.of(Instant.from(RUN_NAME.parse(name)));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }
}
