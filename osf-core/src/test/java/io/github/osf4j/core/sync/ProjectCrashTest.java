package io.github.osf4j.core.sync;

import static io.github.osf4j.core.sync.ProjectWorld.P;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.osf4j.core.SyncReport;
import io.github.osf4j.testkit.fakes.FaultInjector;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** P6: a run killed after its k-th change, for every k, is finished by the next run. */
final class ProjectCrashTest {

  private static final Set<String> CHANGES =
      Set.of("upload", "update", "mkdir", "delete", "move", "commit");

  @ParameterizedTest(name = "crash {0} the change, {1} jobs")
  @CsvSource({"before, 1", "after, 1", "before, 4", "after, 4", "interrupt, 1"})
  void theNextRunConvergesAfterACrashAtEveryChange(String when, int jobs) throws IOException {
    Map<String, String> expected = syncedWithoutCrash();
    int changes = changesWithoutCrash();
    for (int k = 1; k <= changes + 1; k++) {
      ProjectWorld world = scenario();
      Crash crash = new Crash(k, when);
      world.remote.setFaults(crash);
      world.local.setFaults(crash);
      boolean crashed = runCrashing(world, jobs);
      Thread.interrupted();
      world.remote.setFaults(FaultInjector.NONE);
      world.local.setFaults(FaultInjector.NONE);
      if (k > changes) {
        assertThat(crashed).as("no change %d to crash at", k).isFalse();
        break;
      }
      if (!crashed) {
        // An interrupt that lands after the run's last check of it finds the run complete.
        assertThat(when).as("the run survived a crash at k=%d", k).isEqualTo("interrupt");
      }

      SyncReport rerun = world.sync();

      assertThat(rerun.failed()).as("k=%d", k).isEmpty();
      assertThat(rerun.skipped()).as("k=%d", k).isEmpty();
      assertThat(world.local.files()).as("local after crash at k=%d", k).isEqualTo(expected);
      assertThat(world.remote.files(P)).as("remote after crash at k=%d", k).isEqualTo(expected);
      assertThat(world.plan().actions()).as("third plan after crash at k=%d", k).isEmpty();
      assertThat(world.local.pendingFiles()).isZero();
    }
  }

  private static boolean runCrashing(ProjectWorld world, int jobs) throws IOException {
    try (Project project = world.open()) {
      project.setOptions(project.options().withJobs(jobs));
      project.analyze();
      project.apply();
      return false;
    } catch (ExecutorTest.SimulatedCrash | InterruptedIOException e) {
      return true;
    }
  }

  private static int changesWithoutCrash() throws IOException {
    ProjectWorld world = scenario();
    Crash counter = new Crash(0, "count");
    world.remote.setFaults(counter);
    world.local.setFaults(counter);
    world.sync();
    return counter.changes.get();
  }

  private static Map<String, String> syncedWithoutCrash() throws IOException {
    ProjectWorld world = scenario();
    assertThat(world.sync().isComplete()).isTrue();
    assertThat(world.local.files()).isEqualTo(world.remote.files(P));
    assertThat(world.plan().actions()).isEmpty();
    return world.local.files();
  }

  /** A synced project, then changed on both sides in every way the decision table knows. */
  static ProjectWorld scenario() throws IOException {
    ProjectWorld world = new ProjectWorld();
    for (String path :
        new String[] {"a.txt", "d/b.txt", "d/c.txt", "e/f.txt", "g.txt", "h.txt", "m/n.txt"}) {
      world.local.write(path, "v1 " + path);
    }
    assertThat(world.sync().isComplete()).isTrue();
    world.local.write("a.txt", "v2 local");
    world.remote.putFile(P, "d/b.txt", "v2 remote");
    world.local.remove("d/c.txt");
    world.remote.remove(P, "g.txt");
    world.local.write("h.txt", "v2 local h");
    world.remote.putFile(P, "h.txt", "v2 remote h");
    world.local.write("n/new.txt", "new local");
    world.remote.putFile(P, "r/new.txt", "new remote");
    world.local.write("s.txt", "same");
    world.remote.putFile(P, "s.txt", "same");
    world.local.write("t.txt", "local t");
    world.remote.putFile(P, "t.txt", "remote t");
    world.local.remove("e/f.txt");
    world.local.write("e/f2.txt", "v1 e/f.txt");
    world.remote.remove(P, "m");
    return world;
  }

  /** Kills the run at the k-th change: before it, after it, or by interrupting the run. */
  private static final class Crash implements FaultInjector {
    private final int k;
    private final String when;
    private final AtomicInteger changes = new AtomicInteger();
    private final Thread runner = Thread.currentThread();
    private final ThreadLocal<Boolean> kth = ThreadLocal.withInitial(() -> false);

    Crash(int k, String when) {
      this.k = k;
      this.when = when;
    }

    @Override
    public void before(String operation, String path) {
      if (CHANGES.contains(operation) && changes.incrementAndGet() == k) {
        kth.set(true);
        if (when.equals("before")) {
          throw new ExecutorTest.SimulatedCrash();
        }
        if (when.equals("interrupt")) {
          runner.interrupt();
        }
      }
    }

    @Override
    public void after(String operation, String path) {
      if (CHANGES.contains(operation) && when.equals("after") && kth.get()) {
        throw new ExecutorTest.SimulatedCrash();
      }
    }
  }
}
