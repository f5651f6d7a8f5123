package io.github.osf4j.core.plan;

import static io.github.osf4j.core.plan.Fx.OPTIONS;
import static io.github.osf4j.core.plan.Fx.PLANNER;
import static io.github.osf4j.core.plan.Fx.file;
import static io.github.osf4j.core.plan.Fx.folder;
import static io.github.osf4j.core.plan.Fx.p;
import static io.github.osf4j.core.plan.Fx.snap;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.osf4j.core.Action;
import io.github.osf4j.core.ComponentFolder;
import io.github.osf4j.core.Plan;
import io.github.osf4j.core.Skip;
import io.github.osf4j.core.Snapshot;
import io.github.osf4j.core.SyncMode;
import io.github.osf4j.core.SyncOptions;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The planner with component folders, on snapshots alone (whatever a remote lists). */
final class ComponentBoundsTest {
  private static final ComponentFolder DATA =
      new ComponentFolder("c1", "Data", p("Data (c1)"), true, true);
  private static final ComponentFolder SHARED =
      new ComponentFolder("c3", "Shared", p("Shared (c3)"), false, true);

  private static Plan plan(
      Snapshot base, Snapshot local, Snapshot remote, SyncOptions options, ComponentFolder... c) {
    return PLANNER.plan(base, local, remote, options.withComponents(List.of(c)));
  }

  @Test
  void aGoneComponentsFolderIsSkippedEvenWhenTheListingJustLacksIt() {
    ComponentFolder gone = new ComponentFolder("c1", "Data", p("Data (c1)"), false, false);
    Snapshot both = snap(folder("Data (c1)"), file("Data (c1)/a.csv", 1), file("top.txt", 2));

    Plan plan = plan(both, both, snap(file("top.txt", 2)), OPTIONS, gone);

    assertThat(plan.actions()).isEmpty();
    assertThat(plan.skipped()).extracting(Skip::path).containsExactly(p("Data (c1)"));
  }

  @Test
  void aPullWithDeleteDeletesInAReadOnlyComponentAndAPullWithoutKeepsTheFile() {
    Snapshot base = snap(folder("Shared (c3)"), file("Shared (c3)/a.csv", 1));
    Snapshot remote = snap(folder("Shared (c3)"));

    Plan with = plan(base, base, remote, OPTIONS.withMode(SyncMode.PULL, true), SHARED);
    Plan without = plan(base, base, remote, OPTIONS.withMode(SyncMode.PULL, false), SHARED);

    assertThat(with.actions()).extracting(Action::type).containsExactly("delete-local");
    assertThat(without.actions()).isEmpty();
  }

  @Test
  void aProblemInsideAReadOnlyComponentIsSkippedThereOnly() {
    Snapshot base = snap(folder("Shared (c3)"), file("Shared (c3)/a.csv", 1));
    Snapshot remote =
        Snapshot.builder()
            .put(folder("Shared (c3)"))
            .problem(p("Shared (c3)/a.csv"), "a name OSF cannot hold here")
            .build();

    Plan plan = plan(base, base, remote, OPTIONS, SHARED, DATA);

    assertThat(plan.actions()).isEmpty();
    assertThat(plan.skipped())
        .extracting(Skip::reason)
        .containsExactly("remote: a name OSF cannot hold here");
  }

  @Test
  void aWritableComponentInsideAReadOnlyOneIsSyncedBothWays() {
    ComponentFolder inner =
        new ComponentFolder("c4", "Mine", p("Shared (c3)/Mine (c4)"), true, true);
    Snapshot base = snap(folder("Shared (c3)"), folder("Shared (c3)/Mine (c4)"));
    Snapshot local =
        snap(
            folder("Shared (c3)"),
            folder("Shared (c3)/Mine (c4)"),
            file("Shared (c3)/Mine (c4)/new.csv", 5),
            file("Shared (c3)/other.csv", 6));

    Plan plan = plan(base, local, base, OPTIONS, SHARED, inner);

    assertThat(plan.actions())
        .extracting(a -> a.type() + " " + a.path())
        .containsExactly("upload Shared (c3)/Mine (c4)/new.csv");
    assertThat(plan.skipped()).extracting(Skip::path).containsExactly(p("Shared (c3)/other.csv"));
  }
}
