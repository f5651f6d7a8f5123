package io.github.osf4j.core.plan;

import io.github.osf4j.core.Action;
import io.github.osf4j.core.RelPath;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;

/**
 * Puts actions in an order that is valid one after the other (the ordering contract of {@link
 * io.github.osf4j.core.Plan}): on each side, a path is emptied (deleted or moved away) before it is
 * filled, a folder is created before anything inside it, a folder is deleted after everything
 * inside it is gone, and a file is uploaded or downloaded after it was put where it is read. Among
 * free actions, path order wins.
 */
final class ActionOrder {

  private static final Comparator<Action> DISPLAY =
      Comparator.comparing(Action::path).thenComparing(Action::type);

  private final List<Action> actions;
  private final List<List<Integer>> next = new ArrayList<>();
  private final int[] waiting;
  private final Map<String, List<Integer>> effects = new HashMap<>();

  private ActionOrder(List<Action> actions) {
    this.actions = actions;
    this.waiting = new int[actions.size()];
    for (int i = 0; i < actions.size(); i++) {
      next.add(new ArrayList<>());
      index(i, actions.get(i));
    }
  }

  /**
   * The actions in a valid order, and those left out because they wait on each other in a cycle
   * (with everything that waits on them). No listing should lead to a cycle; if one does, its paths
   * are left alone rather than the whole plan failing.
   */
  record Ordered(List<Action> actions, List<Action> stuck) {}

  /** The actions in a valid order (see {@link Ordered}). */
  static Ordered sort(List<Action> actions) {
    return new ActionOrder(List.copyOf(actions)).sorted();
  }

  private Ordered sorted() {
    for (int i = 0; i < actions.size(); i++) {
      link(i, actions.get(i));
    }
    PriorityQueue<Integer> ready = new PriorityQueue<>(Comparator.comparing(actions::get, DISPLAY));
    for (int i = 0; i < waiting.length; i++) {
      if (waiting[i] == 0) {
        ready.add(i);
      }
    }
    List<Action> out = new ArrayList<>();
    while (!ready.isEmpty()) {
      int i = ready.poll();
      out.add(actions.get(i));
      for (int j : next.get(i)) {
        if (--waiting[j] == 0) {
          ready.add(j);
        }
      }
    }
    List<Action> stuck = new ArrayList<>();
    for (int i = 0; i < waiting.length; i++) {
      if (waiting[i] > 0) {
        stuck.add(actions.get(i));
      }
    }
    stuck.sort(DISPLAY);
    return new Ordered(out, stuck);
  }

  private void index(int i, Action action) {
    String side = side(action);
    Optional<RelPath> vacated = vacated(action);
    vacated.ifPresent(p -> put("vacate" + side, p, i));
    filled(action).ifPresent(p -> put("fill" + side, p, i));
    if (action instanceof Action.MkdirLocal || action instanceof Action.MkdirRemote) {
      put("mkdir" + side, action.path(), i);
    }
    if (vacated.isPresent() && filled(action).isEmpty()) {
      put("rmdir" + side, action.path(), i); // a delete: whatever is inside goes first
    }
  }

  private void link(int i, Action action) {
    String side = side(action);
    Optional<RelPath> filled = filled(action);
    if (filled.isPresent()) {
      before("vacate" + side, filled.get(), i);
      ancestors(filled.get(), p -> before("mkdir" + side, p, i));
    }
    vacated(action).ifPresent(p -> ancestors(p, q -> after("rmdir" + side, q, i)));
    if (action instanceof Action.Upload) {
      before("fillL", action.path(), i);
    } else if (action instanceof Action.Download) {
      before("fillR", action.path(), i);
    }
  }

  /** Adds edges from every action under {@code key} at {@code path} to action {@code i}. */
  private void before(String key, RelPath path, int i) {
    for (int j : effects.getOrDefault(key + ":" + path.value(), List.of())) {
      edge(j, i);
    }
  }

  private void after(String key, RelPath path, int i) {
    for (int j : effects.getOrDefault(key + ":" + path.value(), List.of())) {
      edge(i, j);
    }
  }

  private void edge(int from, int to) {
    next.get(from).add(to);
    waiting[to]++;
  }

  private void put(String key, RelPath path, int i) {
    effects.computeIfAbsent(key + ":" + path.value(), k -> new ArrayList<>()).add(i);
  }

  private static void ancestors(RelPath path, java.util.function.Consumer<RelPath> each) {
    for (Optional<RelPath> p = path.parent(); p.isPresent(); p = p.get().parent()) {
      each.accept(p.get());
    }
  }

  private static String side(Action action) {
    return action instanceof Action.Upload
            || action instanceof Action.MkdirRemote
            || action instanceof Action.DeleteRemote
            || action instanceof Action.MoveRemote
        ? "R"
        : "L";
  }

  private static Optional<RelPath> filled(Action action) {
    return action instanceof Action.DeleteLocal
            || action instanceof Action.DeleteRemote
            || action instanceof Action.RecordOnly
        ? Optional.empty()
        : Optional.of(action.path());
  }

  private static Optional<RelPath> vacated(Action action) {
    if (action instanceof Action.MoveLocal m) {
      return Optional.of(m.from());
    }
    if (action instanceof Action.MoveRemote m) {
      return Optional.of(m.from());
    }
    return action instanceof Action.DeleteLocal || action instanceof Action.DeleteRemote
        ? Optional.of(action.path())
        : Optional.empty();
  }
}
