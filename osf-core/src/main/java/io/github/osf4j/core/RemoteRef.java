package io.github.osf4j.core;

import static java.util.Objects.requireNonNull;

/**
 * Where an entry lives on OSF: its osfstorage id, which never changes on rename or move, and its
 * version (1-based for files, 0 for folders).
 */
public record RemoteRef(String id, int version) {

  public RemoteRef {
    requireNonNull(id, "id");
    if (id.isEmpty()) {
      throw new IllegalArgumentException("empty remote id");
    }
    if (version < 0) {
      throw new IllegalArgumentException("version < 0: " + version);
    }
  }
}
