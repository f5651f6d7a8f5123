package io.github.osf4j.core.sync;

import io.github.osf4j.core.Action;
import io.github.osf4j.core.RelPath;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A multiset of paths answering whether a path is related to one of them: the same path, an
 * ancestor or a descendant. Not thread-safe.
 */
final class ExecutorPaths {
  private final NavigableMap<RelPath, Integer> counts = new TreeMap<>();

  /** The paths an action touches: its path, and for moves also where it comes from. */
  static RelPath[] touched(Action action) {
    if (action instanceof Action.MoveRemote m) {
      return new RelPath[] {m.from(), m.path()};
    }
    if (action instanceof Action.MoveLocal m) {
      return new RelPath[] {m.from(), m.path()};
    }
    return new RelPath[] {action.path()};
  }

  void add(Action action) {
    for (RelPath path : touched(action)) {
      counts.merge(path, 1, Integer::sum);
    }
  }

  void remove(Action action) {
    for (RelPath path : touched(action)) {
      counts.computeIfPresent(path, (p, n) -> n == 1 ? null : n - 1);
    }
  }

  /** A path here that {@code action} touches, is inside, or contains; empty when none. */
  Optional<RelPath> related(Action action) {
    for (RelPath path : touched(action)) {
      Optional<RelPath> found = related(path);
      if (found.isPresent()) {
        return found;
      }
    }
    return Optional.empty();
  }

  private Optional<RelPath> related(RelPath path) {
    for (Optional<RelPath> p = Optional.of(path); p.isPresent(); p = p.get().parent()) {
      if (counts.containsKey(p.get())) {
        return p;
      }
    }
    RelPath next = counts.higherKey(path);
    return next != null && path.isAncestorOf(next) ? Optional.of(next) : Optional.empty();
  }
}
