package io.github.osf4j.core.plan;

import static java.util.Objects.requireNonNull;

import io.github.osf4j.core.Action;
import io.github.osf4j.core.ComponentFolder;
import io.github.osf4j.core.Conflict;
import io.github.osf4j.core.ConflictPolicy;
import io.github.osf4j.core.Plan;
import io.github.osf4j.core.RelPath;
import io.github.osf4j.core.Safety;
import io.github.osf4j.core.Skip;
import io.github.osf4j.core.Snapshot;
import io.github.osf4j.core.SyncMode;
import io.github.osf4j.core.SyncOptions;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Plans a sync: a pure function from the base (the state at the last sync), the local and the
 * remote snapshot to a {@link Plan} that follows the decision table of docs/SYNC-RULES.md.
 *
 * <p>Use: {@code new Planner(clock).plan(base, local, remote, options)}; the clock only names
 * conflict copies. Immutable and thread-safe.
 *
 * <ul>
 *   <li>A path is changed on a side when its kind or content hash differs from the base; an entry
 *       with unknown hashes counts as changed. Timestamps never decide.
 *   <li>Paths either side reports as problems, names this file system cannot hold and case twins on
 *       a case-insensitive file system are skipped with their subtrees, never deleted.
 *   <li>Conflicts keep both versions. {@code KEEP_BOTH} lets the remote version keep the name,
 *       {@code PREFER_LOCAL} the local one, {@code PREFER_NEWER} the one modified last (the local
 *       file's mtime against OSF's {@code modified_utc}; remote on a tie or when either is
 *       unknown).
 *   <li>One-way modes ({@link SyncMode#PUSH}, {@link SyncMode#PULL}) plan both ways with the source
 *       side keeping the name, then keep only the target side's actions ({@link OneWay}).
 *   <li>Components ({@link SyncOptions#components()}): nothing moves between two nodes' storages (a
 *       move there is an upload and a delete), a component's own folder is never deleted on OSF,
 *       the folder of a component OSF no longer shows is left alone, and a read-only component is
 *       only pulled (its local changes are skipped with a note).
 *   <li>Safety: the plan is {@link Safety.Unsafe} (its actions still listed) when the local root is
 *       empty while the base is not (a missing root scans as empty) or when it would delete more
 *       than {@code options.maxDeletePercent()} of either side's files; {@code options.force()}
 *       turns both gates off.
 * </ul>
 */
public final class Planner {

  private final Clock clock;
  private final NameRules rules;
  private final boolean detectRenames;

  /** A planner for this machine's file system ({@link NameRules#forThisMachine()}). */
  public Planner(Clock clock) {
    this(clock, NameRules.forThisMachine());
  }

  /** A planner for a local file system with the given naming rules. */
  public Planner(Clock clock, NameRules rules) {
    this(clock, rules, true);
  }

  Planner(Clock clock, NameRules rules, boolean detectRenames) {
    this.clock = requireNonNull(clock, "clock");
    this.rules = requireNonNull(rules, "rules");
    this.detectRenames = detectRenames;
  }

  /** The same planner without rename detection (for tests comparing end states). */
  Planner withoutRenameDetection() {
    return new Planner(clock, rules, false);
  }

  /**
   * Plans what brings {@code local} and {@code remote} in sync, given {@code base}, the state both
   * had at the last successful sync (empty for a first sync).
   */
  public Plan plan(Snapshot base, Snapshot local, Snapshot remote, SyncOptions options) {
    List<Skip> skips = new ArrayList<>(new SkipFinder(rules).find(local, remote));
    Set<RelPath> skipped = new HashSet<>();
    skips.forEach(skip -> skipped.add(skip.path()));
    ComponentBounds bounds = new ComponentBounds(options.components());
    for (Skip gone : bounds.gone(skipped)) {
      skips.add(gone);
      skipped.add(gone.path());
    }
    ConflictNames names =
        new ConflictNames(clock.instant(), existing(base, local, remote), rules.caseInsensitive());
    Part part;
    if (bounds.pullsSome()) {
      part = withReadOnly(base, local, remote, options, bounds, skipped, names);
    } else {
      part = part(base, local, remote, options, bounds, skipped, names);
    }
    skips.addAll(part.skips());
    List<Action> actions = part.actions();
    if (!bounds.isEmpty()) {
      ComponentBounds.Guarded guarded = bounds.keepComponentFolders(actions, base, local, remote);
      actions = guarded.actions();
      Set<RelPath> listed = new HashSet<>();
      skips.forEach(skip -> listed.add(skip.path()));
      guarded.skips().stream().filter(skip -> !listed.contains(skip.path())).forEach(skips::add);
    }
    ActionOrder.Ordered ordered = ActionOrder.sort(actions);
    actions = ordered.actions();
    if (!ordered.stuck().isEmpty()) {
      Set<RelPath> cyclic = new java.util.TreeSet<>();
      ordered.stuck().forEach(action -> cyclic.add(action.path()));
      for (RelPath path : cyclic) {
        skips.add(new Skip(path, "osf4j could not order the changes planned here; left alone"));
      }
    }
    Safety safety = SafetyGate.check(actions, base, local, remote, options);
    return new Plan(actions, part.conflicts(), skips, safety);
  }

  /**
   * The plan's actions, conflicts and skips for one part of the tree, unordered: the decision
   * table, narrowed to one direction in a one-way mode, with renames folded into moves (never
   * between two nodes' storages).
   */
  private Part part(
      Snapshot base,
      Snapshot local,
      Snapshot remote,
      SyncOptions options,
      ComponentBounds bounds,
      Set<RelPath> skipped,
      ConflictNames names) {
    boolean oneWay = options.mode() != SyncMode.BOTH_WAYS;
    ConflictPolicy policy = oneWay ? OneWay.policy(options.mode()) : options.policy();
    ActionSink sink = new Reconciler(base, local, remote, skipped, policy, names).run();
    List<Action> actions = sink.actions();
    List<Conflict> conflicts = sink.conflicts();
    List<Skip> skips = List.of();
    if (oneWay) {
      OneWay.Narrowed narrowed =
          new OneWay(options.mode(), options.deletes()).narrow(actions, conflicts);
      actions = narrowed.actions();
      conflicts = narrowed.conflicts();
      skips = narrowed.skips();
    }
    if (detectRenames) {
      actions = new RenameDetector(base, local, remote, bounds::sameNode).apply(actions);
    }
    return new Part(actions, conflicts, skips);
  }

  /**
   * Plans the writable part of the tree with {@code options} and the read-only components' part as
   * a pull (deletions included in a two-way run; nothing at all in a push), then notes the local
   * changes there that stay local.
   */
  private Part withReadOnly(
      Snapshot base,
      Snapshot local,
      Snapshot remote,
      SyncOptions options,
      ComponentBounds bounds,
      Set<RelPath> skipped,
      ConflictNames names) {
    Predicate<RelPath> pulled = bounds::pulledOnly;
    Predicate<RelPath> both = pulled.negate();
    Part writable =
        part(
            ComponentBounds.restrict(base, both),
            ComponentBounds.restrict(local, both),
            ComponentBounds.restrict(remote, both),
            options,
            bounds,
            skipped,
            names);
    Part readOnly = new Part(List.of(), List.of(), List.of());
    if (options.mode() != SyncMode.PUSH) {
      boolean deletes = options.mode() == SyncMode.BOTH_WAYS || options.deletes();
      readOnly =
          part(
              ComponentBounds.restrict(base, pulled),
              ComponentBounds.restrict(local, pulled),
              ComponentBounds.restrict(remote, pulled),
              options.withMode(SyncMode.PULL, deletes),
              bounds,
              skipped,
              names);
      if (options.mode() == SyncMode.BOTH_WAYS) {
        readOnly = readOnly.withSkipReasons(bounds);
      }
    }
    Set<RelPath> left = new HashSet<>(skipped);
    readOnly.skips().forEach(skip -> left.add(skip.path()));
    List<Skip> notes = bounds.readOnlyNotes(base, local, remote, readOnly.actions(), left);
    return writable.plus(readOnly).plus(new Part(List.of(), List.of(), notes));
  }

  /** Actions, conflicts and skips of one part of the tree. */
  private record Part(List<Action> actions, List<Conflict> conflicts, List<Skip> skips) {

    Part plus(Part other) {
      return new Part(
          concat(actions, other.actions),
          concat(conflicts, other.conflicts),
          concat(skips, other.skips));
    }

    /**
     * In a two-way run, a path the pull leaves alone in a read-only component is left because the
     * user cannot write there, not because of the one-way mode.
     */
    Part withSkipReasons(ComponentBounds bounds) {
      List<Skip> renamed = new ArrayList<>();
      for (Skip skip : skips) {
        ComponentFolder node = java.util.Objects.requireNonNull(bounds.nodeOf(skip.path()));
        renamed.add(new Skip(skip.path(), ComponentBounds.readOnlyNote(node, false)));
      }
      return new Part(actions, conflicts, renamed);
    }

    private static <T> List<T> concat(List<T> a, List<T> b) {
      List<T> all = new ArrayList<>(a);
      all.addAll(b);
      return all;
    }
  }

  private static List<RelPath> existing(Snapshot... snapshots) {
    List<RelPath> paths = new ArrayList<>();
    for (Snapshot snapshot : snapshots) {
      paths.addAll(snapshot.entries().keySet());
      paths.addAll(snapshot.problems().keySet());
    }
    return paths;
  }
}
