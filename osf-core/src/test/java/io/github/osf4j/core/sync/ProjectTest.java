package io.github.osf4j.core.sync;

import static io.github.osf4j.core.sync.ProjectWorld.P;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.osf4j.core.Action;
import io.github.osf4j.core.IncompleteListingException;
import io.github.osf4j.core.Plan;
import io.github.osf4j.core.ProjectLockedException;
import io.github.osf4j.core.RelPath;
import io.github.osf4j.core.Safety;
import io.github.osf4j.core.Skip;
import io.github.osf4j.core.SyncReport;
import io.github.osf4j.core.UnsafePlanException;
import io.github.osf4j.testkit.fakes.RecordingSyncListener;
import java.io.IOException;
import java.util.Map;
import org.junit.jupiter.api.Test;

final class ProjectTest {
  private final ProjectWorld world = new ProjectWorld();

  @Test
  void analyzeShowsChangesWithoutMakingThem() throws IOException {
    world.local.write("mine.txt", "mine");
    world.remote.putFile(P, "theirs.txt", "theirs");

    try (Project project = world.open()) {
      Plan plan = project.analyze();

      assertThat(plan.actions())
          .extracting(Action::type)
          .containsExactlyInAnyOrder("upload", "download");
      assertThat(project.lastPlan()).contains(plan);
    }
    assertThat(world.local.files()).containsOnlyKeys("mine.txt");
    assertThat(world.remote.files(P)).containsOnlyKeys("theirs.txt");
    assertThat(world.store.saves()).isEmpty();
  }

  @Test
  void applyPerformsThePlanAndSavesTheIndex() throws IOException {
    world.local.write("d/mine.txt", "mine");
    world.remote.putFile(P, "e/theirs.txt", "theirs");
    RecordingSyncListener events = new RecordingSyncListener();

    try (Project project = world.open()) {
      project.setListener(events);
      project.analyze();
      SyncReport report = project.apply();

      assertThat(report.isComplete()).isTrue();
      assertThat(project.lastPlan()).isEmpty();
      assertThat(project.index().entries())
          .containsOnlyKeys(paths("d", "d/mine.txt", "e", "e/theirs.txt"));
    }
    Map<String, String> both = Map.of("d/mine.txt", "mine", "e/theirs.txt", "theirs");
    assertThat(world.local.files()).isEqualTo(both);
    assertThat(world.remote.files(P)).isEqualTo(both);
    assertThat(world.store.state().orElseThrow().base().entries()).hasSize(4);
    assertThat(events.phases())
        .containsSubsequence("scanning", "listing", "planning", "listing", "applying", "saving");
    assertThat(world.plan().actions()).isEmpty();
  }

  @Test
  void applyWithoutAnalyzeAnalyzesFirst() throws IOException {
    world.remote.putFile(P, "a.txt", "a");

    try (Project project = world.open()) {
      assertThat(project.apply().done()).hasSize(1);
    }
    assertThat(world.local.files()).containsEntry("a.txt", "a");
  }

  @Test
  void applyRechecksRemoteTargetsAgainstAFreshListing() throws IOException {
    world.local.write("a.txt", "v1");
    world.sync();
    world.local.write("a.txt", "v2 local");

    try (Project project = world.open()) {
      project.analyze();
      world.remote.putFile(P, "a.txt", "v2 remote");
      SyncReport report = project.apply();

      assertThat(report.skipped()).extracting(Skip::path).containsExactly(RelPath.of("a.txt"));
    }
    assertThat(world.remote.text(P, "a.txt")).contains("v2 remote");
    assertThat(world.local.text("a.txt")).contains("v2 local");
    world.sync();
    assertThat(world.remote.files(P)).hasSize(2).containsEntry("a.txt", "v2 remote");
    assertThat(world.remote.files(P)).isEqualTo(world.local.files());
  }

  @Test
  void anUnsafePlanIsRefusedUnlessForced() throws IOException {
    for (int i = 0; i < 4; i++) {
      world.local.write("f" + i, "x" + i);
    }
    world.sync();
    for (int i = 0; i < 3; i++) {
      world.local.remove("f" + i);
    }

    try (Project project = world.open()) {
      assertThat(project.analyze().safety().isSafe()).isFalse();
      assertThatThrownBy(project::apply).isInstanceOf(UnsafePlanException.class);
      assertThat(world.remote.files(P)).hasSize(4);

      project.setOptions(project.options().withForce(true));
      assertThat(project.apply().isComplete()).isTrue();
    }
    assertThat(world.remote.files(P)).containsOnlyKeys("f3");
  }

  @Test
  void aMissingRootWithAnIndexGivesAnUnsafePlanThatDoesNothing() throws IOException {
    world.local.write("a.txt", "a");
    world.sync();
    world.local.setRootExists(false);

    try (Project project = world.open()) {
      Plan plan = project.analyze();
      assertThat(plan.actions()).isEmpty();
      assertThat(((Safety.Unsafe) plan.safety()).reasons())
          .singleElement()
          .asString()
          .contains("does not exist");
      UnsafePlanException refused =
          org.junit.jupiter.api.Assertions.assertThrows(UnsafePlanException.class, project::apply);
      assertThat(refused.reasons()).hasSize(1);

      project.setOptions(project.options().withForce(true));
      assertThat(project.apply().done()).isEmpty();
    }
    assertThat(world.remote.files(P)).containsOnlyKeys("a.txt");
  }

  @Test
  void aFailedListingGivesNoPlan() throws IOException {
    world.remote.setListingFails(true);

    try (Project project = world.open()) {
      assertThatThrownBy(project::analyze).isInstanceOf(IncompleteListingException.class);
      assertThat(project.lastPlan()).isEmpty();
    }
  }

  @Test
  void theLockKeepsTwoRunsApartUntilClosed() throws IOException {
    Project first = world.open();
    assertThat(world.store.isLocked()).as("the lock is taken before the file is read").isTrue();
    first.analyze();
    assertThatThrownBy(world::open).isInstanceOf(ProjectLockedException.class);
    first.close();
    first.close();
    assertThat(world.store.isLocked()).isFalse();
    world.plan();
  }

  @Test
  void saveWritesOnlyWhatTheRunHasNotWrittenYet() throws IOException {
    world.local.write("a.txt", "a");
    try (Project project = world.open()) {
      project.save();
      assertThat(world.store.saves()).isEmpty();

      project.apply(project.analyze());
      int written = world.store.saves().size();
      project.save();

      assertThat(written).isPositive();
      assertThat(world.store.saves()).hasSize(written);
      assertThat(world.store.saves().get(written - 1)).isEqualTo(world.store.state().orElseThrow());
      assertThat(project.index().contains(RelPath.of("a.txt"))).isTrue();
    }
  }

  @Test
  void applyTakesOnlyThePlanOfTheLastAnalysis() throws IOException {
    world.local.write("a.txt", "a");
    try (Project project = world.open()) {
      Plan shown = project.analyze();
      world.local.write("b.txt", "b");
      Plan newer = project.analyze();

      assertThat(newer).isNotEqualTo(shown);
      assertThatThrownBy(() -> project.apply(shown))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("last analyze()");
      assertThat(project.apply(newer).isComplete()).isTrue();
      assertThatThrownBy(() -> project.apply(newer)).isInstanceOf(IllegalStateException.class);
    }
    assertThat(world.remote.text(P, "b.txt")).contains("b");
  }

  @Test
  void theIndexIsSavedInBatchesDuringTheRun() throws IOException {
    for (int i = 0; i < 3 * IndexJournal.BATCH; i++) {
      world.local.write("f" + i, "content " + i);
    }
    world.sync();

    assertThat(world.store.saves()).hasSizeGreaterThanOrEqualTo(3);
    assertThat(world.store.saves().get(0).base().size()).isLessThan(3 * IndexJournal.BATCH);
  }

  @Test
  void aSaveFailureAfterTheRunIsReported() throws IOException {
    world.local.write("a.txt", "a");
    world.store.setSavesFail(true);

    try (Project project = world.open()) {
      assertThatThrownBy(project::apply).hasMessageContaining("disk full");
      assertThat(project.index().contains(RelPath.of("a.txt"))).isTrue();
    }
    world.store.setSavesFail(false);
    assertThat(world.plan().isInSync()).isTrue();
  }

  @Test
  void changingOptionsDropsTheAnalyzedPlan() throws IOException {
    try (Project project = world.open()) {
      project.analyze();
      project.setOptions(project.options().withJobs(1));
      assertThat(project.lastPlan()).isEmpty();
      assertThat(project.options().jobs()).isEqualTo(1);
    }
  }

  private static RelPath[] paths(String... values) {
    RelPath[] paths = new RelPath[values.length];
    for (int i = 0; i < values.length; i++) {
      paths[i] = RelPath.of(values[i]);
    }
    return paths;
  }
}
