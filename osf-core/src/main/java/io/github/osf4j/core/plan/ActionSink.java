package io.github.osf4j.core.plan;

import static io.github.osf4j.core.Conflict.Side.LOCAL;

import io.github.osf4j.core.Action;
import io.github.osf4j.core.Conflict;
import io.github.osf4j.core.Entry;
import io.github.osf4j.core.RelPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** Collects the actions and conflicts the reconciler derives. Not thread-safe. */
final class ActionSink {

  private final List<Action> actions = new ArrayList<>();
  private final List<Conflict> conflicts = new ArrayList<>();

  List<Action> actions() {
    return actions;
  }

  List<Conflict> conflicts() {
    return conflicts;
  }

  int size() {
    return actions.size();
  }

  void conflict(Conflict conflict) {
    conflicts.add(conflict);
  }

  /** Keeps {@code side}'s version of {@code path} as {@code copy} on both sides. */
  void copy(Conflict.Side side, RelPath path, RelPath copy, Entry version) {
    Entry moved = version.withPath(copy);
    if (side == LOCAL) {
      actions.add(new Action.MoveLocal(path, copy, version));
      actions.add(new Action.Upload(copy, moved, Optional.empty()));
    } else {
      actions.add(new Action.MoveRemote(path, copy, version));
      actions.add(new Action.Download(copy, moved, Optional.empty()));
    }
  }

  /** Makes {@code side}'s {@code current} state at {@code path} become {@code target}. */
  void converge(RelPath path, @Nullable Entry current, @Nullable Entry target, Conflict.Side side) {
    if (Reconciler.same(current, target)) {
      return;
    }
    boolean replaceFile = current != null && current.isFile() && target != null && target.isFile();
    if (current != null && !replaceFile) {
      actions.add(
          side == LOCAL
              ? new Action.DeleteLocal(path, current)
              : new Action.DeleteRemote(path, current));
    }
    if (target == null) {
      return;
    }
    if (target.isFolder()) {
      actions.add(side == LOCAL ? new Action.MkdirLocal(path) : new Action.MkdirRemote(path));
      return;
    }
    Optional<Entry> expected = Optional.ofNullable(replaceFile ? current : null);
    actions.add(
        side == LOCAL
            ? new Action.Download(path, target, expected)
            : new Action.Upload(path, target, expected));
  }

  /** R4, R14: both sides agree; record {@code entry}, or drop the path when null. */
  void record(RelPath path, @Nullable Entry entry) {
    actions.add(new Action.RecordOnly(path, Optional.ofNullable(entry)));
  }
}
