package io.github.osf4j.core.plan;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.osf4j.core.Action;
import io.github.osf4j.core.Conflict;
import io.github.osf4j.core.Entry;
import io.github.osf4j.core.Plan;
import io.github.osf4j.core.RelPath;
import io.github.osf4j.core.Skip;
import io.github.osf4j.core.Snapshot;
import io.github.osf4j.core.SyncOptions;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.jspecify.annotations.Nullable;

/**
 * docs/SYNC-RULES.md properties P1-P5 and P8 over random base trees perturbed on both sides. The
 * number of tries per property is {@code jqwik.tries.default} (junit-platform.properties; the
 * mutation profile lowers it).
 */
final class SyncPropertiesTest {

  @Provide
  Arbitrary<Scenario> scenarios() {
    return Arbitraries.longs().map(Scenario::generate);
  }

  @Property
  void p1P3NoChangedVersionIsLostAndConflictsKeepBoth(@ForAll("scenarios") Scenario s) {
    Outcome run = Outcome.of(s, planner(s));

    for (Snapshot side : List.of(s.local(), s.remote())) {
      for (Entry e : side.entries().values()) {
        if (!e.isFile() || Reconciler.same(e, s.base().find(e.path()))) {
          continue;
        }
        if (run.isSkipped(e.path())) {
          assertThat(side == s.local() ? run.after.local() : run.after.remote())
              .matches(after -> Reconciler.same(after.find(e.path()), e), "skipped stays");
        } else {
          assertThat(holds(run.after.local().entries().values(), e))
              .as("local keeps %s", e)
              .isTrue();
          assertThat(holds(run.after.remote().entries().values(), e))
              .as("remote keeps %s", e)
              .isTrue();
        }
      }
    }
  }

  @Property
  void p2OneSidedChangesPropagateAndBothSidesEndEqual(@ForAll("scenarios") Scenario s) {
    Outcome run = Outcome.of(s, planner(s));

    for (RelPath path : run.paths()) {
      if (run.isSkipped(path)) {
        continue;
      }
      Entry l = run.after.local().find(path);
      Entry r = run.after.remote().find(path);
      assertThat(Reconciler.same(l, r)).as("%s: %s vs %s", path, l, r).isTrue();
      Entry b = s.base().find(path);
      Entry l0 = s.local().find(path);
      Entry r0 = s.remote().find(path);
      if (!Reconciler.same(l0, b) && Reconciler.same(r0, b) && notFolder(l0) && notFolder(r0)) {
        assertThat(Reconciler.same(l, l0)).as("local change at %s", path).isTrue();
      }
      if (!Reconciler.same(r0, b) && Reconciler.same(l0, b) && notFolder(l0) && notFolder(r0)) {
        assertThat(Reconciler.same(r, r0)).as("remote change at %s", path).isTrue();
      }
    }
  }

  @Property
  void p4TheIndexHoldsTheOldBaseOrAStatePresentOnBothSides(@ForAll("scenarios") Scenario s) {
    Outcome run = Outcome.of(s, planner(s));

    for (Entry e : run.after.base().entries().values()) {
      boolean old = e.equals(s.base().find(e.path()));
      boolean onBoth =
          Reconciler.same(e, run.after.local().find(e.path()))
              && Reconciler.same(e, run.after.remote().find(e.path()));
      assertThat(old || onBoth).as("index entry %s", e).isTrue();
    }
  }

  @Property
  void p5PlanningAgainAfterARunFindsNothingToDo(@ForAll("scenarios") Scenario s) {
    Planner planner = planner(s);
    Outcome run = Outcome.of(s, planner);

    Plan again = planner.plan(run.after.base(), run.after.local(), run.after.remote(), options(s));

    assertThat(again.actions()).isEmpty();
    assertThat(again.conflicts()).isEmpty();
  }

  @Property
  void p8SwappingTheSidesMirrorsThePlan(@ForAll("scenarios") Scenario s) {
    Scenario plain = s.plain();
    Scenario mirror = s.mirrored();
    SyncOptions options = options(s).withPolicy(io.github.osf4j.core.ConflictPolicy.KEEP_BOTH);
    SyncOptions mirrored = options.withPolicy(io.github.osf4j.core.ConflictPolicy.PREFER_LOCAL);

    Plan plan = planner(s).plan(plain.base(), plain.local(), plain.remote(), options);
    Plan other = planner(s).plan(mirror.base(), mirror.local(), mirror.remote(), mirrored);

    assertThat(Mirror.actions(other, true)).isEqualTo(Mirror.actions(plan, false));
    assertThat(Mirror.conflicts(other, true)).isEqualTo(Mirror.conflicts(plan, false));
    assertThat(other.skipped())
        .extracting(Skip::path)
        .isEqualTo(plan.skipped().stream().map(Skip::path).toList());
  }

  @Property
  void renameDetectionReachesTheSameEndStateAsDeleteAndCreate(@ForAll("scenarios") Scenario s) {
    Planner planner = planner(s);

    Outcome with = Outcome.of(s, planner);
    Outcome without = Outcome.of(s, planner.withoutRenameDetection());

    assertThat(Fx.contents(with.after.local())).isEqualTo(Fx.contents(without.after.local()));
    assertThat(Fx.contents(with.after.remote())).isEqualTo(Fx.contents(without.after.remote()));
  }

  @Property
  void listingsWithoutHashesNeverCrashThePlanNorMoveAPathBothWays(
      @ForAll("scenarios") Scenario s, @ForAll long seed) {
    java.util.Random random = new java.util.Random(seed);
    Snapshot.Builder stripped = Snapshot.builder();
    for (Entry e : s.remote().entries().values()) {
      stripped.put(
          e.isFile() && random.nextBoolean()
              ? new Entry(e.path(), e.kind(), e.size(), null, null, e.remote(), null, e.spelling())
              : e);
    }
    s.remote().problems().forEach(stripped::problem);

    Plan plan = planner(s).plan(s.base(), s.local(), stripped.build(), options(s));

    java.util.Set<RelPath> uploaded = new java.util.HashSet<>();
    plan.actions().stream()
        .filter(a -> a instanceof io.github.osf4j.core.Action.Upload)
        .forEach(a -> uploaded.add(a.path()));
    assertThat(plan.actions())
        .filteredOn(a -> a instanceof io.github.osf4j.core.Action.Download)
        .noneMatch(a -> uploaded.contains(a.path()));
    assertThat(plan.skipped()).noneMatch(k -> k.reason().contains("could not order"));
  }

  private static Planner planner(Scenario s) {
    return new Planner(Fx.CLOCK, s.rules());
  }

  private static SyncOptions options(Scenario s) {
    return SyncOptions.DEFAULTS.withPolicy(s.policy());
  }

  private static boolean holds(Collection<Entry> entries, Entry version) {
    return entries.stream().anyMatch(e -> e.sameContentAs(version));
  }

  private static boolean notFolder(@Nullable Entry e) {
    return e == null || e.isFile();
  }

  /** A plan run through the simulator. */
  private record Outcome(Plan plan, PlanSimulator.State after) {

    static Outcome of(Scenario s, Planner planner) {
      Plan plan = planner.plan(s.base(), s.local(), s.remote(), options(s));
      PlanSimulator.State after =
          PlanSimulator.apply(plan, new PlanSimulator.State(s.base(), s.local(), s.remote()));
      return new Outcome(plan, after);
    }

    boolean isSkipped(RelPath path) {
      return plan.skipped().stream()
          .anyMatch(k -> k.path().equals(path) || k.path().isAncestorOf(path));
    }

    List<RelPath> paths() {
      List<RelPath> paths = new ArrayList<>(after.local().entries().keySet());
      paths.addAll(after.remote().entries().keySet());
      return paths;
    }
  }

  /** Side-neutral descriptions of plans, to compare a plan with the plan of the swapped sides. */
  private static final class Mirror {

    static List<String> actions(Plan plan, boolean swap) {
      List<String> out = new ArrayList<>();
      for (Action a : plan.actions()) {
        String type = a.type();
        if (swap) {
          type = swapType(type);
        }
        String from = a instanceof Action.MoveLocal m ? m.from().value() : "";
        from = a instanceof Action.MoveRemote m ? m.from().value() : from;
        out.add(type + " " + neutral(from) + " " + neutral(a.path().value()));
      }
      out.sort(null);
      return out;
    }

    static List<String> conflicts(Plan plan, boolean swap) {
      List<String> out = new ArrayList<>();
      for (Conflict c : plan.conflicts()) {
        Conflict.Kind kind = c.kind();
        Conflict.Side winner = c.winner();
        if (swap) {
          kind =
              kind == Conflict.Kind.MODIFY_DELETE
                  ? Conflict.Kind.DELETE_MODIFY
                  : kind == Conflict.Kind.DELETE_MODIFY ? Conflict.Kind.MODIFY_DELETE : kind;
          winner = winner == Conflict.Side.LOCAL ? Conflict.Side.REMOTE : Conflict.Side.LOCAL;
        }
        out.add(c.path() + " " + kind + " " + winner + " " + c.copy().map(p -> neutral(p.value())));
      }
      return out;
    }

    private static String swapType(String type) {
      if (type.equals("upload")) {
        return "download";
      }
      if (type.equals("download")) {
        return "upload";
      }
      return type.endsWith("-local")
          ? type.replace("-local", "-remote")
          : type.replace("-remote", "-local");
    }

    private static String neutral(String path) {
      return path.replace("-local", "-SIDE").replace("-osf", "-SIDE");
    }
  }
}
