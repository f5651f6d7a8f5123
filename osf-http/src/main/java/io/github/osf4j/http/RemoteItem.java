package io.github.osf4j.http;

import static java.util.Objects.requireNonNull;

import io.github.osf4j.core.EntryKind;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A file or folder as OSF describes it, before its name is validated into a path.
 *
 * @param id the osfstorage id (24 hex digits), without slashes
 * @param kind file or folder
 * @param name the name exactly as OSF spells it
 * @param size bytes, 0 for folders, -1 when OSF gave no size
 * @param md5 lowercase hex or null
 * @param sha256 lowercase hex or null
 * @param version the latest version (files), 0 for folders
 * @param materialized the human path, e.g. {@code /a/b.txt} or {@code /a/}, or null when absent
 * @param modified when OSF stored the latest version ({@code modified_utc}), or null when absent
 */
record RemoteItem(
    String id,
    EntryKind kind,
    String name,
    long size,
    @Nullable String md5,
    @Nullable String sha256,
    int version,
    @Nullable String materialized,
    @Nullable Instant modified) {

  /** An item without a modification time. */
  RemoteItem(
      String id,
      EntryKind kind,
      String name,
      long size,
      @Nullable String md5,
      @Nullable String sha256,
      int version,
      @Nullable String materialized) {
    this(id, kind, name, size, md5, sha256, version, materialized, null);
  }

  RemoteItem {
    requireNonNull(id, "id");
    requireNonNull(kind, "kind");
    requireNonNull(name, "name");
  }
}
