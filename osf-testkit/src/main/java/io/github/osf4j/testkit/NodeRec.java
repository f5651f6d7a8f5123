package io.github.osf4j.testkit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A project or component; mutable, guarded by the Store's lock. */
final class NodeRec {
  final String id;
  final String ownerId;
  final @Nullable String parentId;
  final String rootId;
  final String rootFolderId;
  final Instant created;
  String title;
  String description;
  String category;
  boolean isPublic;
  Instant modified;
  boolean deleted;
  String region = Regions.DEFAULT;
  final List<String> tags = new ArrayList<>();

  /** Contributors besides the owner: user id to {@code read} or {@code write}. */
  final java.util.Map<String, String> contributors = new java.util.concurrent.ConcurrentHashMap<>();

  NodeRec(
      String id,
      String ownerId,
      @Nullable String parentId,
      String rootId,
      String rootFolderId,
      Instant created,
      String title) {
    this.id = id;
    this.ownerId = ownerId;
    this.parentId = parentId;
    this.rootId = rootId;
    this.rootFolderId = rootFolderId;
    this.created = created;
    this.modified = created;
    this.title = title;
    this.description = "";
    this.category = "project";
  }

  /** Whether {@code userId} (null: anonymous) may see the node and read its files. */
  boolean canRead(@Nullable String userId) {
    return isPublic
        || (userId != null && (ownerId.equals(userId) || contributors.containsKey(userId)));
  }

  /** Whether {@code userId} (null: anonymous) may change the node and its files. */
  boolean canWrite(@Nullable String userId) {
    return userId != null && (ownerId.equals(userId) || "write".equals(contributors.get(userId)));
  }
}
