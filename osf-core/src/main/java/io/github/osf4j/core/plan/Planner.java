package io.github.osf4j.core.plan;

import static java.util.Objects.requireNonNull;

import io.github.osf4j.core.Action;
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
    List<Skip> skips = new SkipFinder(rules).find(local, remote);
    Set<RelPath> skipped = new HashSet<>();
    skips.forEach(skip -> skipped.add(skip.path()));
    ConflictNames names =
        new ConflictNames(clock.instant(), existing(base, local, remote), rules.caseInsensitive());
    boolean oneWay = options.mode() != SyncMode.BOTH_WAYS;
    ConflictPolicy policy = oneWay ? OneWay.policy(options.mode()) : options.policy();
    ActionSink sink = new Reconciler(base, local, remote, skipped, policy, names).run();
    List<Action> actions = sink.actions();
    List<Conflict> conflicts = sink.conflicts();
    if (oneWay) {
      OneWay.Narrowed narrowed =
          new OneWay(options.mode(), options.deletes()).narrow(actions, conflicts);
      actions = narrowed.actions();
      conflicts = narrowed.conflicts();
      skips = new ArrayList<>(skips);
      skips.addAll(narrowed.skips());
    }
    if (detectRenames) {
      actions = new RenameDetector(base, local, remote).apply(actions);
    }
    ActionOrder.Ordered ordered = ActionOrder.sort(actions);
    actions = ordered.actions();
    if (!ordered.stuck().isEmpty()) {
      skips = new ArrayList<>(skips);
      Set<RelPath> cyclic = new java.util.TreeSet<>();
      ordered.stuck().forEach(action -> cyclic.add(action.path()));
      for (RelPath path : cyclic) {
        skips.add(new Skip(path, "osf4j could not order the changes planned here; left alone"));
      }
    }
    Safety safety = SafetyGate.check(actions, base, local, remote, options);
    return new Plan(actions, conflicts, skips, safety);
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
