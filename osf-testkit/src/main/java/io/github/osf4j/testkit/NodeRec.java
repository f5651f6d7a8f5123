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
}
