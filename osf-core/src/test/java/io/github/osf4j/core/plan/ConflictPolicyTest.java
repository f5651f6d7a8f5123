package io.github.osf4j.core.plan;

import static io.github.osf4j.core.plan.Fx.STAMP;
import static io.github.osf4j.core.plan.Fx.file;
import static io.github.osf4j.core.plan.Fx.p;
import static io.github.osf4j.core.plan.Fx.snap;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.osf4j.core.Action;
import io.github.osf4j.core.Conflict;
import io.github.osf4j.core.ConflictPolicy;
import io.github.osf4j.core.Entry;
import io.github.osf4j.core.Plan;
import io.github.osf4j.core.Snapshot;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** R6 under each policy: the policy only chooses who keeps the name; both versions survive. */
final class ConflictPolicyTest {

  private static final Snapshot BASE = snap(file("a.csv", 1));
  private static final Snapshot LOCAL = snap(file("a.csv", 2));
  private static final Snapshot REMOTE = snap(file("a.csv", 3));
  private static final String LOCAL_COPY = "a.conflict-" + STAMP + "-local.csv";
  private static final String REMOTE_COPY = "a.conflict-" + STAMP + "-osf.csv";

  private static Plan plan(ConflictPolicy policy) {
    return Fx.PLANNER.plan(BASE, LOCAL, REMOTE, Fx.OPTIONS.withPolicy(policy));
  }

  private static void remoteKeepsTheName(ConflictPolicy policy) {
    Plan plan = plan(policy);

    assertThat(plan.conflicts())
        .containsExactly(
            new Conflict(
                p("a.csv"),
                Conflict.Kind.MODIFY_MODIFY,
                Optional.of(p(LOCAL_COPY)),
                Conflict.Side.REMOTE));
    assertThat(plan.actions())
        .containsExactly(
            new Action.MoveLocal(p("a.csv"), p(LOCAL_COPY), file("a.csv", 2)),
            new Action.Upload(p(LOCAL_COPY), file(LOCAL_COPY, 2), Optional.empty()),
            new Action.Download(p("a.csv"), file("a.csv", 3), Optional.empty()));
    bothVersionsSurvive(plan);
  }

  private static void bothVersionsSurvive(Plan plan) {
    PlanSimulator.State after = Fx.settle(plan, BASE, LOCAL, REMOTE);
    for (Snapshot side : new Snapshot[] {after.local(), after.remote()}) {
      assertThat(side.entries().values()).extracting(Entry::size).containsExactlyInAnyOrder(2L, 3L);
    }
  }

  @Test
  void keepBothLetsTheRemoteVersionKeepTheName() {
    remoteKeepsTheName(ConflictPolicy.KEEP_BOTH);
  }

  @Test
  void preferNewerFallsBackToRemoteSinceRemoteTimesAreUnknown() {
    remoteKeepsTheName(ConflictPolicy.PREFER_NEWER);
  }

  @Test
  void preferLocalLetsTheLocalVersionKeepTheNameAndKeepsTheRemoteOneAsACopy() {
    Plan plan = plan(ConflictPolicy.PREFER_LOCAL);

    assertThat(plan.conflicts())
        .containsExactly(
            new Conflict(
                p("a.csv"),
                Conflict.Kind.MODIFY_MODIFY,
                Optional.of(p(REMOTE_COPY)),
                Conflict.Side.LOCAL));
    assertThat(plan.actions())
        .containsExactly(
            new Action.MoveRemote(p("a.csv"), p(REMOTE_COPY), file("a.csv", 3)),
            new Action.Download(p(REMOTE_COPY), file(REMOTE_COPY, 3), Optional.empty()),
            new Action.Upload(p("a.csv"), file("a.csv", 2), Optional.empty()));
    bothVersionsSurvive(plan);
  }

  @Test
  void copyNameAlreadyTakenOnEitherSideGetsANumber() {
    Snapshot local = snap(file("a.csv", 2), file(LOCAL_COPY, 7));
    Snapshot remote = snap(file("a.csv", 3), file(LOCAL_COPY, 7));
    Snapshot base = snap(file("a.csv", 1), file(LOCAL_COPY, 7));
    String numbered = "a.conflict-" + STAMP + "-local-2.csv";

    Plan plan = Fx.PLANNER.plan(base, local, remote, Fx.OPTIONS);

    assertThat(plan.conflicts())
        .extracting(Conflict::copy)
        .containsExactly(Optional.of(p(numbered)));
    Fx.settle(plan, base, local, remote);
  }

  @Test
  void copyNameTakenOnlyInTheIndexIsAvoidedToo() {
    Snapshot base = snap(file("a.csv", 1), file(LOCAL_COPY, 7));

    Plan plan = Fx.PLANNER.plan(base, LOCAL, REMOTE, Fx.OPTIONS);

    assertThat(plan.conflicts())
        .extracting(Conflict::copy)
        .containsExactly(Optional.of(p("a.conflict-" + STAMP + "-local-2.csv")));
  }

  @Test
  void fileWithUnknownHashesCountsAsChangedAndIsKeptAsAConflictCopy() {
    Snapshot local = snap(Entry.file(p("a.csv"), 1, null, null));

    Plan plan = Fx.PLANNER.plan(BASE, local, REMOTE, Fx.OPTIONS);

    assertThat(plan.conflicts())
        .extracting(Conflict::kind)
        .containsExactly(Conflict.Kind.MODIFY_MODIFY);
  }

  @Test
  void sameContentUnderDifferentTimestampsIsNoChange() {
    Entry touched =
        Fx.localFile("a.csv", 1, "ino")
            .withStamp(new io.github.osf4j.core.LocalStamp(1, 99_999L, "ino"));

    Plan plan = Fx.PLANNER.plan(BASE, snap(touched), BASE, Fx.OPTIONS);

    assertThat(plan.actions()).isEmpty();
  }

  @Test
  void bothSidesReplacingAFolderWithDifferentFilesIsACreateCreateConflict() {
    Snapshot base = snap(Fx.folder("a"), file("a/x", 1));

    Plan plan = Fx.PLANNER.plan(base, snap(file("a", 2)), snap(file("a", 3)), Fx.OPTIONS);

    assertThat(plan.conflicts())
        .extracting(Conflict::kind)
        .containsExactly(Conflict.Kind.CREATE_CREATE);
    Fx.settle(plan, base, snap(file("a", 2)), snap(file("a", 3)));
  }

  @Test
  void fileDeletedOnOneSideAndTurnedFolderOnTheOtherBecomesTheFolderWithoutConflict() {
    Snapshot base = snap(file("a", 1), file("k", 9));
    Snapshot local = snap(Fx.folder("a"), file("k", 9));
    Snapshot remote = snap(file("k", 9));

    Plan plan = Fx.PLANNER.plan(base, local, remote, Fx.OPTIONS);

    assertThat(plan.conflicts()).isEmpty();
    assertThat(plan.actions()).containsExactly(new Action.MkdirRemote(p("a")));
  }
}
