package io.github.osf4j.core.sync;

import static java.util.Objects.requireNonNull;

import io.github.osf4j.core.ComponentFolder;
import io.github.osf4j.core.Content;
import io.github.osf4j.core.Entry;
import io.github.osf4j.core.EntryKind;
import io.github.osf4j.core.FileVersion;
import io.github.osf4j.core.PermissionDeniedException;
import io.github.osf4j.core.ProjectInfo;
import io.github.osf4j.core.ProjectNotFoundException;
import io.github.osf4j.core.RelPath;
import io.github.osf4j.core.RemoteRef;
import io.github.osf4j.core.RemoteStorage;
import io.github.osf4j.core.Snapshot;
import io.github.osf4j.core.TransferListener;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * A project with its components (recursively) as one storage: each component's storage appears
 * under its folder (see {@link ComponentFolder}), listed through its own node, and each read or
 * write goes to the node whose storage holds the path. A project file that includes components sees
 * its project through this. Thread-safe.
 *
 * <p>The components are looked up at every listing: a new one gets its folder ({@code "Title
 * (id)"}, see {@link #folders()}), a known one keeps the folder it had. A known component OSF no
 * longer shows, and a component folder whose name the enclosing storage also uses, are the
 * listing's problems at that folder, so that nothing under it is changed. Nothing moves between two
 * nodes, and a component's own folder is never deleted: such calls fail.
 */
final class ComponentsRemote extends ForwardingRemoteStorage {
  private final String projectId;
  private final Map<String, RelPath> folders;
  private volatile List<ComponentFolder> layout = List.of();
  private volatile boolean discovered;
  private volatile Predicate<RelPath> keptLocally = folder -> true;

  /**
   * @param known the folders of the components seen before, by component id
   */
  ComponentsRemote(RemoteStorage remote, String projectId, Map<String, RelPath> known) {
    super(remote);
    this.projectId = requireNonNull(projectId, "projectId");
    this.folders = new TreeMap<>(known);
  }

  /** The folder of every component seen so far (the known ones and those found since). */
  synchronized Map<String, RelPath> folders() {
    return Map.copyOf(folders);
  }

  /** The components as the last listing found them, parents before their components. */
  List<ComponentFolder> components() {
    return layout;
  }

  /** Whether the components were looked up (by a listing, or {@link #discover()}). */
  boolean discovered() {
    return discovered;
  }

  /**
   * Looks the components up on OSF (recursively, each through its own node), gives each new one its
   * folder and returns them all, those OSF no longer shows included.
   */
  List<ComponentFolder> discover() throws IOException {
    List<ComponentFolder> found = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    seen.add(projectId);
    Deque<ComponentFolder> parents = new ArrayDeque<>();
    walk(projectId, null, seen, found, parents);
    while (!parents.isEmpty()) {
      ComponentFolder parent = parents.removeFirst();
      walk(parent.id(), parent.folder(), seen, found, parents);
    }
    synchronized (this) {
      for (Iterator<Map.Entry<String, RelPath>> it = folders.entrySet().iterator();
          it.hasNext(); ) {
        Map.Entry<String, RelPath> known = it.next();
        if (seen.contains(known.getKey())) {
          continue;
        }
        if (!keptLocally.test(known.getValue())) {
          it.remove(); // gone on OSF and its folder gone here: nothing is left to keep
        } else {
          found.add(
              new ComponentFolder(
                  known.getKey(),
                  titleOf(known.getValue(), known.getKey()),
                  known.getValue(),
                  false,
                  false));
        }
      }
    }
    found.sort(Comparator.comparingInt((ComponentFolder c) -> c.folder().depth()));
    List<ComponentFolder> now = List.copyOf(found);
    layout = now;
    discovered = true;
    return now;
  }

  /**
   * From now on, a component OSF no longer shows is forgotten (no longer skipped, dropped from the
   * folder map) when {@code present} says its folder is not in the local folder either; by default
   * every such component is kept, and its folder skipped.
   */
  void forgetGoneWithout(Predicate<RelPath> present) {
    keptLocally = requireNonNull(present, "present");
  }

  private void walk(
      String nodeId,
      @Nullable RelPath parentFolder,
      Set<String> seen,
      List<ComponentFolder> found,
      Deque<ComponentFolder> parents)
      throws IOException {
    for (ProjectInfo child : remote.components(nodeId)) {
      if (!seen.add(child.id())) {
        continue;
      }
      ComponentFolder component =
          new ComponentFolder(
              child.id(), child.title(), folderOf(child, parentFolder), child.writable(), true);
      found.add(component);
      parents.addLast(component);
    }
  }

  /** The component's known folder, else a new one named after it inside its parent's. */
  private synchronized RelPath folderOf(ProjectInfo component, @Nullable RelPath parentFolder) {
    RelPath known = folders.get(component.id());
    if (known != null) {
      return known;
    }
    String name = ComponentNames.folderName(component.title(), component.id());
    RelPath folder = parentFolder == null ? RelPath.of(name) : parentFolder.child(name);
    folders.put(component.id(), folder);
    return folder;
  }

  /** The title in a folder name {@code "Title (id)"}, for a component OSF no longer shows. */
  private static String titleOf(RelPath folder, String id) {
    String name = folder.name();
    String suffix = " (" + id + ")";
    return name.endsWith(suffix) && name.length() > suffix.length()
        ? name.substring(0, name.length() - suffix.length())
        : name;
  }

  @Override
  public Snapshot list(String projectId) throws IOException {
    if (!this.projectId.equals(projectId)) {
      return remote.list(projectId);
    }
    List<ComponentFolder> components = discover();
    Snapshot.Builder all = remote.list(projectId).toBuilder();
    Set<RelPath> problems = new HashSet<>();
    for (ComponentFolder component : components) {
      RelPath folder = component.folder();
      if (underAny(folder, problems)) {
        continue; // inside a component or folder left alone: so is this one
      }
      if (!component.visible()) {
        leave(all, problems, folder, gone(component));
        continue;
      }
      Entry there = all.find(folder);
      if (there != null) {
        leave(all, problems, folder, collision(component, there, components));
        continue;
      }
      Snapshot own;
      try {
        own = remote.list(component.id());
      } catch (PermissionDeniedException | ProjectNotFoundException e) {
        leave(all, problems, folder, gone(component));
        continue;
      }
      all.put(folderEntry(component));
      for (Entry entry : own.entries().values()) {
        all.put(outward(folder, entry));
      }
      own.problems().forEach((path, why) -> all.problem(outward(folder, path), why));
    }
    return all.build();
  }

  private static void leave(
      Snapshot.Builder all, Set<RelPath> problems, RelPath folder, String reason) {
    all.removeTree(folder).problem(folder, reason);
    problems.add(folder);
  }

  private static boolean underAny(RelPath path, Set<RelPath> roots) {
    for (RelPath root : roots) {
      if (root.isAncestorOf(path)) {
        return true;
      }
    }
    return false;
  }

  private static String gone(ComponentFolder component) {
    return "component '"
        + component.title()
        + "' ("
        + component.id()
        + ") is no longer on OSF or no longer visible to you (deleted, or your access was"
        + " removed); its folder is left alone (move it out of the synced folder to stop"
        + " syncing it)";
  }

  private static String collision(
      ComponentFolder component, Entry there, List<ComponentFolder> components) {
    ComponentFolder holder = null;
    for (ComponentFolder c : components) {
      if (c.visible() && c.folder().isAncestorOf(component.folder())) {
        holder = c;
      }
    }
    String storage =
        holder == null ? "the project's own storage" : "component '" + holder.title() + "'";
    return (there.isFolder() ? "a folder" : "a file")
        + " of "
        + storage
        + " has the name of the folder of component '"
        + component.title()
        + "'; osf4j leaves both alone: rename that "
        + (there.isFolder() ? "folder" : "file")
        + " on OSF";
  }

  /** The component's folder as an entry: its reference names the component's node. */
  private static Entry folderEntry(ComponentFolder component) {
    return new Entry(
        component.folder(),
        EntryKind.FOLDER,
        0,
        null,
        null,
        new RemoteRef(component.id(), 0),
        null,
        null);
  }

  // ---- routing ---------------------------------------------------------------------------

  /** Where a path's storage is: the node, and the component's folder (null: the project). */
  private record Route(String nodeId, @Nullable RelPath folder) {}

  private Route route(String projectId, @Nullable Entry entry) throws IOException {
    if (!this.projectId.equals(projectId) || entry == null) {
      return new Route(projectId, null);
    }
    if (!discovered) {
      discover();
    }
    ComponentFolder holder = null;
    for (ComponentFolder component : layout) {
      if (component.holds(entry.path())) {
        holder = component; // parents come first: the last one holding it is the deepest
      }
    }
    if (holder == null) {
      return new Route(projectId, null);
    }
    if (!holder.visible()) {
      throw new IOException(gone(holder));
    }
    return new Route(holder.id(), holder.folder());
  }

  /** {@code entry} as its node's storage has it, or null for the node's root. */
  private static @Nullable Entry inward(Route route, @Nullable Entry entry) {
    RelPath folder = route.folder();
    if (entry == null || folder == null) {
      return entry;
    }
    if (folder.equals(entry.path())) {
      return null;
    }
    String prefix = folder.value() + "/";
    String spelled = entry.nativePath();
    return entry
        .withPath(RelPath.of(entry.path().value().substring(prefix.length())))
        .withSpelling(spelled.startsWith(prefix) ? spelled.substring(prefix.length()) : null);
  }

  private static Entry file(Route route, Entry entry) throws IOException {
    Entry inner = inward(route, entry);
    if (inner == null) {
      throw new IOException(
          "'" + entry.path() + "' is a component's folder; osf4j never changes a component itself");
    }
    return inner;
  }

  private static Entry outward(Route route, Entry entry) {
    RelPath folder = route.folder();
    return folder == null ? entry : outward(folder, entry);
  }

  private static Entry outward(RelPath folder, Entry entry) {
    String spelling = entry.spelling();
    return entry
        .withPath(outward(folder, entry.path()))
        .withSpelling(spelling == null ? null : folder.value() + "/" + spelling);
  }

  private static RelPath outward(RelPath folder, RelPath path) {
    return new RelPath(folder.value() + "/" + path.value());
  }

  @Override
  public void download(String projectId, Entry file, OutputStream out, TransferListener listener)
      throws IOException {
    Route route = route(projectId, file);
    remote.download(route.nodeId(), file(route, file), out, listener);
  }

  @Override
  public List<FileVersion> versions(String projectId, Entry file) throws IOException {
    Route route = route(projectId, file);
    return remote.versions(route.nodeId(), file(route, file));
  }

  @Override
  public void downloadVersion(
      String projectId,
      Entry file,
      FileVersion version,
      OutputStream out,
      TransferListener listener)
      throws IOException {
    Route route = route(projectId, file);
    remote.downloadVersion(route.nodeId(), file(route, file), version, out, listener);
  }

  @Override
  public Entry upload(
      String projectId,
      @Nullable Entry parent,
      String name,
      Content content,
      TransferListener listener)
      throws IOException {
    Route route = route(projectId, parent);
    return outward(
        route, remote.upload(route.nodeId(), inward(route, parent), name, content, listener));
  }

  @Override
  public Entry update(String projectId, Entry file, Content content, TransferListener listener)
      throws IOException {
    Route route = route(projectId, file);
    return outward(route, remote.update(route.nodeId(), file(route, file), content, listener));
  }

  @Override
  public Entry mkdir(String projectId, @Nullable Entry parent, String name) throws IOException {
    Route route = route(projectId, parent);
    return outward(route, remote.mkdir(route.nodeId(), inward(route, parent), name));
  }

  @Override
  public void delete(String projectId, Entry entry) throws IOException {
    Route route = route(projectId, entry);
    remote.delete(route.nodeId(), file(route, entry));
  }

  @Override
  public Entry move(String projectId, Entry entry, @Nullable Entry parent, String name)
      throws IOException {
    Route from = route(projectId, entry);
    Route to = route(projectId, parent);
    if (!from.nodeId().equals(to.nodeId())) {
      throw new IOException(
          "OSF cannot move '"
              + entry.path()
              + "' between a project and its component, or between two components");
    }
    return outward(from, remote.move(from.nodeId(), file(from, entry), inward(to, parent), name));
  }
}
