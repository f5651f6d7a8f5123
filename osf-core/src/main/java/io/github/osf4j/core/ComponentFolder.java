package io.github.osf4j.core;

import static java.util.Objects.requireNonNull;

/**
 * A component (sub-project) of a synced project, seen as a folder of the local folder: everything
 * under {@link #folder} is that component's OSF storage, listed and written through its own node.
 *
 * @param id the component's node GUID
 * @param title its title on OSF now (the folder's name, when OSF no longer shows it)
 * @param folder the folder that holds its files, relative to the local root: named {@code "Title
 *     (id)"} when the component is first seen and kept afterwards, so a rename on OSF moves nothing
 * @param writable whether the user may change its files; a read-only component is only pulled, and
 *     local changes under its folder stay local
 * @param visible whether OSF still shows it to the user; nothing under the folder of a component
 *     deleted on OSF (or whose access was removed) is changed on either side
 */
public record ComponentFolder(
    String id, String title, RelPath folder, boolean writable, boolean visible) {

  public ComponentFolder {
    requireNonNull(id, "id");
    requireNonNull(title, "title");
    requireNonNull(folder, "folder");
  }

  /** Whether {@code path} is this folder or lies inside it. */
  public boolean holds(RelPath path) {
    return folder.equals(path) || folder.isAncestorOf(path);
  }
}
