package io.github.osf4j.core;

import static java.util.Objects.requireNonNull;

import org.jspecify.annotations.Nullable;

/**
 * An OSF project or component (a node).
 *
 * @param id the node GUID
 * @param title the title, with OSF's HTML escaping undone
 * @param parentId the parent node for a component, else null
 * @param isPublic whether the node is public
 * @param writable whether the caller may change the node's files (OSF's {@code
 *     current_user_permissions} holds {@code write}); a node the caller can only read is synced one
 *     way, from OSF
 */
public record ProjectInfo(
    String id, String title, @Nullable String parentId, boolean isPublic, boolean writable) {

  public ProjectInfo {
    requireNonNull(id, "id");
    requireNonNull(title, "title");
  }

  /** A node the caller may write. */
  public ProjectInfo(String id, String title, @Nullable String parentId, boolean isPublic) {
    this(id, title, parentId, isPublic, true);
  }

  /** This node as the caller can only read it ({@code writable} false). */
  public ProjectInfo readOnly() {
    return new ProjectInfo(id, title, parentId, isPublic, false);
  }
}
