package io.github.osf4j.core.plan;

import static java.util.Objects.requireNonNull;

import io.github.osf4j.core.Action;
import io.github.osf4j.core.Entry;
import io.github.osf4j.core.LocalStamp;
import io.github.osf4j.core.Plan;
import io.github.osf4j.core.RelPath;
import io.github.osf4j.core.RemoteRef;
import io.github.osf4j.core.Snapshot;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * Applies a plan to snapshots instead of disks and servers: a pure model of a successful run, for
 * tests of the sync properties (no loss, propagation, convergence) and as a reference for
 * executors.
 *
 * <p>Actions run one after the other; each first checks what the plan expects (the target's
 * content, a parent folder, an empty folder before a delete) and throws {@link
 * IllegalStateException} when that does not hold, so an invalid order fails loudly. Entries a
 * transfer creates get the fields of their new side: an upload gets a made-up {@link RemoteRef}
 * ({@code sim-<n>}, or the old id with the next version for an update), a download a made-up {@link
 * LocalStamp}. After each action the base of every touched path becomes the merged entry when both
 * sides hold the same content there, is dropped when both sides lack the path, and is left alone
 * otherwise (P4). Not thread-safe.
 */
public final class PlanSimulator {

  private final NavigableMap<RelPath, Entry> base;
  private final NavigableMap<RelPath, Entry> local;
  private final NavigableMap<RelPath, Entry> remote;
  private int serial;

  private PlanSimulator(State state) {
    this.base = new TreeMap<>(state.base().entries());
    this.local = new TreeMap<>(state.local().entries());
    this.remote = new TreeMap<>(state.remote().entries());
  }

  /**
   * The three snapshots of a sync.
   *
   * @param base the index
   * @param local the local side
   * @param remote the remote side
   */
  public record State(Snapshot base, Snapshot local, Snapshot remote) {
    public State {
      requireNonNull(base, "base");
      requireNonNull(local, "local");
      requireNonNull(remote, "remote");
    }
  }

  /**
   * Returns the state after running every action of {@code plan} on {@code before}, regardless of
   * the plan's safety verdict.
   *
   * @throws IllegalStateException when an action finds its target not as planned
   */
  public static State apply(Plan plan, State before) {
    PlanSimulator simulator = new PlanSimulator(before);
    for (Action action : plan.actions()) {
      simulator.run(action);
    }
    return new State(
        new Snapshot(simulator.base, before.base().problems()),
        new Snapshot(simulator.local, before.local().problems()),
        new Snapshot(simulator.remote, before.remote().problems()));
  }

  private void run(Action action) {
    if (action instanceof Action.Upload u) {
      expect(local, u.path(), Optional.of(u.source()), action);
      Entry old = transfer(remote, u.path(), u.expectedRemote(), action);
      put(remote, u.source().withStamp(null).withSpelling(null).withRemote(nextRef(old)));
    } else if (action instanceof Action.Download d) {
      expect(remote, d.path(), Optional.of(d.source()), action);
      transfer(local, d.path(), d.expectedLocal(), action);
      put(local, d.source().withRemote(null).withSpelling(null).withStamp(nextStamp(d.source())));
    } else if (action instanceof Action.MkdirLocal || action instanceof Action.MkdirRemote) {
      NavigableMap<RelPath, Entry> side = action instanceof Action.MkdirLocal ? local : remote;
      create(side, action.path(), action);
      Entry folder = Entry.folder(action.path());
      put(side, side == local ? folder : folder.withRemote(new RemoteRef(nextId(), 0)));
    } else if (action instanceof Action.DeleteLocal d) {
      delete(local, d.path(), d.expected(), action);
    } else if (action instanceof Action.DeleteRemote d) {
      delete(remote, d.path(), d.expected(), action);
    } else if (action instanceof Action.MoveLocal m) {
      move(local, m.from(), m.path(), m.expected(), action);
    } else if (action instanceof Action.MoveRemote m) {
      move(remote, m.from(), m.path(), m.expected(), action);
    } else {
      record((Action.RecordOnly) action);
    }
    settle(action.path());
  }

  private @Nullable Entry transfer(
      NavigableMap<RelPath, Entry> side, RelPath path, Optional<Entry> expected, Action action) {
    Entry old = expect(side, path, expected, action);
    if (old == null) {
      create(side, path, action);
    }
    return old;
  }

  private void delete(
      NavigableMap<RelPath, Entry> side, RelPath path, Entry expected, Action action) {
    expect(side, path, Optional.of(expected), action);
    Map.Entry<RelPath, Entry> next = side.higherEntry(path);
    check(next == null || !path.isAncestorOf(next.getKey()), action, "folder not empty");
    side.remove(path);
  }

  private void move(
      NavigableMap<RelPath, Entry> side, RelPath from, RelPath to, Entry expected, Action action) {
    Entry moved = requireNonNull(expect(side, from, Optional.of(expected), action));
    check(moved.isFile(), action, "only files move");
    create(side, to, action);
    side.remove(from);
    put(side, moved.withPath(to));
    settle(from);
  }

  private void record(Action.RecordOnly action) {
    expect(local, action.path(), action.entry(), action);
    expect(remote, action.path(), action.entry(), action);
  }

  /** Checks that {@code path} is absent and its parent is a folder. */
  private void create(NavigableMap<RelPath, Entry> side, RelPath path, Action action) {
    check(!side.containsKey(path), action, "target exists");
    Optional<RelPath> parentPath = path.parent();
    Entry parent = parentPath.isPresent() ? side.get(parentPath.get()) : Entry.folder(path);
    check(parent != null && parent.isFolder(), action, "no parent folder");
  }

  private static @Nullable Entry expect(
      NavigableMap<RelPath, Entry> side, RelPath path, Optional<Entry> expected, Action action) {
    Entry current = side.get(path);
    check(
        Reconciler.same(current, expected.orElse(null)),
        action,
        "found " + current + ", expected " + expected);
    return current;
  }

  private void settle(RelPath path) {
    Entry l = local.get(path);
    Entry r = remote.get(path);
    if (l == null && r == null) {
      base.remove(path);
    } else if (l != null && r != null && l.sameContentAs(r)) {
      put(base, l.withRemote(r.remote()));
    }
  }

  private static void put(Map<RelPath, Entry> side, Entry entry) {
    side.put(entry.path(), entry);
  }

  private RemoteRef nextRef(@Nullable Entry old) {
    RemoteRef ref = old == null ? null : old.remote();
    return ref == null ? new RemoteRef(nextId(), 1) : new RemoteRef(ref.id(), ref.version() + 1);
  }

  private LocalStamp nextStamp(Entry source) {
    return new LocalStamp(source.size(), 0, nextId());
  }

  private String nextId() {
    serial++;
    return "sim-" + serial;
  }

  private static void check(boolean ok, Action action, String problem) {
    if (!ok) {
      throw new IllegalStateException(
          action.type() + " " + action.path() + ": " + problem + " (" + action + ")");
    }
  }
}
