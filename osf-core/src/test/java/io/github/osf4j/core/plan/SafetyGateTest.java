package io.github.osf4j.core.plan;

import static io.github.osf4j.core.plan.Fx.file;
import static io.github.osf4j.core.plan.Fx.folder;
import static io.github.osf4j.core.plan.Fx.snap;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.osf4j.core.Plan;
import io.github.osf4j.core.Safety;
import io.github.osf4j.core.Snapshot;
import io.github.osf4j.core.SyncOptions;
import org.junit.jupiter.api.Test;

final class SafetyGateTest {

  private static final Snapshot FOUR =
      snap(folder("d"), file("d/1", 1), file("d/2", 2), file("3", 3), file("4", 4));

  private static Plan plan(Snapshot base, Snapshot local, Snapshot remote, SyncOptions options) {
    return Fx.PLANNER.plan(base, local, remote, options);
  }

  private static Safety.Unsafe unsafe(Plan plan) {
    assertThat(plan.safety()).isInstanceOf(Safety.Unsafe.class);
    return (Safety.Unsafe) plan.safety();
  }

  @Test
  void deletingHalfTheRemoteFilesIsAllowedByDefault() {
    Plan plan =
        plan(FOUR, snap(folder("d"), file("d/1", 1), file("3", 3)), FOUR, SyncOptions.DEFAULTS);

    assertThat(plan.safety().isSafe()).isTrue();
    assertThat(plan.actions()).hasSize(2);
  }

  @Test
  void deletingMoreThanHalfTheRemoteFilesIsUnsafeButStillListed() {
    Plan plan = plan(FOUR, snap(file("3", 3)), FOUR, SyncOptions.DEFAULTS);

    assertThat(unsafe(plan).reasons())
        .containsExactly(
            "the sync would delete 3 of 4 remote files (75 %), more than the limit of 50 %"
                + " (use force to allow)");
    assertThat(plan.actions()).hasSize(4);
  }

  @Test
  void deletingMoreThanTheLimitOfLocalFilesIsUnsafe() {
    Plan plan = plan(FOUR, FOUR, snap(file("4", 4)), SyncOptions.DEFAULTS.withMaxDeletePercent(60));

    assertThat(unsafe(plan).reasons())
        .containsExactly(
            "the sync would delete 3 of 4 local files (75 %), more than the limit of 60 %"
                + " (use force to allow)");
  }

  @Test
  void theLimitIsAShareNotACount() {
    Plan plan = plan(FOUR, FOUR, snap(file("4", 4)), SyncOptions.DEFAULTS.withMaxDeletePercent(75));

    assertThat(plan.safety().isSafe()).isTrue();
  }

  @Test
  void zeroPercentForbidsAnyDelete() {
    Plan plan =
        plan(
            FOUR,
            FOUR,
            snap(folder("d"), file("d/1", 1), file("d/2", 2), file("3", 3)),
            SyncOptions.DEFAULTS.withMaxDeletePercent(0));

    assertThat(unsafe(plan).reasons()).hasSize(1);
  }

  @Test
  void forceAllowsManyDeletes() {
    Plan plan = plan(FOUR, snap(file("3", 3)), FOUR, SyncOptions.DEFAULTS.withForce(true));

    assertThat(plan.safety().isSafe()).isTrue();
  }

  @Test
  void emptyLocalRootWithANonEmptyIndexIsUnsafe() {
    Plan plan = plan(FOUR, Snapshot.empty(), FOUR, SyncOptions.DEFAULTS.withMaxDeletePercent(100));

    assertThat(unsafe(plan).reasons())
        .containsExactly(
            "the local folder is empty or missing, but the last sync recorded 5 entries;"
                + " check that the disk is mounted (use force to sync anyway)");
  }

  @Test
  void emptyLocalRootWithAnEmptyIndexIsAFirstSync() {
    Plan plan = plan(Snapshot.empty(), Snapshot.empty(), FOUR, SyncOptions.DEFAULTS);

    assertThat(plan.safety().isSafe()).isTrue();
    assertThat(plan.actions()).hasSize(5);
  }

  @Test
  void forceAllowsSyncingAnEmptiedRoot() {
    Plan plan = plan(FOUR, Snapshot.empty(), FOUR, SyncOptions.DEFAULTS.withForce(true));

    assertThat(plan.safety().isSafe()).isTrue();
  }

  @Test
  void bothGatesReportTogether() {
    Plan plan = plan(FOUR, Snapshot.empty(), FOUR, SyncOptions.DEFAULTS);

    assertThat(unsafe(plan).reasons()).hasSize(2);
  }
}
