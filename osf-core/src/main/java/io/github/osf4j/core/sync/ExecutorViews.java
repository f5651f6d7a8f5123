package io.github.osf4j.core.sync;

import io.github.osf4j.core.Entry;
import io.github.osf4j.core.RelPath;
import io.github.osf4j.core.Snapshot;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * The executor's running picture of both sides and of the new index. Each finished action updates
 * the side it changed; then every touched path whose two sides now hold the same content is
 * recorded in the index, and every path now absent on both sides is dropped from it (P4: the index
 * holds the old base or a state present on both sides). Thread-safe.
 */
final class ExecutorViews {
  private final NavigableMap<RelPath, Entry> local;
  private final NavigableMap<RelPath, Entry> remote;
  private final NavigableMap<RelPath, Entry> index;
  private final Snapshot plannedRemote;
  private final IndexRecorder recorder;

  ExecutorViews(ExecutorInput input, IndexRecorder recorder) {
    this.local = new TreeMap<>(input.local().entries());
    this.remote = new TreeMap<>(input.freshRemote().entries());
    this.index = new TreeMap<>(input.base().entries());
    this.plannedRemote = input.plannedRemote();
    this.recorder = recorder;
  }

  synchronized @Nullable Entry local(RelPath path) {
    return local.get(path);
  }

  synchronized @Nullable Entry remote(RelPath path) {
    return remote.get(path);
  }

  /** Whether every remote entry inside {@code folder} was there, the same, when planning. */
  synchronized boolean remoteSubtreeAsPlanned(RelPath folder) {
    for (Entry now : inside(remote, folder)) {
      Entry planned = plannedRemote.find(now.path());
      if (planned == null || !planned.sameContentAs(now)) {
        return false;
      }
    }
    return true;
  }

  synchronized void putLocal(Entry entry) {
    local.put(entry.path(), entry);
  }

  synchronized void putRemote(Entry entry) {
    remote.put(entry.path(), entry);
  }

  synchronized void removeLocal(RelPath path) {
    removeTree(local, path);
  }

  synchronized void removeRemote(RelPath path) {
    removeTree(remote, path);
  }

  /** {@code from}'s local subtree now lies under {@code moved.path()}. */
  synchronized void moveLocal(RelPath from, Entry moved) {
    moveTree(local, from, moved);
  }

  /** {@code from}'s remote subtree now lies under {@code moved.path()}. */
  synchronized void moveRemote(RelPath from, Entry moved) {
    moveTree(remote, from, moved);
  }

  /** Brings the index up to date for {@code roots} and everything inside them. */
  synchronized void settle(RelPath... roots) throws IOException {
    TreeSet<RelPath> paths = new TreeSet<>();
    for (RelPath root : roots) {
      paths.add(root);
      for (NavigableMap<RelPath, Entry> view : List.of(local, remote, index)) {
        inside(view, root).forEach(e -> paths.add(e.path()));
      }
    }
    for (RelPath path : paths) {
      settleOne(path);
    }
  }

  /** Records what the plan says both sides agree on (R4, R14). */
  synchronized void record(RelPath path, Optional<Entry> entry) throws IOException {
    if (entry.isPresent()) {
      index.put(path, entry.get());
    } else {
      index.remove(path);
    }
    recorder.record(path, entry);
  }

  private void settleOne(RelPath path) throws IOException {
    Entry l = local.get(path);
    Entry r = remote.get(path);
    Entry b = index.get(path);
    if (l == null && r == null) {
      if (b != null) {
        index.remove(path);
        recorder.record(path, Optional.empty());
      }
    } else if (l != null && r != null && l.sameContentAs(r)) {
      Entry merged = merge(l, r);
      if (!merged.equals(b)) {
        index.put(path, merged);
        recorder.record(path, Optional.of(merged));
      }
    }
  }

  /** The local entry (stamp, spelling) with the remote reference and every hash either knows. */
  static Entry merge(Entry l, Entry r) {
    return new Entry(
        l.path(),
        l.kind(),
        l.size(),
        l.md5() != null ? l.md5() : r.md5(),
        l.sha256() != null ? l.sha256() : r.sha256(),
        r.remote(),
        l.stamp(),
        l.spelling());
  }

  private static List<Entry> inside(NavigableMap<RelPath, Entry> view, RelPath folder) {
    List<Entry> found = new ArrayList<>();
    for (Entry e : view.tailMap(folder, false).values()) {
      if (!folder.isAncestorOf(e.path())) {
        break;
      }
      found.add(e);
    }
    return found;
  }

  private static void removeTree(NavigableMap<RelPath, Entry> view, RelPath path) {
    for (Entry e : inside(view, path)) {
      view.remove(e.path());
    }
    view.remove(path);
  }

  private static void moveTree(NavigableMap<RelPath, Entry> view, RelPath from, Entry moved) {
    List<Entry> children = inside(view, from);
    removeTree(view, from);
    String prefix = moved.path().value();
    for (Entry e : children) {
      RelPath to = RelPath.of(prefix + e.path().value().substring(from.value().length()));
      view.put(to, e.withPath(to));
    }
    view.put(moved.path(), moved);
  }
}
