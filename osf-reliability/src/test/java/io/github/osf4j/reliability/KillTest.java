package io.github.osf4j.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.osf4j.core.ProjectState;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Suite 2: a sync in a child JVM is killed with SIGKILL at random instants (during the listing,
 * during transfers, while the project file is written); the next run converges with nothing lost,
 * no conflict copies, no temp files left in the root, and a readable project file. The lock a
 * killed run leaves is taken over by the next run; the test never deletes it.
 */
final class KillTest {
  private static final long DEADLINE_NANOS = TimeUnit.SECONDS.toNanos(120);
  private static final String CLI_MAIN = "io.github.osf4j.cli.Main";
  private static final boolean CLI = cliAvailable();

  private final Map<String, Integer> killsByPhase = new TreeMap<>();
  private int staleLocks;
  private int childRuns;

  @Test
  void killedSyncsResumeWithoutLossOrSpuriousConflicts(@TempDir Path home) throws IOException {
    int kills = Integer.getInteger("osf.kill.count", 5);
    int files = Integer.getInteger("osf.kill.files", 60);
    Random random = new Random(1234);
    List<String> differences = new ArrayList<>();
    int killed = 0;
    int checked = 0;
    java.util.Set<String> strays = new java.util.TreeSet<>();
    try (Rig rig = Rig.start(home, 99)) {
      Workload work = new Workload(rig, 77);
      work.seed(files);
      rig.create().close();
      int lastRunRequests = Math.max(20, files * 2);
      for (int k = 0; k < kills; k++) {
        if (k > 0) {
          work.mutate(0.15);
        }
        String phase = k % 3 == 0 ? "listing" : k % 3 == 1 ? "transfers" : "index-write";
        int before = rig.server.requests().count();
        Process child = start(rig);
        boolean wasKilled = killAt(rig, child, phase, before, lastRunRequests, random);
        killed += wasKilled ? 1 : 0;
        if (wasKilled) {
          killsByPhase.merge(phase, 1, Integer::sum);
        }
        int rerunStart = rig.server.requests().count();
        assertThat(rerun(rig)).as("the run after kill %d converges", k).isZero();
        lastRunRequests = Math.max(20, rig.server.requests().count() - rerunStart);
        ProjectState state = rig.store.load();
        Verifier verifier = new Verifier(rig);
        differences.addAll(verifier.differences(work.expected(), state.base()));
        checked += verifier.filesChecked();
        strays.addAll(Trees.strays(rig.root));
        assertThat(rerun(rig)).as("a second run after kill %d", k).isZero();
      }
      Figures.record(
          "kill",
          String.format(
              "child=%s kills=%d killsByPhase=%s childRuns=%d staleLocksTakenOver=%d manualSteps=0 filesChecked=%d"
                  + " losses=%d differences=%d strayTempFilesLeft=%d",
              CLI ? "osf4j-cli" : "SyncChild",
              killed,
              killsByPhase,
              childRuns,
              staleLocks,
              checked,
              Verifier.losses(differences),
              differences.size(),
              strays.size()));
    }
    assertThat(differences).isEmpty();
    assertThat(strays).as("temp files left in the root after the reruns").isEmpty();
    assertThat(killed).as("kills that hit a running sync").isGreaterThanOrEqualTo(kills / 2);
  }

  /**
   * Runs the sync to its end with no manual step: the lock the killed run left is taken over by the
   * rerun itself (with one line saying so), never deleted by the test.
   */
  private int rerun(Rig rig) throws IOException {
    Process p = start(rig);
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    int code = waitFor(p);
    assertThat(out).doesNotContain(Rig.TOKEN);
    if (out.contains("took over a stale lock")) {
      staleLocks++;
    }
    assertThat(code).as("child output: %s", out).isIn(0, 1);
    int last = code == 1 ? waitFor(start(rig)) : code;
    assertThat(lockFiles(rig)).as("lock files after a rerun").isEmpty();
    return last;
  }

  private static List<Path> lockFiles(Rig rig) throws IOException {
    try (Stream<Path> s = Files.list(rig.meta)) {
      return s.filter(f -> f.toString().endsWith(".lock")).toList();
    }
  }

  /** Waits for an instant of the phase, then kills the child; false when it ended first. */
  private static boolean killAt(
      Rig rig, Process child, String phase, int before, int runRequests, Random random)
      throws IOException {
    int target =
        switch (phase) {
          case "listing" -> 1 + random.nextInt(4);
          case "transfers" -> 5 + random.nextInt(Math.max(1, runRequests - 5));
          default -> 1;
        };
    Path meta = rig.meta;
    BooleanSupplier reached =
        phase.equals("index-write")
            ? () -> hasTemp(meta) || rig.server.requests().count() - before >= runRequests
            : () -> rig.server.requests().count() - before >= target;
    long deadline = System.nanoTime() + DEADLINE_NANOS;
    while (!reached.getAsBoolean() && child.isAlive() && System.nanoTime() < deadline) {
      LockSupport.parkNanos(200_000);
    }
    boolean alive = child.isAlive();
    child.destroyForcibly();
    waitFor(child);
    return alive;
  }

  private static boolean hasTemp(Path dir) {
    try (Stream<Path> s = Files.list(dir)) {
      return s.anyMatch(p -> p.getFileName().toString().startsWith(Trees.TEMP_PREFIX));
    } catch (IOException e) {
      return false;
    }
  }

  private Process start(Rig rig) throws IOException {
    childRuns++;
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> cmd =
        new ArrayList<>(
            List.of(java, "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path")));
    if (CLI) {
      cmd.addAll(
          List.of(
              CLI_MAIN,
              "--config-dir",
              rig.configDir.toString(),
              "sync",
              rig.projectFile.toString()));
    } else {
      cmd.addAll(
          List.of(
              SyncChild.class.getName(),
              rig.server.apiUrl(),
              rig.server.filesUrl(),
              rig.projectFile.toString(),
              rig.configDir.toString()));
    }
    ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
    pb.environment().keySet().removeIf(k -> k.startsWith("OSF_"));
    return pb.start();
  }

  /** Whether the real CLI is on the test class path (else the library main in SyncChild). */
  private static boolean cliAvailable() {
    if (System.getProperty("osf.kill.child", "cli").equals("library")) {
      return false;
    }
    try {
      Class.forName(CLI_MAIN, false, KillTest.class.getClassLoader());
      return true;
    } catch (ClassNotFoundException e) {
      return false;
    }
  }

  private static int waitFor(Process p) throws IOException {
    try {
      p.getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
    } catch (IOException closedByKill) {
      // The stream of a killed child may be closed already; nothing is left to read.
    }
    try {
      return p.waitFor();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while waiting for the child");
    }
  }
}
