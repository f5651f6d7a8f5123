package io.github.osf4j.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.osf4j.core.Plan;
import io.github.osf4j.core.SyncReport;
import io.github.osf4j.core.sync.Project;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Suite 1: syncs many files both ways through the emulator while about 5 % of requests fail; each
 * run converges or reports its failures, repeated runs converge, and no file is lost or corrupted.
 */
final class FaultSoakTest {
  private static final int MAX_RUNS = 10;

  private int runs;
  private int incompleteRuns;
  private int failedRuns;
  private int failedActions;
  private final List<String> runErrors = new ArrayList<>();

  @Test
  void faultySyncsConvergeWithoutLoss(@TempDir Path home) throws IOException {
    int files = Integer.getInteger("osf.soak.files", 150);
    int rounds = Integer.getInteger("osf.soak.rounds", 2);
    try (Rig rig = Rig.start(home, 7)) {
      Workload work = new Workload(rig, 11);
      work.seed(files);
      rig.create().close();
      FaultMix faults = new FaultMix(rig.server);
      Verifier verifier = new Verifier(rig);
      List<String> differences = new ArrayList<>();
      for (int round = 0; round <= rounds; round++) {
        if (round > 0) {
          work.mutate(0.1);
        }
        faults.on();
        syncUntilConverged(rig);
        faults.off();
        try (Project p = rig.open()) {
          differences.addAll(verifier.differences(work.expected(), p.index()));
          assertThat(p.analyze().actions()).as("a run after convergence plans nothing").isEmpty();
        }
      }
      assertThat(Trees.strays(rig.root)).as("temp files left in the root").isEmpty();
      Figures.record(
          "fault-soak",
          String.format(
              "files=%d rounds=%d runs=%d incompleteRuns=%d failedRuns=%d failedActions=%d"
                  + " requests=%d requestsUnderFaults=%d faultsInjected=%d %s filesChecked=%d"
                  + " losses=%d",
              work.expected().size(),
              rounds + 1,
              runs,
              incompleteRuns,
              failedRuns,
              failedActions,
              rig.server.requests().count(),
              faults.requests(),
              faults.total(),
              faults.byKind(),
              verifier.filesChecked(),
              Verifier.losses(differences)));
      assertThat(differences).as("differences (run errors: %s)", runErrors).isEmpty();
      assertThat(faults.total()).as("faults injected").isPositive();
    }
  }

  /** Syncs until a run completes and the next analysis plans nothing; every run is counted. */
  private void syncUntilConverged(Rig rig) throws IOException {
    for (int attempt = 0; attempt < MAX_RUNS; attempt++) {
      runs++;
      try (Project p = rig.open()) {
        SyncReport report = p.apply();
        if (!report.isComplete()) {
          incompleteRuns++;
          failedActions += report.failed().size();
          report.failed().forEach(f -> runErrors.add(f.message()));
          continue;
        }
        Plan again = p.analyze();
        if (again.actions().isEmpty() && again.conflicts().isEmpty()) {
          return;
        }
      } catch (IOException e) {
        failedRuns++;
        runErrors.add(String.valueOf(e.getMessage()));
      }
    }
    throw new AssertionError("no convergence after " + MAX_RUNS + " runs: " + runErrors);
  }
}
