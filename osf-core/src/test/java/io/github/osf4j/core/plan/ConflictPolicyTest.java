package io.github.osf4j.core.plan;

import static io.github.osf4j.core.plan.Fx.STAMP;
import static io.github.osf4j.core.plan.Fx.file;
import static io.github.osf4j.core.plan.Fx.p;
import static io.github.osf4j.core.plan.Fx.snap;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.osf4j.core.Action;
import io.github.osf4j.core.Conflict;
import io.github.osf4j.core.ConflictPolicy;
import io.github.osf4j.core.Entry;
import io.github.osf4j.core.LocalStamp;
import io.github.osf4j.core.Plan;
import io.github.osf4j.core.Snapshot;
import java.time.Instant;
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
  void preferNewerFallsBackToRemoteWhenATimeIsUnknown() {
    remoteKeepsTheName(ConflictPolicy.PREFER_NEWER);
  }

  @Test
  void preferNewerLetsTheLaterLocalEditKeepTheName() {
    Plan plan = newer(Instant.parse("2026-11-26T10:00:01Z"), Instant.parse("2026-11-26T10:00:00Z"));

    assertThat(plan.conflicts())
        .extracting(Conflict::winner, Conflict::copy)
        .containsExactly(tuple(Conflict.Side.LOCAL, Optional.of(p(REMOTE_COPY))));
    PlanSimulator.State after =
        PlanSimulator.apply(
            plan, new PlanSimulator.State(BASE, timedLocal(LOCAL_TIME), timedRemote()));
    assertThat(after.remote().find(p("a.csv"))).matches(e -> e.size() == 2);
    assertThat(after.local().find(p(REMOTE_COPY))).matches(e -> e.size() == 3);
  }

  @Test
  void preferNewerLetsTheLaterOsfEditKeepTheName() {
    Plan plan = newer(Instant.parse("2026-11-26T09:59:59Z"), Instant.parse("2026-11-26T10:00:00Z"));

    assertThat(plan.conflicts())
        .extracting(Conflict::winner, Conflict::copy)
        .containsExactly(tuple(Conflict.Side.REMOTE, Optional.of(p(LOCAL_COPY))));
  }

  @Test
  void preferNewerGivesATieToOsf() {
    Instant same = Instant.parse("2026-11-26T10:00:00Z");

    assertThat(newer(same, same).conflicts())
        .extracting(Conflict::winner)
        .containsExactly(Conflict.Side.REMOTE);
  }

  private static final Instant LOCAL_TIME = Instant.parse("2026-11-26T10:00:00Z");

  /**
   * R6 under PREFER_NEWER with the local file modified at {@code local}, OSF's at {@code remote}.
   */
  private static Plan newer(Instant local, Instant remote) {
    return Fx.PLANNER.plan(
        BASE,
        timedLocal(local),
        snap(file("a.csv", 3).withModified(remote)),
        Fx.OPTIONS.withPolicy(ConflictPolicy.PREFER_NEWER));
  }

  private static Snapshot timedLocal(Instant modified) {
    return snap(file("a.csv", 2).withStamp(new LocalStamp(2, modified.toEpochMilli(), "k")));
  }

  private static Snapshot timedRemote() {
    return snap(file("a.csv", 3).withModified(LOCAL_TIME.minusSeconds(1)));
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
