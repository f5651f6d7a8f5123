package io.github.osf4j.core.plan;

import io.github.osf4j.core.Action;
import io.github.osf4j.core.ComponentFolder;
import io.github.osf4j.core.Entry;
import io.github.osf4j.core.RelPath;
import io.github.osf4j.core.Skip;
import io.github.osf4j.core.Snapshot;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * The component folders of a plan (docs/SYNC-RULES.md, "Components"): which OSF node's storage
 * holds each path, which paths the plan may only pull, and the rules that keep nodes apart. A path
 * belongs to the component whose folder is the deepest one holding it, else to the project.
 * Immutable.
 */
final class ComponentBounds {

  private final List<ComponentFolder> deepestFirst;

  ComponentBounds(List<ComponentFolder> components) {
    List<ComponentFolder> sorted = new ArrayList<>(components);
    sorted.sort(
        Comparator.comparingInt((ComponentFolder c) -> c.folder().depth())
            .reversed()
            .thenComparing(ComponentFolder::folder));
    this.deepestFirst = List.copyOf(sorted);
  }

  boolean isEmpty() {
    return deepestFirst.isEmpty();
  }

  /** Whether some visible component is read-only, so that part of the plan only pulls. */
  boolean pullsSome() {
    return deepestFirst.stream().anyMatch(c -> c.visible() && !c.writable());
  }

  /** The component whose storage holds {@code path}, or null for the project's own storage. */
  @Nullable ComponentFolder nodeOf(RelPath path) {
    for (ComponentFolder component : deepestFirst) {
      if (component.holds(path)) {
        return component;
      }
    }
    return null;
  }

  /** Whether {@code path} lies in a read-only component's storage (its folder included). */
  boolean pulledOnly(RelPath path) {
    ComponentFolder node = nodeOf(path);
    return node != null && !node.writable();
  }

  /** Whether both paths are in the same node's storage (a move between them stays on OSF). */
  boolean sameNode(RelPath a, RelPath b) {
    return Objects.equals(id(nodeOf(a)), id(nodeOf(b)));
  }

  /**
   * The folders of components OSF no longer shows, as skips: nothing under them is changed on
   * either side (never a mass delete), whatever the listing says. Folders already skipped (the
   * listing reports such a folder as a problem) are not repeated.
   */
  List<Skip> gone(Set<RelPath> skipped) {
    List<Skip> skips = new ArrayList<>();
    for (ComponentFolder component : deepestFirst) {
      if (!component.visible() && !Reconciler.isUnder(component.folder(), skipped)) {
        skips.add(
            new Skip(
                component.folder(),
                "component '"
                    + component.title()
                    + "' ("
                    + component.id()
                    + ") is no longer on OSF or no longer visible to you (deleted, or your access"
                    + " was removed); its folder is left alone (move it out of the synced folder"
                    + " to stop syncing it)"));
      }
    }
    return skips;
  }

  /**
   * The actions without any under a component folder that was deleted locally (it is in the index
   * and on OSF, but not here): that folder is skipped with everything under it, since emptying a
   * component is for the user to do on OSF. Its folder itself is never deleted on OSF either way.
   */
  Guarded keepComponentFolders(
      List<Action> actions, Snapshot base, Snapshot local, Snapshot remote) {
    Map<RelPath, Skip> roots = new TreeMap<>();
    for (ComponentFolder component : deepestFirst) {
      RelPath folder = component.folder();
      boolean deletedHere =
          base.contains(folder) && local.find(folder) == null && remote.contains(folder);
      boolean deletion =
          actions.stream()
              .anyMatch(a -> a instanceof Action.DeleteRemote d && d.path().equals(folder));
      if (component.visible() && (deletedHere || deletion)) {
        roots.put(
            folder,
            new Skip(
                folder,
                "component '"
                    + component.title()
                    + "' is on OSF but its folder was deleted here; osf4j does not empty a"
                    + " component for that (delete its files on OSF if you meant to)"));
      }
    }
    if (roots.isEmpty()) {
      return new Guarded(actions, List.of());
    }
    Set<RelPath> all = new TreeSet<>(roots.keySet());
    roots.keySet().removeIf(root -> all.stream().anyMatch(r -> r.isAncestorOf(root)));
    List<Action> kept = new ArrayList<>();
    for (Action action : actions) {
      if (action instanceof Action.RecordOnly
          || roots.keySet().stream().noneMatch(root -> OneWay.touches(action, root))) {
        kept.add(action);
      }
    }
    return new Guarded(kept, List.copyOf(roots.values()));
  }

  /** Actions kept and paths left alone. */
  record Guarded(List<Action> actions, List<Skip> skips) {}

  /**
   * The local changes in read-only components that no action of {@code pulled} carries out, as
   * skips with a note (topmost paths only): new and changed files stay local and are not uploaded,
   * local deletions are not sent to OSF.
   */
  List<Skip> readOnlyNotes(
      Snapshot base, Snapshot local, Snapshot remote, List<Action> pulled, Set<RelPath> skipped) {
    Set<RelPath> paths = new TreeSet<>();
    for (Entry entry : local.entries().values()) {
      paths.add(entry.path());
    }
    paths.addAll(base.entries().keySet());
    Set<RelPath> noted = new TreeSet<>();
    List<Skip> notes = new ArrayList<>();
    for (RelPath path : paths) {
      ComponentFolder node = nodeOf(path);
      if (node == null
          || node.writable()
          || Reconciler.isUnder(path, skipped)
          || Reconciler.isUnder(path, noted)) {
        continue;
      }
      Entry l = local.find(path);
      Entry b = base.find(path);
      if (Reconciler.same(l, b) || Reconciler.same(l, remote.find(path))) {
        continue;
      }
      if (pulled.stream().anyMatch(a -> OneWay.touches(a, path) || touchesAncestor(a, path))) {
        continue;
      }
      noted.add(path);
      notes.add(new Skip(path, readOnlyNote(node, l == null)));
    }
    return notes;
  }

  /** The note for a local change left in a read-only component. */
  static String readOnlyNote(ComponentFolder node, boolean deleted) {
    return "component '"
        + node.title()
        + "' is read-only for you; "
        + (deleted ? "deleted here only, still on OSF" : "kept local, not uploaded");
  }

  /** {@code snapshot} with only the entries and problems whose paths {@code keep} accepts. */
  static Snapshot restrict(Snapshot snapshot, Predicate<RelPath> keep) {
    Snapshot.Builder kept = Snapshot.builder();
    for (Entry entry : snapshot.entries().values()) {
      if (keep.test(entry.path())) {
        kept.put(entry);
      }
    }
    snapshot
        .problems()
        .forEach(
            (path, why) -> {
              if (keep.test(path)) {
                kept.problem(path, why);
              }
            });
    return kept.build();
  }

  /** Whether {@code action} changes a folder that holds {@code path}. */
  private static boolean touchesAncestor(Action action, RelPath path) {
    return action.path().isAncestorOf(path);
  }

  private static @Nullable String id(@Nullable ComponentFolder component) {
    return component == null ? null : component.id();
  }
}
