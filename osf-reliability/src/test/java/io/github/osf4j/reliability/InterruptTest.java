package io.github.osf4j.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.osf4j.core.ProjectState;
import io.github.osf4j.testkit.Fault;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Suite 2b: a real {@code osf4j sync} in a child JVM gets SIGINT or SIGTERM at random points (while
 * listing, during uploads and downloads of small and multi-MiB files, near the end; some rounds
 * press Ctrl-C twice). Each stopped run says {@code interrupted: N of M changes done} once and
 * exits 130 or 143 with no lock and no temp file left; the next {@code sync}, with no manual step,
 * converges with nothing lost and no conflict copy. {@code osf.interrupt.count} rounds (the chaos
 * profile runs 20).
 */
final class InterruptTest {
  private static final String LINE = "changes done; run sync again to finish";

  private final Map<String, Integer> byPoint = new TreeMap<>();
  private int hits;
  private int doubles;
  private int takeovers;
  private int reruns;

  @Test
  void interruptedSyncsStopCleanlyAndTheNextSyncConverges(@TempDir Path home) throws IOException {
    int rounds = Integer.getInteger("osf.interrupt.count", 6);
    Random random = new Random(4321);
    List<String> differences = new ArrayList<>();
    TreeSet<String> strays = new TreeSet<>();
    int checked = 0;
    try (Rig rig = Rig.start(home, 131)) {
      rig.server.faults().add(Fault.latency(Duration.ofMillis(5)));
      rig.server.faults().add(Fault.slowBody(8L << 20).onMethod("GET").onPathContaining("/v1/"));
      Workload work = new Workload(rig, 31);
      work.seed(40);
      work.seedSized(4, 3 << 20);
      rig.create().close();
      int lastRunRequests = 120;
      for (int k = 0; k < rounds; k++) {
        if (k > 0) {
          work.mutate(0.2);
          work.seedSized(2, (2 << 20) + random.nextInt(2 << 20));
        }
        String signal = k % 2 == 0 ? "INT" : "TERM";
        boolean twice = k % 5 == 3;
        String point = k % 3 == 0 ? "listing" : k % 3 == 1 ? "transfers" : "late";
        int target =
            switch (point) {
              case "listing" -> 1 + random.nextInt(3);
              case "transfers" -> 5 + random.nextInt(Math.max(1, lastRunRequests / 2));
              default -> Math.max(6, lastRunRequests - 5 - random.nextInt(10));
            };
        interruptOnce(rig, signal, twice, point, target);
        int start = rig.server.requests().count();
        rerunConverges(rig, k);
        lastRunRequests = Math.max(40, rig.server.requests().count() - start);
        ProjectState state = rig.store.load();
        Verifier verifier = new Verifier(rig);
        differences.addAll(verifier.differences(work.expected(), state.base()));
        checked += verifier.filesChecked();
        strays.addAll(Trees.strays(rig.root));
        assertThat(lockFiles(rig)).as("lock files after round %d", k).isEmpty();
      }
      Figures.record(
          "interrupt",
          String.format(
              "child=osf4j-cli rounds=%d interruptsThatHitARun=%d byPoint=%s doubleCtrlC=%d"
                  + " staleLockTakeovers=%d reruns=%d filesChecked=%d losses=%d differences=%d"
                  + " strayTempFilesLeft=%d manualSteps=0",
              rounds,
              hits,
              byPoint,
              doubles,
              takeovers,
              reruns,
              checked,
              Verifier.losses(differences),
              differences.size(),
              strays.size()));
    }
    assertThat(differences).isEmpty();
    assertThat(strays).as("temp files left in the root").isEmpty();
    assertThat(hits).as("interrupts that hit a running sync").isGreaterThanOrEqualTo(rounds / 2);
  }

  private void interruptOnce(Rig rig, String signal, boolean twice, String point, int target)
      throws IOException {
    int before = rig.server.requests().count();
    CliChild child = CliChild.sync(rig);
    boolean alive = child.awaitWhileAlive(() -> rig.server.requests().count() - before >= target);
    if (!alive) {
      assertThat(child.exitCode()).as("a run that ended first: %s", child.output()).isIn(0, 1);
      return;
    }
    child.signal(signal);
    if (twice) {
      child.signal("INT");
    }
    int code = child.exitCode();
    String out = child.output();
    assertThat(out).doesNotContain(Rig.TOKEN);
    if (code == 0 || code == 1) {
      return;
    }
    hits++;
    byPoint.merge(point + "/" + signal + (twice ? "x2" : ""), 1, Integer::sum);
    if (twice && out.contains("stopped at once")) {
      doubles++;
      assertThat(code).as(out).isEqualTo(signal.equals("INT") ? 130 : 143);
      return;
    }
    // TERM then INT: the two signals can reach the process in either order, so either code is an
    // honest report of how it was stopped.
    if (twice) {
      assertThat(code).as(out).isIn(130, 143);
    } else {
      assertThat(code).as(out).isEqualTo(signal.equals("INT") ? 130 : 143);
    }
    assertThat(child.lines("interrupted")).as(out).hasSize(1);
    assertThat(out).containsAnyOf(LINE, "interrupted before any change");
    assertThat(lockFiles(rig)).as("lock left by a stopped run").isEmpty();
    assertThat(Trees.strays(rig.root)).as("temp files left by a stopped run").isEmpty();
  }

  /** Runs sync until it exits 0 (at most three runs), with no manual step in between. */
  private void rerunConverges(Rig rig, int round) throws IOException {
    for (int attempt = 0; ; attempt++) {
      reruns++;
      CliChild child = CliChild.sync(rig);
      int code = child.exitCode();
      String out = child.output();
      if (out.contains("took over a stale lock")) {
        takeovers++;
      }
      assertThat(out).doesNotContain(Rig.TOKEN).doesNotContain("  conflict ");
      assertThat(code).as("rerun after round %d: %s", round, out).isIn(0, 1);
      if (code == 0) {
        return;
      }
      assertThat(attempt).as("reruns after round %d: %s", round, out).isLessThan(2);
    }
  }

  static List<Path> lockFiles(Rig rig) throws IOException {
    try (Stream<Path> s = Files.list(rig.meta)) {
      return s.filter(f -> f.toString().endsWith(".lock")).toList();
    }
  }
}
