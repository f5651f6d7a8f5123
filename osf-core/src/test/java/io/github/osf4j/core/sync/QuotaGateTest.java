package io.github.osf4j.core.sync;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.osf4j.core.Action;
import io.github.osf4j.core.Entry;
import io.github.osf4j.core.Plan;
import io.github.osf4j.core.RelPath;
import io.github.osf4j.core.Safety;
import io.github.osf4j.core.Skip;
import io.github.osf4j.core.StorageCheck;
import io.github.osf4j.core.StorageUsage;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

final class QuotaGateTest {
  private static final long MB = 1_000_000;

  @Test
  void uploadsThatFitRunAndTheOthersAreSkippedInPlanOrder() {
    Plan plan = plan(upload("a", 3 * MB), upload("b", 2 * MB), upload("c", MB / 2));

    QuotaGate.Result result = QuotaGate.check(plan, new StorageUsage(6 * MB, 10 * MB, false));

    assertThat(paths(result.plan().actions())).containsExactly("a", "c");
    assertThat(result.plan().skipped())
        .extracting(s -> s.path().value(), Skip::reason)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("b", QuotaGate.REASON));
    StorageCheck check = result.check();
    assertThat(check.plannedUploads()).isEqualTo(3);
    assertThat(check.plannedBytes()).isEqualTo(5_500_000);
    assertThat(check.overByBytes()).isEqualTo(1_500_000);
    assertThat(check.skippedBytes()).isEqualTo(2 * MB);
    assertThat(paths(List.copyOf(check.skipped()))).containsExactly("b");
  }

  @Test
  void aNewVersionOfAnExistingFileCountsInFull() {
    Entry remote = Entry.file(RelPath.of("big"), 4 * MB, null, null);
    Action update = new Action.Upload(RelPath.of("big"), file("big", 4 * MB), Optional.of(remote));

    QuotaGate.Result result =
        QuotaGate.check(plan(update), new StorageUsage(7 * MB, 10 * MB, false));

    assertThat(result.plan().actions()).isEmpty();
    assertThat(result.check().overByBytes()).isEqualTo(MB);
  }

  @Test
  void aPlanThatFitsIsReturnedUnchanged() {
    Plan plan = plan(upload("a", MB), new Action.MkdirLocal(RelPath.of("d")));

    QuotaGate.Result result = QuotaGate.check(plan, new StorageUsage(9 * MB, 10 * MB, true));

    assertThat(result.plan()).isSameAs(plan);
    assertThat(result.check().skipped()).isEmpty();
    assertThat(result.check().overByBytes()).isZero();
  }

  @Test
  void overTheQuotaEvenAnEmptyFileIsSkippedButOtherActionsRun() {
    Action download = new Action.Download(RelPath.of("x"), file("x", MB), Optional.empty());
    Plan plan = plan(upload("empty", 0), download);

    QuotaGate.Result result = QuotaGate.check(plan, new StorageUsage(11 * MB, 10 * MB, false));

    assertThat(paths(result.plan().actions())).containsExactly("x");
    assertThat(result.check().skipped()).hasSize(1);
  }

  @Test
  void anActionWaitingForASkippedUploadIsSkippedToo() {
    Action record = new Action.RecordOnly(RelPath.of("b"), Optional.empty());
    Plan plan = plan(upload("b", 2 * MB), record, upload("c", MB));

    QuotaGate.Result result = QuotaGate.check(plan, new StorageUsage(0, MB, false));

    assertThat(paths(result.plan().actions())).containsExactly("c");
    assertThat(result.plan().skipped())
        .extracting(Skip::reason)
        .containsExactly(QuotaGate.REASON, "waits for b, " + QuotaGate.REASON);
  }

  @Test
  void usageSaysWhenItIsNearOrOver() {
    assertThat(new StorageUsage(899, 1000, false).isNear()).isFalse();
    assertThat(new StorageUsage(900, 1000, false).isNear()).isTrue();
    assertThat(new StorageUsage(1000, 1000, false).isOver()).isFalse();
    assertThat(new StorageUsage(1001, 1000, false).isOver()).isTrue();
    assertThat(new StorageUsage(1001, 1000, false).freeBytes()).isZero();
    assertThat(new StorageUsage(955, 1000, false).percent()).isEqualTo(95);
  }

  private static Plan plan(Action... actions) {
    return new Plan(List.of(actions), List.of(), List.of(), new Safety.Safe());
  }

  private static Action upload(String path, long size) {
    return new Action.Upload(RelPath.of(path), file(path, size), Optional.empty());
  }

  private static Entry file(String path, long size) {
    return Entry.file(RelPath.of(path), size, null, null);
  }

  private static List<String> paths(List<? extends Action> actions) {
    return actions.stream().map(a -> a.path().value()).toList();
  }
}
