package io.github.osf4j.core.plan;

import io.github.osf4j.core.Action;
import io.github.osf4j.core.Conflict;
import io.github.osf4j.core.ConflictPolicy;
import io.github.osf4j.core.RelPath;
import io.github.osf4j.core.Skip;
import io.github.osf4j.core.SyncMode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Narrows a two-way plan to one direction (docs/SYNC-RULES.md, "One-way modes"). The two-way plan
 * is made with the source side keeping the name in conflicts, so the target side's changed version
 * is moved to a conflict copy on the target side before it is replaced. This keeps the actions on
 * the target side only, minus the transfers of the source side's own conflict copies and, without
 * {@code deletes}, minus deletions; a path whose change needs a deletion that is not allowed is
 * skipped with its subtree. A conflict the source side does not win is skipped with a reason.
 *
 * <p>The index still advances only where both sides end equal, so whatever a one-way run leaves
 * behind is seen by the next run of any mode.
 */
final class OneWay {

  /** The narrowed actions, the conflicts acted on, and the paths left alone. */
  record Narrowed(List<Action> actions, List<Conflict> conflicts, List<Skip> skips) {}

  private final boolean push;
  private final boolean deletes;

  /**
   * @param mode {@link SyncMode#PUSH} or {@link SyncMode#PULL}
   * @param deletes whether deletions propagate to the target side
   */
  OneWay(SyncMode mode, boolean deletes) {
    if (mode == SyncMode.BOTH_WAYS) {
      throw new IllegalArgumentException("not a one-way mode: " + mode);
    }
    this.push = mode == SyncMode.PUSH;
    this.deletes = deletes;
  }

  /** The conflict policy the two-way plan is made with: the source side keeps the name. */
  static ConflictPolicy policy(SyncMode mode) {
    return mode == SyncMode.PUSH ? ConflictPolicy.PREFER_LOCAL : ConflictPolicy.KEEP_BOTH;
  }

  Narrowed narrow(List<Action> actions, List<Conflict> conflicts) {
    Set<RelPath> sourceCopies = new HashSet<>();
    for (Action action : actions) {
      if (push ? action instanceof Action.MoveLocal : action instanceof Action.MoveRemote) {
        sourceCopies.add(action.path());
      }
    }
    List<Action> kept = new ArrayList<>();
    Set<RelPath> refusedDeletes = new TreeSet<>();
    for (Action action : actions) {
      if (action instanceof Action.RecordOnly) {
        kept.add(action);
      } else if (!onTarget(action) || sourceCopies.contains(action.path())) {
        continue; // the source side's change, or the transfer of its conflict copy
      } else if (!deletes && isDelete(action)) {
        refusedDeletes.add(action.path());
      } else {
        kept.add(action);
      }
    }
    List<Skip> skips = new ArrayList<>();
    Set<RelPath> roots = new TreeSet<>();
    for (RelPath refused : refusedDeletes) {
      if (!under(refused, roots) && kept.stream().anyMatch(a -> touches(a, refused))) {
        roots.add(refused);
        skips.add(new Skip(refused, replaceReason()));
      }
    }
    List<Conflict> actedOn = new ArrayList<>();
    Conflict.Side source = push ? Conflict.Side.LOCAL : Conflict.Side.REMOTE;
    for (Conflict conflict : conflicts) {
      if (under(conflict.path(), roots)) {
        continue;
      }
      if (conflict.winner() == source) {
        actedOn.add(conflict);
      } else {
        roots.add(conflict.path());
        skips.add(new Skip(conflict.path(), conflictReason()));
      }
    }
    List<Action> narrowed = new ArrayList<>();
    for (Action action : kept) {
      if (action instanceof Action.RecordOnly
          || roots.stream().noneMatch(r -> touches(action, r))) {
        narrowed.add(action);
      }
    }
    return new Narrowed(narrowed, actedOn, skips);
  }

  private boolean onTarget(Action action) {
    boolean remote =
        action instanceof Action.Upload
            || action instanceof Action.MkdirRemote
            || action instanceof Action.DeleteRemote
            || action instanceof Action.MoveRemote;
    return remote == push;
  }

  private static boolean isDelete(Action action) {
    return action instanceof Action.DeleteLocal || action instanceof Action.DeleteRemote;
  }

  /** Whether {@code action} changes {@code root} or anything inside it. */
  static boolean touches(Action action, RelPath root) {
    if (within(action.path(), root)) {
      return true;
    }
    RelPath from =
        action instanceof Action.MoveLocal m
            ? m.from()
            : action instanceof Action.MoveRemote m ? m.from() : null;
    return from != null && within(from, root);
  }

  private static boolean under(RelPath path, Set<RelPath> roots) {
    return roots.stream().anyMatch(root -> within(path, root));
  }

  private static boolean within(RelPath path, RelPath root) {
    return path.equals(root) || root.isAncestorOf(path);
  }

  private String replaceReason() {
    return push
        ? "pushing the local change here would delete what OSF holds; push --delete or sync"
            + " does it"
        : "pulling OSF's change here would delete what the local folder holds; pull --delete or"
            + " sync does it";
  }

  private String conflictReason() {
    return push
        ? "changed on OSF since the last sync, so push leaves it alone; sync keeps both versions"
        : "changed locally since the last sync, so pull leaves it alone; sync keeps both versions";
  }
}
