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
 */
public record ProjectInfo(String id, String title, @Nullable String parentId, boolean isPublic) {

  public ProjectInfo {
    requireNonNull(id, "id");
    requireNonNull(title, "title");
  }
}
