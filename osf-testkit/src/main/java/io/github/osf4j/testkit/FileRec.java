package io.github.osf4j.testkit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A file or folder in a node's osfstorage; mutable, guarded by the Store's lock. */
final class FileRec {
  final String id;
  final boolean folder;
  final List<Version> versions = new ArrayList<>();
  String nodeId;
  @Nullable String parentId;
  String name;
  @Nullable String guid;
  boolean deleted;

  /** Whether listings show no hashes for it (an old or add-on file); a new version clears it. */
  boolean hashless;

  Instant touched;

  /** The id of the user who checked the file out, or null. */
  @Nullable String checkout;

  FileRec(
      String id,
      String nodeId,
      @Nullable String parentId,
      String name,
      boolean folder,
      Instant created) {
    this.id = id;
    this.nodeId = nodeId;
    this.parentId = parentId;
    this.name = name;
    this.folder = folder;
    this.touched = created;
  }

  boolean isRoot() {
    return parentId == null;
  }

  @Nullable Version latest() {
    return versions.isEmpty() ? null : versions.get(versions.size() - 1);
  }

  @Nullable Version first() {
    return versions.isEmpty() ? null : versions.get(0);
  }
}
