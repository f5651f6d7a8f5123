package io.github.osf4j.core.plan;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.osf4j.core.Entry;
import io.github.osf4j.core.Plan;
import io.github.osf4j.core.RelPath;
import io.github.osf4j.core.Snapshot;
import io.github.osf4j.core.SyncMode;
import io.github.osf4j.core.SyncOptions;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * docs/SYNC-RULES.md properties P10-P13 of the one-way modes over the random scenarios of {@link
 * SyncPropertiesTest}, each run through the {@link PlanSimulator} (which also checks that the
 * narrowed plan is still valid in its order).
 */
final class OneWayPropertiesTest {

  @Provide
  Arbitrary<Scenario> scenarios() {
    return Arbitraries.longs().map(Scenario::generate);
  }

  @Provide
  Arbitrary<SyncMode> modes() {
    return Arbitraries.of(SyncMode.PUSH, SyncMode.PULL);
  }

  @Property
  void p10PushNeverChangesTheLocalSide(@ForAll("scenarios") Scenario s, @ForAll boolean deletes) {
    PlanSimulator.State after = run(s, SyncMode.PUSH, deletes).after;

    assertThat(after.local().entries()).isEqualTo(s.local().entries());
  }

  @Property
  void p11PullNeverChangesTheRemoteSide(@ForAll("scenarios") Scenario s, @ForAll boolean deletes) {
    PlanSimulator.State after = run(s, SyncMode.PULL, deletes).after;

    assertThat(after.remote().entries()).isEqualTo(s.remote().entries());
  }

  @Property
  void p12AVersionTheTargetSideChangedIsNeverLost(
      @ForAll("scenarios") Scenario s, @ForAll("modes") SyncMode mode, @ForAll boolean deletes) {
    Outcome run = run(s, mode, deletes);
    boolean push = mode == SyncMode.PUSH;
    Snapshot before = push ? s.remote() : s.local();
    Snapshot after = push ? run.after.remote() : run.after.local();

    for (Entry e : before.entries().values()) {
      if (e.isFile() && !Reconciler.same(e, s.base().find(e.path()))) {
        assertThat(after.entries().values())
            .as("%s keeps %s", push ? "remote" : "local", e)
            .anyMatch(kept -> kept.sameContentAs(e));
      }
    }
  }

  @Property
  void p12WithoutDeleteEveryFileOfTheTargetSideStaysOrIsUpdatedInPlace(
      @ForAll("scenarios") Scenario s, @ForAll("modes") SyncMode mode) {
    Outcome run = run(s, mode, false);
    boolean push = mode == SyncMode.PUSH;
    Snapshot before = push ? s.remote() : s.local();
    Snapshot after = push ? run.after.remote() : run.after.local();

    for (Entry e : before.entries().values()) {
      Entry now = after.find(e.path());
      boolean updated = now != null && now.isFile();
      if (e.isFile() && !updated) {
        assertThat(after.entries().values())
            .as("%s keeps %s", push ? "remote" : "local", e)
            .anyMatch(kept -> kept.sameContentAs(e));
      }
    }
  }

  @Property
  void p13TheSourceSidesChangesArriveWhereTheTargetSideDidNotChange(
      @ForAll("scenarios") Scenario s, @ForAll("modes") SyncMode mode) {
    Outcome run = run(s, mode, true);
    boolean push = mode == SyncMode.PUSH;
    Snapshot source = push ? s.local() : s.remote();
    Snapshot target = push ? s.remote() : s.local();
    Snapshot after = push ? run.after.remote() : run.after.local();

    for (Entry e : source.entries().values()) {
      RelPath path = e.path();
      Entry b = s.base().find(path);
      Entry t = target.find(path);
      boolean sourceChanged = !Reconciler.same(e, b);
      boolean targetUnchanged = Reconciler.same(t, b) && (t == null || t.isFile());
      if (e.isFile() && sourceChanged && targetUnchanged && !run.isSkipped(path)) {
        assertThat(Reconciler.same(after.find(path), e)).as("%s arrives", e).isTrue();
      }
    }
  }

  @Property
  void p4TheIndexHoldsTheOldBaseOrAStatePresentOnBothSides(
      @ForAll("scenarios") Scenario s, @ForAll("modes") SyncMode mode, @ForAll boolean deletes) {
    Outcome run = run(s, mode, deletes);

    for (Entry e : run.after.base().entries().values()) {
      boolean old = e.equals(s.base().find(e.path()));
      boolean onBoth =
          Reconciler.same(e, run.after.local().find(e.path()))
              && Reconciler.same(e, run.after.remote().find(e.path()));
      assertThat(old || onBoth).as("index entry %s", e).isTrue();
    }
  }

  @Property
  void runningTheSameModeAgainChangesNothing(
      @ForAll("scenarios") Scenario s, @ForAll("modes") SyncMode mode, @ForAll boolean deletes) {
    Outcome run = run(s, mode, deletes);

    Plan again =
        planner(s)
            .plan(
                run.after.base(), run.after.local(), run.after.remote(), options(s, mode, deletes));

    assertThat(again.actions()).allMatch(a -> a instanceof io.github.osf4j.core.Action.RecordOnly);
    assertThat(again.conflicts()).isEmpty();
  }

  private static Outcome run(Scenario s, SyncMode mode, boolean deletes) {
    Plan plan = planner(s).plan(s.base(), s.local(), s.remote(), options(s, mode, deletes));
    PlanSimulator.State after =
        PlanSimulator.apply(plan, new PlanSimulator.State(s.base(), s.local(), s.remote()));
    return new Outcome(plan, after);
  }

  private static Planner planner(Scenario s) {
    return new Planner(Fx.CLOCK, s.rules());
  }

  private static SyncOptions options(Scenario s, SyncMode mode, boolean deletes) {
    return SyncOptions.DEFAULTS.withPolicy(s.policy()).withMode(mode, deletes);
  }

  /** A plan and the state after running it. */
  private record Outcome(Plan plan, PlanSimulator.State after) {
    boolean isSkipped(RelPath path) {
      return plan.skipped().stream()
          .anyMatch(k -> k.path().equals(path) || k.path().isAncestorOf(path));
    }
  }
}
