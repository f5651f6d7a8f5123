package io.github.osf4j.core;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * One file or folder in a snapshot.
 *
 * @param path the NFC key
 * @param kind file or folder
 * @param size bytes (0 for folders)
 * @param md5 lowercase hex, or null when unknown (always null for folders)
 * @param sha256 lowercase hex, or null when unknown (always null for folders)
 * @param remote OSF id and version, or null when the entry is not (known to be) on OSF
 * @param stamp the local fast-check stamp, or null when the entry is not (known to be) local
 * @param spelling the path as the side spells it (for example NFD on macOS) when that differs from
 *     {@code path}, else null
 * @param modified when OSF last stored this version (WaterButler's {@code modified_utc}: the server
 *     time of the latest upload), for remote entries whose listing gives it, else null. Only {@code
 *     PREFER_NEWER} reads it; it never decides whether a file changed.
 */
public record Entry(
    RelPath path,
    EntryKind kind,
    long size,
    @Nullable String md5,
    @Nullable String sha256,
    @Nullable RemoteRef remote,
    @Nullable LocalStamp stamp,
    @Nullable String spelling,
    @Nullable Instant modified) {

  /** An entry without an OSF modification time. */
  public Entry(
      RelPath path,
      EntryKind kind,
      long size,
      @Nullable String md5,
      @Nullable String sha256,
      @Nullable RemoteRef remote,
      @Nullable LocalStamp stamp,
      @Nullable String spelling) {
    this(path, kind, size, md5, sha256, remote, stamp, spelling, null);
  }

  public Entry {
    requireNonNull(path, "path");
    requireNonNull(kind, "kind");
    if (size < 0) {
      throw new IllegalArgumentException("size < 0: " + size);
    }
    md5 = lowerHex(md5, 32, "md5");
    sha256 = lowerHex(sha256, 64, "sha256");
    if (kind == EntryKind.FOLDER && (size != 0 || md5 != null || sha256 != null)) {
      throw new IllegalArgumentException("a folder has no size or hash: " + path);
    }
    if (spelling != null && spelling.equals(path.value())) {
      spelling = null;
    }
  }

  /** A file known by its content hashes. */
  public static Entry file(RelPath path, long size, @Nullable String md5, @Nullable String sha256) {
    return new Entry(path, EntryKind.FILE, size, md5, sha256, null, null, null);
  }

  /** A folder. */
  public static Entry folder(RelPath path) {
    return new Entry(path, EntryKind.FOLDER, 0, null, null, null, null, null);
  }

  public boolean isFile() {
    return kind == EntryKind.FILE;
  }

  public boolean isFolder() {
    return kind == EntryKind.FOLDER;
  }

  /** The path as this side spells it. */
  public String nativePath() {
    return spelling != null ? spelling : path.value();
  }

  /** Whether this file has a content hash (OSF lists none for some old and add-on files). */
  public boolean hasHash() {
    return md5 != null || sha256 != null;
  }

  /**
   * Returns whether this and {@code other} hold the same content: same kind and, for files, the
   * same size and the same sha256 (or, where either lacks sha256, the same md5). Where they share
   * no hash (OSF listed the file without one), the same OSF file id and version stand in for it.
   * Otherwise unknown never compares equal, so an unknown state counts as changed (P7: over-report,
   * never under).
   */
  public boolean sameContentAs(Entry other) {
    if (kind != other.kind) {
      return false;
    }
    if (kind == EntryKind.FOLDER) {
      return true;
    }
    if (size != other.size) {
      return false;
    }
    if (sha256 != null && other.sha256 != null) {
      return sha256.equals(other.sha256);
    }
    if (md5 != null && other.md5 != null) {
      return md5.equals(other.md5);
    }
    return remote != null && remote.equals(other.remote);
  }

  public Entry withPath(RelPath newPath) {
    return new Entry(newPath, kind, size, md5, sha256, remote, stamp, null, modified);
  }

  public Entry withRemote(@Nullable RemoteRef newRemote) {
    return new Entry(path, kind, size, md5, sha256, newRemote, stamp, spelling, modified);
  }

  public Entry withStamp(@Nullable LocalStamp newStamp) {
    return new Entry(path, kind, size, md5, sha256, remote, newStamp, spelling, modified);
  }

  public Entry withSpelling(@Nullable String newSpelling) {
    return new Entry(path, kind, size, md5, sha256, remote, stamp, newSpelling, modified);
  }

  /** This entry with OSF's modification time {@code newModified} (null: unknown). */
  public Entry withModified(@Nullable Instant newModified) {
    return new Entry(path, kind, size, md5, sha256, remote, stamp, spelling, newModified);
  }

  /** This entry's content (kind, size, hashes) with the side-specific fields of {@code other}. */
  public Entry withContentOf(Entry other) {
    return new Entry(
        path, other.kind, other.size, other.md5, other.sha256, remote, stamp, spelling);
  }

  private static @Nullable String lowerHex(@Nullable String hex, int length, String what) {
    if (hex == null) {
      return null;
    }
    if (hex.length() != length) {
      throw new IllegalArgumentException("not a " + what + " hex digest: " + hex);
    }
    boolean lower = true;
    for (int i = 0; i < length; i++) {
      char c = hex.charAt(i);
      if ((c >= 'A' && c <= 'F')) {
        lower = false;
      } else if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) {
        throw new IllegalArgumentException("not a " + what + " hex digest: " + hex);
      }
    }
    return lower ? hex : hex.toLowerCase(Locale.ROOT);
  }
}
