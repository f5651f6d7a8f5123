package io.github.osf4j.core.sync;

import static io.github.osf4j.core.sync.ProjectWorld.P;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.osf4j.core.Action;
import io.github.osf4j.core.Plan;
import io.github.osf4j.core.QuotaExceededException;
import io.github.osf4j.core.ServerException;
import io.github.osf4j.core.StorageCheck;
import io.github.osf4j.core.StorageUsage;
import io.github.osf4j.core.SyncReport;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/** The quota check in analyze and apply, on the in-memory OSF. */
final class ProjectQuotaTest {
  private final ProjectWorld world = new ProjectWorld();

  @Test
  void analyzeLeavesOutUploadsOverTheQuotaAndApplyRunsTheRest() throws IOException {
    world.remote.setQuota(P, 10);
    world.remote.putFile(P, "theirs.txt", "123456");
    world.local.write("small.txt", "abc");
    world.local.write("large.txt", "abcdefgh");

    try (Project project = world.open()) {
      Plan plan = project.analyze();
      StorageCheck check = project.lastStorageCheck().orElseThrow();
      SyncReport report = project.apply();

      assertThat(plan.skipped()).extracting(s -> s.path().value()).containsExactly("large.txt");
      assertThat(check.usage()).isEqualTo(new StorageUsage(6, 10, false));
      assertThat(check.overByBytes()).isEqualTo(7);
      assertThat(report.isComplete()).isFalse();
      assertThat(report.failed()).isEmpty();
    }
    assertThat(world.remote.files(P)).containsOnlyKeys("theirs.txt", "small.txt");
    assertThat(world.local.files()).containsKey("theirs.txt");
    assertThat(world.remote.calls()).doesNotContain("upload large.txt");
  }

  @Test
  void everyVersionCountsTowardsTheQuota() throws IOException {
    world.remote.setQuota(P, 10);
    world.local.write("a.txt", "1234");
    world.sync();
    world.local.write("a.txt", "5678");
    world.sync();
    world.local.write("a.txt", "9abc");

    Plan plan = world.plan();

    assertThat(world.remote.usage(P)).isEqualTo(8);
    assertThat(plan.skipped()).extracting(s -> s.path().value()).containsExactly("a.txt");
  }

  @Test
  void unknownUsageDoesNotBlockAndOsfStillRefusesWhatDoesNotFit() throws IOException {
    world.remote.setQuota(P, 5);
    world.remote.setStoragePending(true);
    world.local.write("big.txt", "0123456789");

    try (Project project = world.open()) {
      Plan plan = project.analyze();

      assertThat(plan.actions()).extracting(Action::type).containsExactly("upload");
      assertThat(project.lastStorageCheck()).isEmpty();
      assertThatThrownBy(project::apply)
          .isInstanceOf(QuotaExceededException.class)
          .hasMessageContaining("the run stopped after 0 of 1 actions");
    }
  }

  @Test
  void aPlanWithoutUploadsDoesNotReadTheStorage() throws IOException {
    world.remote.putFile(P, "theirs.txt", "x");

    world.plan();

    assertThat(world.remote.storageReads()).isZero();
  }

  @Test
  void storageUsageIsEmptyWhenOsfCannotSay() throws IOException {
    world.remote.setFaults(
        new io.github.osf4j.testkit.fakes.FaultInjector() {
          @Override
          public void before(String operation, String path) throws IOException {
            if (operation.equals("storage")) {
              throw new ServerException("storage endpoint down");
            }
          }
        });
    world.local.write("a.txt", "a");

    try (Project project = world.open()) {
      assertThat(project.storageUsage()).isEmpty();
      assertThat(project.analyze().actions()).extracting(Action::type).containsExactly("upload");
    }
  }
}
