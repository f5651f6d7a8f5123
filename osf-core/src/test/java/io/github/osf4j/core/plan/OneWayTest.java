package io.github.osf4j.core.plan;

import static io.github.osf4j.core.plan.Fx.STAMP;
import static io.github.osf4j.core.plan.Fx.file;
import static io.github.osf4j.core.plan.Fx.folder;
import static io.github.osf4j.core.plan.Fx.p;
import static io.github.osf4j.core.plan.Fx.snap;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.osf4j.core.Action;
import io.github.osf4j.core.Conflict;
import io.github.osf4j.core.Plan;
import io.github.osf4j.core.Skip;
import io.github.osf4j.core.Snapshot;
import io.github.osf4j.core.SyncMode;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The one-way modes on hand-made cases (docs/SYNC-RULES.md, "One-way modes"). */
final class OneWayTest {

  private static Plan plan(
      SyncMode mode, boolean deletes, Snapshot base, Snapshot local, Snapshot remote) {
    return Fx.PLANNER.plan(base, local, remote, Fx.OPTIONS.withMode(mode, deletes));
  }

  @Test
  void pushUploadsLocalChangesAndLeavesRemoteChangesForLater() {
    Snapshot base = snap(file("a", 1), file("b", 1));
    Plan plan =
        plan(
            SyncMode.PUSH,
            false,
            base,
            snap(file("a", 2), file("b", 1)),
            snap(file("a", 1), file("b", 3)));

    assertThat(plan.actions())
        .containsExactly(new Action.Upload(p("a"), file("a", 2), Optional.of(file("a", 1))));
    assertThat(plan.conflicts()).isEmpty();
    assertThat(plan.skipped()).isEmpty();
  }

  @Test
  void pushKeepsTheChangedOsfVersionAsAConflictCopyOnOsf() {
    String copy = "a.conflict-" + STAMP + "-osf.csv";
    Plan plan =
        plan(
            SyncMode.PUSH,
            false,
            snap(file("a.csv", 1)),
            snap(file("a.csv", 2)),
            snap(file("a.csv", 3)));

    assertThat(plan.actions())
        .containsExactly(
            new Action.MoveRemote(p("a.csv"), p(copy), file("a.csv", 3)),
            new Action.Upload(p("a.csv"), file("a.csv", 2), Optional.empty()));
    assertThat(plan.conflicts())
        .containsExactly(
            new Conflict(
                p("a.csv"),
                Conflict.Kind.MODIFY_MODIFY,
                Optional.of(p(copy)),
                Conflict.Side.LOCAL));
  }

  @Test
  void pullKeepsTheChangedLocalVersionAsAConflictCopyLocally() {
    String copy = "a.conflict-" + STAMP + "-local.csv";
    Plan plan =
        plan(
            SyncMode.PULL,
            false,
            snap(file("a.csv", 1)),
            snap(file("a.csv", 2)),
            snap(file("a.csv", 3)));

    assertThat(plan.actions())
        .containsExactly(
            new Action.MoveLocal(p("a.csv"), p(copy), file("a.csv", 2)),
            new Action.Download(p("a.csv"), file("a.csv", 3), Optional.empty()));
    assertThat(plan.conflicts()).extracting(Conflict::winner).containsExactly(Conflict.Side.REMOTE);
  }

  @Test
  void deletionsPropagateOnlyWithDelete() {
    Snapshot base = snap(file("a", 1), file("b", 1));
    Snapshot local = snap(file("b", 1));
    Snapshot remote = snap(file("a", 1), file("b", 1));

    assertThat(plan(SyncMode.PUSH, false, base, local, remote).actions()).isEmpty();
    assertThat(plan(SyncMode.PUSH, true, base, local, remote).actions())
        .containsExactly(new Action.DeleteRemote(p("a"), file("a", 1)));
    assertThat(plan(SyncMode.PULL, true, base, remote, local).actions())
        .containsExactly(new Action.DeleteLocal(p("a"), file("a", 1)));
  }

  @Test
  void deleteLimitStillHoldsForOneWayDeletions() {
    Snapshot base = snap(file("a", 1), file("b", 1));
    Plan plan =
        Fx.PLANNER.plan(
            base, snap(), base, Fx.OPTIONS.withMaxDeletePercent(50).withMode(SyncMode.PUSH, true));

    assertThat(plan.safety().isSafe()).isFalse();
  }

  @Test
  void pullSkipsALocalChangeOsfDeleted() {
    Plan plan = plan(SyncMode.PULL, true, snap(file("a", 1)), snap(file("a", 2)), snap());

    assertThat(plan.actions()).isEmpty();
    assertThat(plan.skipped()).extracting(Skip::path).containsExactly(p("a"));
    assertThat(plan.skipped().get(0).reason()).contains("changed locally since the last sync");
  }

  @Test
  void replacingAFileByAFolderNeedsDelete() {
    Snapshot base = snap(file("a", 1));
    Snapshot local = snap(folder("a"), file("a/x", 2));

    Plan without = plan(SyncMode.PUSH, false, base, local, base);
    Plan with = plan(SyncMode.PUSH, true, base, local, base);

    assertThat(without.actions()).isEmpty();
    assertThat(without.skipped()).extracting(Skip::path).containsExactly(p("a"));
    assertThat(with.actions())
        .containsExactly(
            new Action.DeleteRemote(p("a"), file("a", 1)),
            new Action.MkdirRemote(p("a")),
            new Action.Upload(p("a/x"), file("a/x", 2), Optional.empty()));
  }
}
