package io.github.osf4j.core;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One stored version of a file on OSF (OSF keeps every upload of a file as a version).
 *
 * @param number the version number, 1 for the first upload
 * @param size bytes
 * @param md5 lowercase hex, or null when OSF gives none
 * @param sha256 lowercase hex, or null when OSF gives none
 * @param modified when OSF stored it (server time), or null when not given
 */
public record FileVersion(
    int number,
    long size,
    @Nullable String md5,
    @Nullable String sha256,
    @Nullable Instant modified) {

  public FileVersion {
    if (number < 1) {
      throw new IllegalArgumentException("version < 1: " + number);
    }
    if (size < 0) {
      throw new IllegalArgumentException("size < 0: " + size);
    }
  }

  /** This version as an entry at {@code file}'s path and id, for a verified download. */
  public Entry asEntryOf(Entry file) {
    RemoteRef ref = file.remote();
    return Entry.file(file.path(), size, md5, sha256)
        .withRemote(ref == null ? null : new RemoteRef(ref.id(), number));
  }
}
