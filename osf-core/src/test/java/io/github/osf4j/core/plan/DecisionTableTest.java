package io.github.osf4j.core.plan;

import static io.github.osf4j.core.plan.Fx.STAMP;
import static io.github.osf4j.core.plan.Fx.file;
import static io.github.osf4j.core.plan.Fx.folder;
import static io.github.osf4j.core.plan.Fx.p;
import static io.github.osf4j.core.plan.Fx.plan;
import static io.github.osf4j.core.plan.Fx.settle;
import static io.github.osf4j.core.plan.Fx.snap;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.osf4j.core.Action;
import io.github.osf4j.core.Conflict;
import io.github.osf4j.core.Entry;
import io.github.osf4j.core.Plan;
import io.github.osf4j.core.Snapshot;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** One test per row of the decision table, in each direction. */
final class DecisionTableTest {

  private static final Entry KEEP = file("keep", 99);

  @Test
  void r1UnchangedPathsPlanNothing() {
    Snapshot same = snap(folder("d"), file("d/a.txt", 1), KEEP);

    Plan plan = plan(same, same, same);

    assertThat(plan.actions()).isEmpty();
    assertThat(plan.conflicts()).isEmpty();
    assertThat(plan.safety().isSafe()).isTrue();
  }

  @Test
  void r2LocalNewFileIsUploaded() {
    Snapshot base = snap(KEEP);
    Snapshot local = snap(KEEP, file("a", 1));

    Plan plan = plan(base, local, base);

    assertThat(plan.actions())
        .containsExactly(new Action.Upload(p("a"), file("a", 1), Optional.empty()));
    settle(plan, base, local, base);
  }

  @Test
  void r3RemoteNewFileIsDownloaded() {
    Snapshot base = snap(KEEP);
    Snapshot remote = snap(KEEP, file("a", 1));

    Plan plan = plan(base, base, remote);

    assertThat(plan.actions())
        .containsExactly(new Action.Download(p("a"), file("a", 1), Optional.empty()));
    settle(plan, base, base, remote);
  }

  @Test
  void r2LocalEditUpdatesTheRemoteFileItReplaces() {
    Snapshot base = snap(file("a", 1));
    Snapshot local = snap(file("a", 2));

    Plan plan = plan(base, local, base);

    assertThat(plan.actions())
        .containsExactly(new Action.Upload(p("a"), file("a", 2), Optional.of(file("a", 1))));
    settle(plan, base, local, base);
  }

  @Test
  void r3RemoteEditReplacesTheLocalFile() {
    Snapshot base = snap(file("a", 1));
    Snapshot remote = snap(file("a", 2));

    Plan plan = plan(base, base, remote);

    assertThat(plan.actions())
        .containsExactly(new Action.Download(p("a"), file("a", 2), Optional.of(file("a", 1))));
    settle(plan, base, base, remote);
  }

  @Test
  void r2LocalDeleteDeletesTheRemoteFile() {
    Snapshot base = snap(file("a", 1), KEEP);
    Snapshot local = snap(KEEP);

    Plan plan = plan(base, local, base);

    assertThat(plan.actions()).containsExactly(new Action.DeleteRemote(p("a"), file("a", 1)));
    settle(plan, base, local, base);
  }

  @Test
  void r3RemoteDeleteDeletesTheLocalFile() {
    Snapshot base = snap(file("a", 1), KEEP);
    Snapshot remote = snap(KEEP);

    Plan plan = plan(base, base, remote);

    assertThat(plan.actions()).containsExactly(new Action.DeleteLocal(p("a"), file("a", 1)));
    settle(plan, base, base, remote);
  }

  @Test
  void r2LocalNewFolderIsCreatedRemotelyBeforeItsFiles() {
    Snapshot base = snap(KEEP);
    Snapshot local = snap(KEEP, folder("d"), folder("d/e"), file("d/e/x", 1));

    Plan plan = plan(base, local, base);

    assertThat(plan.actions())
        .containsExactly(
            new Action.MkdirRemote(p("d")),
            new Action.MkdirRemote(p("d/e")),
            new Action.Upload(p("d/e/x"), file("d/e/x", 1), Optional.empty()));
    settle(plan, base, local, base);
  }

  @Test
  void r3RemoteNewFolderIsCreatedLocallyBeforeItsFiles() {
    Snapshot base = snap(KEEP);
    Snapshot remote = snap(KEEP, folder("d"), file("d/x", 1));

    Plan plan = plan(base, base, remote);

    assertThat(plan.actions())
        .containsExactly(
            new Action.MkdirLocal(p("d")),
            new Action.Download(p("d/x"), file("d/x", 1), Optional.empty()));
    settle(plan, base, base, remote);
  }

  @Test
  void r2LocalFileTurnedFolderReplacesTheRemoteFile() {
    Snapshot base = snap(file("a", 1));
    Snapshot local = snap(folder("a"), file("a/x", 2));

    Plan plan = plan(base, local, base);

    assertThat(plan.actions())
        .containsExactly(
            new Action.DeleteRemote(p("a"), file("a", 1)),
            new Action.MkdirRemote(p("a")),
            new Action.Upload(p("a/x"), file("a/x", 2), Optional.empty()));
    settle(plan, base, local, base);
  }

  @Test
  void r3RemoteFolderTurnedFileReplacesTheLocalFolderAfterItsContents() {
    Snapshot base = snap(folder("a"), file("a/x", 1));
    Snapshot remote = snap(file("a", 2));

    Plan plan = plan(base, base, remote);

    assertThat(plan.actions())
        .containsExactly(
            new Action.DeleteLocal(p("a/x"), file("a/x", 1)),
            new Action.DeleteLocal(p("a"), folder("a")),
            new Action.Download(p("a"), file("a", 2), Optional.empty()));
    settle(plan, base, base, remote);
  }

  @Test
  void r4SameEditOnBothSidesIsOnlyRecorded() {
    Snapshot base = snap(file("a", 1));
    Entry local = Fx.localFile("a", 2, "inode-7");
    Entry remote = Fx.remoteFile("a", 2, "osf-7");

    Plan plan = plan(base, snap(local), snap(remote));

    assertThat(plan.actions())
        .containsExactly(
            new Action.RecordOnly(p("a"), Optional.of(local.withRemote(remote.remote()))));
    assertThat(plan.isInSync()).isTrue();
    settle(plan, base, snap(local), snap(remote));
  }

  @Test
  void r4DeleteOnBothSidesDropsThePathFromTheIndex() {
    Snapshot base = snap(file("a", 1), KEEP);

    Plan plan = plan(base, snap(KEEP), snap(KEEP));

    assertThat(plan.actions()).containsExactly(new Action.RecordOnly(p("a"), Optional.empty()));
    assertThat(settle(plan, base, snap(KEEP), snap(KEEP)).base().contains(p("a"))).isFalse();
  }

  @Test
  void r5CreateCreateKeepsBothAndTheRemoteKeepsTheName() {
    Snapshot base = snap(KEEP);
    Snapshot local = snap(KEEP, file("a.csv", 1));
    Snapshot remote = snap(KEEP, file("a.csv", 2));
    String copy = "a.conflict-" + STAMP + "-local.csv";

    Plan plan = plan(base, local, remote);

    assertThat(plan.conflicts())
        .containsExactly(
            new Conflict(
                p("a.csv"),
                Conflict.Kind.CREATE_CREATE,
                Optional.of(p(copy)),
                Conflict.Side.REMOTE));
    assertThat(plan.actions())
        .containsExactly(
            new Action.MoveLocal(p("a.csv"), p(copy), file("a.csv", 1)),
            new Action.Upload(p(copy), file(copy, 1), Optional.empty()),
            new Action.Download(p("a.csv"), file("a.csv", 2), Optional.empty()));
    PlanSimulator.State after = settle(plan, base, local, remote);
    assertThat(after.local().find(p(copy))).matches(e -> e.sameContentAs(file(copy, 1)));
    assertThat(after.remote().find(p("a.csv"))).matches(e -> e.sameContentAs(file("a", 2)));
  }

  @Test
  void r5CreateCreateUnderPreferLocalLetsTheLocalFileKeepTheName() {
    Snapshot base = snap(KEEP);
    Snapshot local = snap(KEEP, file("a.csv", 1));
    Snapshot remote = snap(KEEP, file("a.csv", 2));
    String copy = "a.conflict-" + STAMP + "-osf.csv";

    Plan plan =
        Fx.PLANNER.plan(
            base,
            local,
            remote,
            Fx.OPTIONS.withPolicy(io.github.osf4j.core.ConflictPolicy.PREFER_LOCAL));

    assertThat(plan.conflicts())
        .containsExactly(
            new Conflict(
                p("a.csv"),
                Conflict.Kind.CREATE_CREATE,
                Optional.of(p(copy)),
                Conflict.Side.LOCAL));
    assertThat(plan.actions())
        .containsExactly(
            new Action.MoveRemote(p("a.csv"), p(copy), file("a.csv", 2)),
            new Action.Download(p(copy), file(copy, 2), Optional.empty()),
            new Action.Upload(p("a.csv"), file("a.csv", 1), Optional.empty()));
    settle(plan, base, local, remote);
  }

  @Test
  void r7LocalEditWinsOverRemoteDeleteAndIsUploadedAgain() {
    Snapshot base = snap(file("a", 1), KEEP);
    Snapshot local = snap(file("a", 2), KEEP);
    Snapshot remote = snap(KEEP);

    Plan plan = plan(base, local, remote);

    assertThat(plan.actions())
        .containsExactly(new Action.Upload(p("a"), file("a", 2), Optional.empty()));
    assertThat(plan.conflicts())
        .containsExactly(
            new Conflict(
                p("a"), Conflict.Kind.MODIFY_DELETE, Optional.empty(), Conflict.Side.LOCAL));
    settle(plan, base, local, remote);
  }

  @Test
  void r8RemoteEditWinsOverLocalDeleteAndIsDownloadedAgain() {
    Snapshot base = snap(file("a", 1), KEEP);
    Snapshot local = snap(KEEP);
    Snapshot remote = snap(file("a", 2), KEEP);

    Plan plan = plan(base, local, remote);

    assertThat(plan.actions())
        .containsExactly(new Action.Download(p("a"), file("a", 2), Optional.empty()));
    assertThat(plan.conflicts())
        .containsExactly(
            new Conflict(
                p("a"), Conflict.Kind.DELETE_MODIFY, Optional.empty(), Conflict.Side.REMOTE));
    settle(plan, base, local, remote);
  }

  @Test
  void r9LocalFolderKeepsTheNameAndTheChangedRemoteFileBecomesACopy() {
    Snapshot base = snap(file("a", 1));
    Snapshot local = snap(folder("a"), file("a/x", 2));
    Snapshot remote = snap(file("a", 3));
    String copy = "a.conflict-" + STAMP + "-osf";

    Plan plan = plan(base, local, remote);

    assertThat(plan.conflicts())
        .containsExactly(
            new Conflict(p("a"), Conflict.Kind.TYPE, Optional.of(p(copy)), Conflict.Side.LOCAL));
    assertThat(plan.actions())
        .containsExactly(
            new Action.MoveRemote(p("a"), p(copy), file("a", 3)),
            new Action.MkdirRemote(p("a")),
            new Action.Upload(p("a/x"), file("a/x", 2), Optional.empty()),
            new Action.Download(p(copy), file(copy, 3), Optional.empty()));
    settle(plan, base, local, remote);
  }

  @Test
  void r9RemoteFolderKeepsTheNameAndTheChangedLocalFileBecomesACopy() {
    Snapshot base = snap(file("a", 1));
    Snapshot local = snap(file("a", 3));
    Snapshot remote = snap(folder("a"), file("a/x", 2));
    String copy = "a.conflict-" + STAMP + "-local";

    Plan plan = plan(base, local, remote);

    assertThat(plan.conflicts())
        .containsExactly(
            new Conflict(p("a"), Conflict.Kind.TYPE, Optional.of(p(copy)), Conflict.Side.REMOTE));
    assertThat(plan.actions())
        .containsExactly(
            new Action.MoveLocal(p("a"), p(copy), file("a", 3)),
            new Action.MkdirLocal(p("a")),
            new Action.Download(p("a/x"), file("a/x", 2), Optional.empty()),
            new Action.Upload(p(copy), file(copy, 3), Optional.empty()));
    settle(plan, base, local, remote);
  }

  @Test
  void r9LocalFileInPlaceOfAFolderWithRemoteChangesBecomesACopy() {
    Snapshot base = snap(folder("a"), file("a/x", 1));
    Snapshot local = snap(file("a", 5));
    Snapshot remote = snap(folder("a"), file("a/x", 2));
    String copy = "a.conflict-" + STAMP + "-local";

    Plan plan = plan(base, local, remote);

    assertThat(plan.conflicts())
        .containsExactly(
            new Conflict(p("a"), Conflict.Kind.TYPE, Optional.of(p(copy)), Conflict.Side.REMOTE),
            new Conflict(
                p("a/x"), Conflict.Kind.DELETE_MODIFY, Optional.empty(), Conflict.Side.REMOTE));
    assertThat(plan.actions())
        .contains(
            new Action.MoveLocal(p("a"), p(copy), file("a", 5)),
            new Action.Upload(p(copy), file(copy, 5), Optional.empty()),
            new Action.MkdirLocal(p("a")),
            new Action.Download(p("a/x"), file("a/x", 2), Optional.empty()))
        .hasSize(4);
    settle(plan, base, local, remote);
  }

  @Test
  void r9RemoteFileInPlaceOfAFolderWithLocalChangesBecomesACopy() {
    Snapshot base = snap(folder("a"), file("a/x", 1));
    Snapshot local = snap(folder("a"), file("a/x", 2));
    Snapshot remote = snap(file("a", 5));
    String copy = "a.conflict-" + STAMP + "-osf";

    Plan plan = plan(base, local, remote);

    assertThat(plan.conflicts())
        .containsExactly(
            new Conflict(p("a"), Conflict.Kind.TYPE, Optional.of(p(copy)), Conflict.Side.LOCAL),
            new Conflict(
                p("a/x"), Conflict.Kind.MODIFY_DELETE, Optional.empty(), Conflict.Side.LOCAL));
    assertThat(plan.actions())
        .contains(
            new Action.MoveRemote(p("a"), p(copy), file("a", 5)),
            new Action.Download(p(copy), file(copy, 5), Optional.empty()),
            new Action.MkdirRemote(p("a")),
            new Action.Upload(p("a/x"), file("a/x", 2), Optional.empty()))
        .hasSize(4);
    settle(plan, base, local, remote);
  }

  @Test
  void r9NewFolderAndNewFileOfTheSameNameKeepTheFolderOnTheName() {
    Snapshot local = snap(folder("a"));
    Snapshot remote = snap(file("a", 4));

    Plan plan = plan(Snapshot.empty(), local, remote);

    assertThat(plan.conflicts())
        .extracting(Conflict::kind, Conflict::winner)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(Conflict.Kind.TYPE, Conflict.Side.LOCAL));
    settle(plan, Snapshot.empty(), local, remote);
  }

  @Test
  void r10LocallyDeletedFolderKeepsRemotelyChangedDescendants() {
    Snapshot base = snap(folder("d"), file("d/x", 1), file("d/y", 2), KEEP);
    Snapshot local = snap(KEEP);
    Snapshot remote = snap(folder("d"), file("d/x", 1), file("d/y", 3), file("d/z", 4), KEEP);

    Plan plan = plan(base, local, remote);

    assertThat(plan.actions())
        .containsExactly(
            new Action.MkdirLocal(p("d")),
            new Action.DeleteRemote(p("d/x"), file("d/x", 1)),
            new Action.Download(p("d/y"), file("d/y", 3), Optional.empty()),
            new Action.Download(p("d/z"), file("d/z", 4), Optional.empty()));
    settle(plan, base, local, remote);
  }

  @Test
  void r10RemotelyDeletedFolderKeepsLocallyChangedDescendants() {
    Snapshot base = snap(folder("d"), file("d/x", 1), file("d/y", 2), KEEP);
    Snapshot local = snap(folder("d"), file("d/x", 1), file("d/y", 3), file("d/z", 4), KEEP);
    Snapshot remote = snap(KEEP);

    Plan plan = plan(base, local, remote);

    assertThat(plan.actions())
        .containsExactly(
            new Action.MkdirRemote(p("d")),
            new Action.DeleteLocal(p("d/x"), file("d/x", 1)),
            new Action.Upload(p("d/y"), file("d/y", 3), Optional.empty()),
            new Action.Upload(p("d/z"), file("d/z", 4), Optional.empty()));
    settle(plan, base, local, remote);
  }

  @Test
  void r11LocallyDeletedUnchangedFolderIsDeletedRemotelyInnermostFirst() {
    Snapshot base = snap(folder("d"), folder("d/e"), file("d/e/x", 1), file("d/y", 2), KEEP);
    Snapshot local = snap(KEEP);

    Plan plan = plan(base, local, base);

    assertThat(plan.actions())
        .containsExactly(
            new Action.DeleteRemote(p("d/e/x"), file("d/e/x", 1)),
            new Action.DeleteRemote(p("d/e"), folder("d/e")),
            new Action.DeleteRemote(p("d/y"), file("d/y", 2)),
            new Action.DeleteRemote(p("d"), folder("d")));
    settle(plan, base, local, base);
  }

  @Test
  void r11RemotelyDeletedUnchangedFolderIsDeletedLocallyInnermostFirst() {
    Snapshot base = snap(folder("d"), folder("d/e"), file("d/e/x", 1), file("d/y", 2), KEEP);
    Snapshot remote = snap(KEEP);

    Plan plan = plan(base, base, remote);

    assertThat(plan.actions())
        .containsExactly(
            new Action.DeleteLocal(p("d/e/x"), file("d/e/x", 1)),
            new Action.DeleteLocal(p("d/e"), folder("d/e")),
            new Action.DeleteLocal(p("d/y"), file("d/y", 2)),
            new Action.DeleteLocal(p("d"), folder("d")));
    settle(plan, base, base, remote);
  }

  @Test
  void r12FolderCreatedOnBothSidesMergesItsChildrenWithoutConflict() {
    Snapshot local = snap(folder("d"), file("d/x", 1));
    Snapshot remote = snap(folder("d"), file("d/y", 2));

    Plan plan = plan(Snapshot.empty(), local, remote);

    assertThat(plan.conflicts()).isEmpty();
    assertThat(plan.actions())
        .containsExactly(
            new Action.RecordOnly(p("d"), Optional.of(folder("d"))),
            new Action.Upload(p("d/x"), file("d/x", 1), Optional.empty()),
            new Action.Download(p("d/y"), file("d/y", 2), Optional.empty()));
    settle(plan, Snapshot.empty(), local, remote);
  }

  @Test
  void r13LocalProblemSkipsThePathAndNeverDeletesItRemotely() {
    Snapshot base = snap(folder("d"), file("d/x", 1), file("d/y", 2), KEEP);
    Snapshot local =
        snap(folder("d"), file("d/y", 2), KEEP).toBuilder().problem(p("d/x"), "unreadable").build();

    Plan plan = plan(base, local, base);

    assertThat(plan.actions()).isEmpty();
    assertThat(plan.skipped())
        .containsExactly(new io.github.osf4j.core.Skip(p("d/x"), "local: unreadable"));
    settle(plan, base, local, base);
  }

  @Test
  void r13RemoteProblemSkipsTheSubtreeAndKeepsItsFolders() {
    Snapshot base = snap(folder("d"), folder("d/e"), file("d/e/x", 1), file("d/y", 2), KEEP);
    Snapshot local = snap(KEEP);
    Snapshot remote =
        snap(folder("d"), file("d/y", 2), KEEP).toBuilder()
            .problem(p("d/e"), "listing cut short")
            .build();

    Plan plan = plan(base, local, remote);

    assertThat(plan.actions())
        .containsExactly(
            new Action.MkdirLocal(p("d")), new Action.DeleteRemote(p("d/y"), file("d/y", 2)));
    assertThat(plan.skipped())
        .extracting(io.github.osf4j.core.Skip::path)
        .containsExactly(p("d/e"));
    settle(plan, base, local, remote);
  }

  @Test
  void r14FirstSyncRecordsEqualFilesPropagatesOneSidedOnesAndKeepsBothOfDifferentOnes() {
    Snapshot local = snap(file("same", 1), file("lonly", 2), file("diff", 3));
    Snapshot remote = snap(file("same", 1), file("ronly", 4), file("diff", 5));

    Plan plan = plan(Snapshot.empty(), local, remote);

    assertThat(plan.actions())
        .contains(
            new Action.RecordOnly(p("same"), Optional.of(file("same", 1))),
            new Action.Upload(p("lonly"), file("lonly", 2), Optional.empty()),
            new Action.Download(p("ronly"), file("ronly", 4), Optional.empty()));
    assertThat(plan.conflicts())
        .extracting(Conflict::path, Conflict::kind)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(p("diff"), Conflict.Kind.CREATE_CREATE));
    settle(plan, Snapshot.empty(), local, remote);
  }
}
