package io.github.osf4j.core.plan;

import static io.github.osf4j.core.plan.Fx.file;
import static io.github.osf4j.core.plan.Fx.folder;
import static io.github.osf4j.core.plan.Fx.p;
import static io.github.osf4j.core.plan.Fx.snap;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.osf4j.core.Action;
import io.github.osf4j.core.Entry;
import io.github.osf4j.core.Plan;
import io.github.osf4j.core.RemoteRef;
import io.github.osf4j.core.Safety;
import io.github.osf4j.core.Snapshot;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

final class PlanSimulatorTest {

  private static PlanSimulator.State run(
      Snapshot base, Snapshot local, Snapshot remote, Action... actions) {
    Plan plan = new Plan(List.of(actions), List.of(), List.of(), new Safety.Safe());
    return PlanSimulator.apply(plan, new PlanSimulator.State(base, local, remote));
  }

  @Test
  void uploadGivesTheRemoteCopyAnIdAndRecordsTheMergedEntry() {
    Entry local = Fx.localFile("a", 1, "ino");

    PlanSimulator.State after =
        run(
            Snapshot.empty(),
            snap(local),
            Snapshot.empty(),
            new Action.Upload(p("a"), local, Optional.empty()));

    Entry remote = after.remote().get(p("a")).orElseThrow();
    assertThat(remote.remote()).isEqualTo(new RemoteRef("sim-1", 1));
    assertThat(remote.stamp()).isNull();
    assertThat(after.base().find(p("a"))).isEqualTo(local.withRemote(remote.remote()));
  }

  @Test
  void updateKeepsTheRemoteIdAndBumpsTheVersion() {
    Entry old = Fx.remoteFile("a", 1, "osf-1");

    PlanSimulator.State after =
        run(
            snap(file("a", 1)),
            snap(file("a", 2)),
            snap(old),
            new Action.Upload(p("a"), file("a", 2), Optional.of(old)));

    assertThat(after.remote().get(p("a")).orElseThrow().remote())
        .isEqualTo(new RemoteRef("osf-1", 2));
  }

  @Test
  void downloadGivesTheLocalCopyAStamp() {
    Entry remote = Fx.remoteFile("a", 1, "osf-1");

    PlanSimulator.State after =
        run(
            Snapshot.empty(),
            Snapshot.empty(),
            snap(remote),
            new Action.Download(p("a"), remote, Optional.empty()));

    assertThat(after.local().get(p("a")).orElseThrow().stamp()).isNotNull();
    assertThat(after.local().get(p("a")).orElseThrow().remote()).isNull();
    assertThat(after.base().get(p("a")).orElseThrow().remote()).isEqualTo(remote.remote());
  }

  @Test
  void remoteFolderGetsAnIdLocalFolderDoesNot() {
    PlanSimulator.State after =
        run(
            Snapshot.empty(),
            Snapshot.empty(),
            Snapshot.empty(),
            new Action.MkdirRemote(p("d")),
            new Action.MkdirLocal(p("d")));

    assertThat(after.remote().get(p("d")).orElseThrow().remote())
        .isEqualTo(new RemoteRef("sim-1", 0));
    assertThat(after.local().get(p("d")).orElseThrow().remote()).isNull();
    assertThat(after.base().get(p("d")).orElseThrow().remote())
        .isEqualTo(new RemoteRef("sim-1", 0));
  }

  @Test
  void unchangedSidesAreLeftAloneAndProblemsKept() {
    Snapshot local = snap(file("a", 1)).toBuilder().problem(p("x"), "unreadable").build();

    PlanSimulator.State after = run(snap(file("a", 1)), local, snap(file("a", 2)));

    assertThat(after.local()).isEqualTo(local);
    assertThat(after.base()).isEqualTo(snap(file("a", 1)));
  }

  @Test
  void indexKeepsTheOldEntryWhileTheSidesDiffer() {
    Snapshot base = snap(file("a", 1), file("b", 5), file("c", 6));
    PlanSimulator.State after =
        run(
            base,
            snap(file("a", 2), file("b", 5), file("c", 6)),
            snap(file("a", 3), file("b", 5), file("c", 6)),
            new Action.DeleteRemote(p("b"), file("b", 5)),
            new Action.DeleteLocal(p("c"), file("c", 6)));

    assertThat(after.base()).isEqualTo(base);
  }

  @Test
  void wrongExpectationFailsLoudly() {
    assertThatThrownBy(
            () ->
                run(
                    Snapshot.empty(),
                    snap(file("a", 2)),
                    Snapshot.empty(),
                    new Action.Upload(p("a"), file("a", 1), Optional.empty())))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith("upload a: found");
    assertThatThrownBy(
            () ->
                run(
                    Snapshot.empty(),
                    snap(file("a", 1)),
                    snap(file("a", 3)),
                    new Action.Upload(p("a"), file("a", 1), Optional.empty())))
        .hasMessageContaining("expected Optional.empty");
  }

  @Test
  void createWithoutParentFolderFails() {
    assertThatThrownBy(
            () ->
                run(
                    Snapshot.empty(),
                    Snapshot.empty(),
                    Snapshot.empty(),
                    new Action.MkdirLocal(p("d/e"))))
        .hasMessageContaining("no parent folder");
    assertThatThrownBy(
            () ->
                run(
                    Snapshot.empty(),
                    snap(file("d", 1)),
                    Snapshot.empty(),
                    new Action.MkdirLocal(p("d/e"))))
        .hasMessageContaining("no parent folder");
  }

  @Test
  void transferWithoutParentFolderFails() {
    assertThatThrownBy(
            () ->
                run(
                    Snapshot.empty(),
                    snap(folder("d"), file("d/x", 1)),
                    Snapshot.empty(),
                    new Action.Upload(p("d/x"), file("d/x", 1), Optional.empty())))
        .hasMessageContaining("no parent folder");
  }

  @Test
  void moveOntoAnExistingEntryFails() {
    Snapshot tree = snap(file("a", 1), file("b", 2));
    assertThatThrownBy(
            () -> run(tree, tree, tree, new Action.MoveLocal(p("a"), p("b"), file("a", 1))))
        .hasMessageContaining("target exists");
  }

  @Test
  void createOverAnExistingEntryFails() {
    assertThatThrownBy(
            () ->
                run(
                    Snapshot.empty(),
                    Snapshot.empty(),
                    snap(folder("d")),
                    new Action.MkdirRemote(p("d"))))
        .hasMessageContaining("target exists");
  }

  @Test
  void deletingAFolderThatStillHasContentsFails() {
    Snapshot tree = snap(folder("d"), file("d/x", 1));
    assertThatThrownBy(() -> run(tree, tree, tree, new Action.DeleteLocal(p("d"), folder("d"))))
        .hasMessageContaining("folder not empty");
  }

  @Test
  void deletingAnEmptyFolderBesideAnotherWorks() {
    Snapshot tree = snap(folder("d"), folder("e"), file("e/x", 1));

    PlanSimulator.State after = run(tree, tree, tree, new Action.DeleteRemote(p("d"), folder("d")));

    assertThat(after.remote().contains(p("d"))).isFalse();
    assertThat(after.base().contains(p("d"))).isTrue();
  }

  @Test
  void movingAFolderIsNotModelled() {
    Snapshot tree = snap(folder("d"));
    assertThatThrownBy(
            () -> run(tree, tree, tree, new Action.MoveLocal(p("d"), p("e"), folder("d"))))
        .hasMessageContaining("only files move");
  }

  @Test
  void moveUpdatesTheIndexAtBothEnds() {
    Snapshot base = snap(file("a", 1));

    PlanSimulator.State after =
        run(base, snap(file("b", 1)), base, new Action.MoveRemote(p("a"), p("b"), file("a", 1)));

    assertThat(after.base()).isEqualTo(snap(file("b", 1)));
  }

  @Test
  void recordChecksBothSides() {
    Snapshot base = snap(file("a", 1));
    assertThatThrownBy(
            () ->
                run(
                    base,
                    snap(file("a", 2)),
                    snap(file("a", 3)),
                    new Action.RecordOnly(p("a"), Optional.of(file("a", 2)))))
        .hasMessageStartingWith("record a:");
    PlanSimulator.State after =
        run(
            base,
            snap(file("a", 2)),
            snap(file("a", 2)),
            new Action.RecordOnly(p("a"), Optional.of(file("a", 2))));
    assertThat(after.base()).isEqualTo(snap(file("a", 2)));
  }
}
