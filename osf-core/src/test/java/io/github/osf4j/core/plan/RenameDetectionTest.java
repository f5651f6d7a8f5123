package io.github.osf4j.core.plan;

import static io.github.osf4j.core.plan.Fx.folder;
import static io.github.osf4j.core.plan.Fx.localFile;
import static io.github.osf4j.core.plan.Fx.p;
import static io.github.osf4j.core.plan.Fx.plan;
import static io.github.osf4j.core.plan.Fx.remoteFile;
import static io.github.osf4j.core.plan.Fx.settle;
import static io.github.osf4j.core.plan.Fx.snap;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.osf4j.core.Action;
import io.github.osf4j.core.Entry;
import io.github.osf4j.core.LocalStamp;
import io.github.osf4j.core.Plan;
import io.github.osf4j.core.Snapshot;
import java.util.Optional;
import org.junit.jupiter.api.Test;

final class RenameDetectionTest {

  private static Entry both(String path, int content, String id, String key) {
    return remoteFile(path, content, id).withStamp(new LocalStamp(content, 1_000L, key));
  }

  @Test
  void remoteRenameBecomesALocalMove() {
    Snapshot base = snap(both("old", 1, "osf-1", "ino-1"), both("k", 9, "osf-9", "ino-9"));
    Snapshot local = snap(localFile("old", 1, "ino-1"), localFile("k", 9, "ino-9"));
    Snapshot remote =
        snap(folder("sub"), remoteFile("sub/new", 1, "osf-1"), remoteFile("k", 9, "osf-9"));

    Plan plan = plan(base, local, remote);

    assertThat(plan.actions())
        .containsExactly(
            new Action.MkdirLocal(p("sub")),
            new Action.MoveLocal(p("old"), p("sub/new"), localFile("old", 1, "ino-1")));
    settle(plan, base, local, remote);
  }

  @Test
  void localRenameBecomesARemoteMove() {
    Snapshot base = snap(both("old", 1, "osf-1", "ino-1"), both("k", 9, "osf-9", "ino-9"));
    Snapshot local = snap(localFile("new", 1, "ino-1"), localFile("k", 9, "ino-9"));
    Snapshot remote = snap(remoteFile("old", 1, "osf-1"), remoteFile("k", 9, "osf-9"));

    Plan plan = plan(base, local, remote);

    assertThat(plan.actions())
        .containsExactly(new Action.MoveRemote(p("old"), p("new"), remoteFile("old", 1, "osf-1")));
    settle(plan, base, local, remote);
  }

  @Test
  void localCopyWithANewFileKeyIsUploadedNotMoved() {
    Snapshot base = snap(both("old", 1, "osf-1", "ino-1"), both("k", 9, "osf-9", "ino-9"));
    Snapshot local = snap(localFile("new", 1, "ino-2"), localFile("k", 9, "ino-9"));
    Snapshot remote = snap(remoteFile("old", 1, "osf-1"), remoteFile("k", 9, "osf-9"));

    Plan plan = plan(base, local, remote);

    assertThat(plan.actions())
        .containsExactly(
            new Action.Upload(p("new"), localFile("new", 1, "ino-2"), Optional.empty()),
            new Action.DeleteRemote(p("old"), remoteFile("old", 1, "osf-1")));
  }

  @Test
  void renameWithAnEditIsADeleteAndACreate() {
    Snapshot base = snap(both("old", 1, "osf-1", "ino-1"), both("k", 9, "osf-9", "ino-9"));
    Snapshot local = snap(localFile("old", 1, "ino-1"), localFile("k", 9, "ino-9"));
    Snapshot remote = snap(remoteFile("new", 2, "osf-1"), remoteFile("k", 9, "osf-9"));

    Plan plan = plan(base, local, remote);

    assertThat(plan.actions())
        .containsExactly(
            new Action.Download(p("new"), remoteFile("new", 2, "osf-1"), Optional.empty()),
            new Action.DeleteLocal(p("old"), localFile("old", 1, "ino-1")));
    settle(plan, base, local, remote);
  }

  @Test
  void moveIntoTheOldPathsOwnFolderPositionIsNotDetected() {
    Snapshot base = snap(folder("a"), both("a/x", 1, "osf-1", "ino-1"), both("k", 9, "o9", "i9"));
    Snapshot local = snap(folder("a"), localFile("a/x", 1, "ino-1"), localFile("k", 9, "i9"));
    Snapshot remote = snap(remoteFile("a", 1, "osf-1"), remoteFile("k", 9, "o9"));

    Plan plan = plan(base, local, remote);

    assertThat(plan.actions()).noneMatch(a -> a instanceof Action.MoveLocal);
    settle(plan, base, local, remote);
  }

  @Test
  void remoteIdSeenTwiceIsAmbiguousAndNotDetected() {
    Snapshot base = snap(both("old", 1, "osf-1", "ino-1"), both("k", 9, "o9", "i9"));
    Snapshot local = snap(localFile("old", 1, "ino-1"), localFile("k", 9, "i9"));
    Snapshot remote =
        snap(remoteFile("n1", 1, "osf-1"), remoteFile("n2", 1, "osf-1"), remoteFile("k", 9, "o9"));

    Plan plan = plan(base, local, remote);

    assertThat(plan.actions()).noneMatch(a -> a instanceof Action.MoveLocal).hasSize(3);
  }

  @Test
  void withoutIdsOrFileKeysNothingIsDetected() {
    Snapshot base = snap(Fx.file("old", 1), Fx.file("k", 9));
    Snapshot local = snap(Fx.file("new", 1), Fx.file("k", 9));

    Plan plan = plan(base, local, base);

    assertThat(plan.actions()).hasSize(2).noneMatch(a -> a instanceof Action.MoveRemote);
  }

  @Test
  void renamesOnBothSidesOfDifferentFilesAreBothDetected() {
    Snapshot base = snap(both("a", 1, "osf-1", "ino-1"), both("b", 2, "osf-2", "ino-2"));
    Snapshot local = snap(localFile("a2", 1, "ino-1"), localFile("b", 2, "ino-2"));
    Snapshot remote = snap(remoteFile("a", 1, "osf-1"), remoteFile("b2", 2, "osf-2"));

    Plan plan = plan(base, local, remote);

    assertThat(plan.actions())
        .containsExactlyInAnyOrder(
            new Action.MoveRemote(p("a"), p("a2"), remoteFile("a", 1, "osf-1")),
            new Action.MoveLocal(p("b"), p("b2"), localFile("b", 2, "ino-2")));
    settle(plan, base, local, remote);
  }
}
