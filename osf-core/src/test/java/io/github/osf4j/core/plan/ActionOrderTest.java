package io.github.osf4j.core.plan;

import static io.github.osf4j.core.plan.Fx.file;
import static io.github.osf4j.core.plan.Fx.folder;
import static io.github.osf4j.core.plan.Fx.p;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.osf4j.core.Action;
import io.github.osf4j.core.Plan;
import io.github.osf4j.core.Snapshot;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

final class ActionOrderTest {

  @Test
  void independentActionsFollowPathOrder() {
    List<Action> actions =
        List.of(
            new Action.Upload(p("b"), file("b", 1), Optional.empty()),
            new Action.RecordOnly(p("a"), Optional.empty()),
            new Action.Download(p("c"), file("c", 1), Optional.empty()));

    assertThat(ActionOrder.sort(actions).actions())
        .extracting(Action::path)
        .containsExactly(p("a"), p("b"), p("c"));
  }

  @Test
  void aFileIsUploadedOnlyAfterItWasMovedIntoPlace() {
    Action upload = new Action.Upload(p("a-copy"), file("a-copy", 1), Optional.empty());
    Action move = new Action.MoveLocal(p("b"), p("a-copy"), file("b", 1));

    assertThat(ActionOrder.sort(List.of(upload, move)).actions()).containsExactly(move, upload);
  }

  @Test
  void aFileIsDownloadedOnlyAfterItWasMovedIntoPlaceRemotely() {
    Action download = new Action.Download(p("a-copy"), file("a-copy", 1), Optional.empty());
    Action move = new Action.MoveRemote(p("b"), p("a-copy"), file("b", 1));

    assertThat(ActionOrder.sort(List.of(download, move)).actions()).containsExactly(move, download);
  }

  @Test
  void movesLeaveAFolderBeforeItIsDeletedAndEnterAFolderAfterItIsMade() {
    Action rmdir = new Action.DeleteRemote(p("a"), folder("a"));
    Action mkdir = new Action.MkdirRemote(p("z"));
    Action move = new Action.MoveRemote(p("a/x"), p("z/x"), file("a/x", 1));

    assertThat(ActionOrder.sort(List.of(rmdir, move, mkdir)).actions())
        .containsExactly(mkdir, move, rmdir);
  }

  @Test
  void actionsThatNeedEachOtherInACycleAreLeftOutNotACrash() {
    Action into = new Action.MoveLocal(p("a/x"), p("a"), file("a/x", 1));
    Action rmdir = new Action.DeleteLocal(p("a"), folder("a"));
    Action free = new Action.MkdirRemote(p("b"));

    ActionOrder.Ordered ordered = ActionOrder.sort(List.of(into, rmdir, free));

    assertThat(ordered.actions()).containsExactly(free);
    assertThat(ordered.stuck()).containsExactlyInAnyOrder(into, rmdir);
  }

  @Test
  void plannerForThisMachineUsesItsNameRules() {
    Snapshot remote = Fx.snap(file("a", 1));
    Plan plan =
        new Planner(Clock.systemUTC()).plan(Snapshot.empty(), Snapshot.empty(), remote, Fx.OPTIONS);

    assertThat(plan.actions())
        .containsExactly(new Action.Download(p("a"), file("a", 1), Optional.empty()));
  }
}
