package io.github.osf4j.core.plan;

import io.github.osf4j.core.Action;
import io.github.osf4j.core.Entry;
import io.github.osf4j.core.LocalStamp;
import io.github.osf4j.core.RelPath;
import io.github.osf4j.core.RemoteRef;
import io.github.osf4j.core.Snapshot;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiPredicate;
import org.jspecify.annotations.Nullable;

/**
 * Turns a delete plus a create of the same content into one move, where the other side shows it was
 * a rename: remotely the same OSF file id, locally the same file key (inode). The end state is the
 * one the delete and the create would reach.
 */
final class RenameDetector {

  private final Snapshot base;
  private final Snapshot local;
  private final Snapshot remote;
  private final BiPredicate<RelPath, RelPath> movableOnOsf;

  RenameDetector(Snapshot base, Snapshot local, Snapshot remote) {
    this(base, local, remote, (from, to) -> true);
  }

  /**
   * A detector that folds a remote delete and upload into a move only when {@code movableOnOsf}
   * allows a move between their paths (OSF moves nothing between two components' storages).
   */
  RenameDetector(
      Snapshot base, Snapshot local, Snapshot remote, BiPredicate<RelPath, RelPath> movableOnOsf) {
    this.base = base;
    this.local = local;
    this.remote = remote;
    this.movableOnOsf = movableOnOsf;
  }

  /** The actions with detected renames folded into moves. */
  List<Action> apply(List<Action> actions) {
    Map<String, List<Action.Download>> downloads = new HashMap<>();
    Map<String, List<Action.Upload>> uploads = new HashMap<>();
    for (Action action : actions) {
      if (action instanceof Action.Download d && d.expectedLocal().isEmpty()) {
        index(downloads, remoteId(d.source()), d);
      } else if (action instanceof Action.Upload u && u.expectedRemote().isEmpty()) {
        index(uploads, fileKey(u.source()), u);
      }
    }
    Map<Action, Action> replaced = new HashMap<>();
    Set<Action> dropped = new HashSet<>();
    for (Action action : actions) {
      if (action instanceof Action.DeleteLocal d && remote.find(d.path()) == null) {
        Action.Download create = pick(downloads, remoteId(base.find(d.path())), d);
        if (create != null) {
          dropped.add(create);
          replaced.put(d, new Action.MoveLocal(d.path(), create.path(), d.expected()));
        }
      } else if (action instanceof Action.DeleteRemote d && local.find(d.path()) == null) {
        Action.Upload create = pick(uploads, fileKey(base.find(d.path())), d);
        if (create != null && movableOnOsf.test(d.path(), create.path())) {
          dropped.add(create);
          replaced.put(d, new Action.MoveRemote(d.path(), create.path(), d.expected()));
        }
      }
    }
    List<Action> result = new ArrayList<>();
    for (Action action : actions) {
      if (!dropped.contains(action)) {
        result.add(replaced.getOrDefault(action, action));
      }
    }
    return result;
  }

  /** The one create of the same content under {@code key}, unless the paths nest. */
  private static <A extends Action> @Nullable A pick(
      Map<String, List<A>> creates, @Nullable String key, Action delete) {
    List<A> candidates = key == null ? null : creates.remove(key);
    if (candidates == null || candidates.size() != 1) {
      return null;
    }
    A create = candidates.get(0);
    Entry deleted =
        delete instanceof Action.DeleteLocal d
            ? d.expected()
            : ((Action.DeleteRemote) delete).expected();
    // The deleted path is gone on the other side, so the new path cannot lie inside it; but the
    // new path may be the old path's folder (a folder replaced by one of its files).
    boolean nested = create.path().isAncestorOf(delete.path());
    return !nested && deleted.isFile() && sourceOf(create).sameContentAs(deleted) ? create : null;
  }

  private static Entry sourceOf(Action create) {
    return create instanceof Action.Download d ? d.source() : ((Action.Upload) create).source();
  }

  private static <A extends Action> void index(
      Map<String, List<A>> map, @Nullable String key, A action) {
    if (key != null) {
      map.computeIfAbsent(key, k -> new ArrayList<>()).add(action);
    }
  }

  private static @Nullable String remoteId(@Nullable Entry entry) {
    return Optional.ofNullable(entry).map(Entry::remote).map(RemoteRef::id).orElse(null);
  }

  private static @Nullable String fileKey(@Nullable Entry entry) {
    return Optional.ofNullable(entry).map(Entry::stamp).map(LocalStamp::fileKey).orElse(null);
  }
}
