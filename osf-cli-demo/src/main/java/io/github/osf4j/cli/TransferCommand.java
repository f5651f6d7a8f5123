package io.github.osf4j.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.osf4j.core.ConflictPolicy;
import io.github.osf4j.core.Plan;
import io.github.osf4j.core.ServerBusyException;
import io.github.osf4j.core.ServerUnreachableException;
import io.github.osf4j.core.StorageCheck;
import io.github.osf4j.core.SyncCancelledException;
import io.github.osf4j.core.SyncListener;
import io.github.osf4j.core.SyncOptions;
import io.github.osf4j.core.SyncReport;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * The shared body of {@code sync}, {@code push} and {@code pull}: plans, checks the safety gates,
 * applies, saves; each subcommand only says which way its run goes.
 */
abstract class TransferCommand implements Callable<Integer>, JsonCommand {
  @ParentCommand
  @SuppressWarnings("NullAway.Init")
  OsfCommand root;

  @Parameters(paramLabel = "PROJECT_FILE", description = "The project file (see osf4j init).")
  @SuppressWarnings("NullAway.Init")
  Path projectFile;

  @Option(
      names = {"-n", "--dry-run"},
      description = "Show the plan, change nothing.")
  boolean dryRun;

  @Option(
      names = "--max-delete",
      paramLabel = "PERCENT",
      description = "Stop when a run would delete more than this share of a side's files (50).")
  int maxDelete = SyncOptions.DEFAULTS.maxDeletePercent();

  @Option(names = "--force", description = "Run even when a safety gate says stop.")
  boolean force;

  @Option(names = "--jobs", paramLabel = "N", description = "Parallel transfers (4).")
  int jobs = SyncOptions.DEFAULTS.jobs();

  @Option(
      names = "--break-lock",
      description =
          "Break the project's lock when another run or host holds it (only when you know that"
              + " run is gone). A lock left by a dead process on this host is taken over anyway.")
  boolean breakLock;

  @Option(names = "--json", description = "Print the result as one JSON object.")
  boolean json;

  private @Nullable ProgressBars bars;

  /** The command's name in messages: {@code sync}, {@code push} or {@code pull}. */
  abstract String name();

  /** The first word of the plan's heading: {@code Syncing}, {@code Pushing}, ... */
  abstract String doing();

  /** The summary of a plan that holds nothing. */
  String nothingToDo() {
    return TextOutput.IN_SYNC;
  }

  /** The options of this command's run, from the shared ones. */
  abstract SyncOptions options(SyncOptions shared) throws CliException;

  @Override
  public boolean json() {
    return json;
  }

  @Override
  public Integer call() throws IOException, CliException {
    SyncOptions options = options(sharedOptions());
    try (ProjectRun run = ProjectRun.open(root, projectFile, options, breakLock)) {
      Plan plan;
      try {
        plan = run.analyze();
      } catch (SyncCancelledException e) {
        root.context()
            .error("osf4j: interrupted before any change; run " + name() + " again to finish");
        return run.interruptedExitCode();
      }
      if (dryRun || (!plan.safety().isSafe() && !force)) {
        return stop(run, plan);
      }
      if (!json) {
        printPlan(run, plan);
      }
      SyncListener progress = listener(plan);
      Notes notes = new Notes(progress);
      ServerWaits waits = root.context().serverWaits();
      if (progress != SyncListener.NONE) {
        waits.forwardTo(progress); // a wait shows in the progress, else as a line on stderr
      }
      SyncReport report;
      try {
        report = run.apply(notes);
      } catch (SyncCancelledException e) {
        closeBars();
        root.context().error("osf4j: " + interrupted(plan, e.report(), name()));
        return run.interruptedExitCode();
      } catch (ServerUnreachableException e) {
        closeBars();
        root.context().error("osf4j: " + unreachable(plan, e, name()));
        return ExitCodes.SERVER;
      } catch (ServerBusyException e) {
        closeBars();
        root.context()
            .error(
                "osf4j: stopped after "
                    + notes.changesDone()
                    + " of "
                    + Plans.changes(plan).size()
                    + " changes, which are saved; the next "
                    + name()
                    + " carries on from there.");
        throw e;
      } finally {
        waits.forwardTo(null);
        closeBars();
      }
      if (json) {
        ObjectNode out = JsonOutput.report(report, plan);
        StorageCheck check = run.storageCheck().orElse(null);
        QuotaOutput.json(out, check == null ? null : check.usage(), check);
        root.context().print(JsonOutput.write(out));
      } else if ((!root.quiet && !Plans.changes(plan).isEmpty()) || !report.isComplete()) {
        TextOutput.report(report).forEach(root.context()::print);
      }
      if (!json && !root.quiet) {
        notes.lines().forEach(root.context()::print);
      }
      if (!json) {
        QuotaOutput.skipped(run.storageCheck().orElse(null))
            .ifPresent(line -> root.context().error("osf4j: " + line));
      }
      return report.isComplete() ? ExitCodes.OK : ExitCodes.INCOMPLETE;
    }
  }

  /** {@code interrupted: N of M changes done; run sync again to finish}. */
  static String interrupted(Plan plan, SyncReport partial, String command) {
    return "interrupted: "
        + Plans.changes(partial.done()).size()
        + " of "
        + Plans.changes(plan).size()
        + " changes done; run "
        + command
        + " again to finish";
  }

  /** {@code cannot reach the server h:p: ...; stopped: N of M changes done; run sync again ...}. */
  static String unreachable(Plan plan, ServerUnreachableException e, String command) {
    String done =
        e.report()
            .map(r -> Plans.changes(r.done()).size() + " of " + Plans.changes(plan).size())
            .orElse("0 of " + Plans.changes(plan).size());
    return e.getMessage()
        + "; stopped: "
        + done
        + " changes done and recorded; run "
        + command
        + " again when the server is back";
  }

  private SyncOptions sharedOptions() throws CliException {
    try {
      return new SyncOptions(ConflictPolicy.KEEP_BOTH, maxDelete, force, jobs);
    } catch (IllegalArgumentException e) {
      throw CliException.usage(String.valueOf(e.getMessage()));
    }
  }

  /** A dry run, or a safety abort: the plan and the reasons; exit 0 or 4. */
  private int stop(ProjectRun run, Plan plan) {
    if (json) {
      ObjectNode out = JsonOutput.plan(plan);
      StorageCheck check = run.storageCheck().orElse(null);
      QuotaOutput.json(out, check == null ? null : check.usage(), check);
      root.context().print(JsonOutput.write(out));
    } else {
      printPlan(run, plan);
    }
    if (!plan.safety().isSafe() && !force) {
      root.context()
          .error("osf4j: a safety gate stops this " + name() + " before anything changes.");
      root.context().error("       Check the folder and the project, then rerun with --force.");
      return ExitCodes.SAFETY;
    }
    return plan.skipped().isEmpty() ? ExitCodes.OK : ExitCodes.INCOMPLETE;
  }

  private void printPlan(ProjectRun run, Plan plan) {
    if (!root.quiet) {
      root.context().print((dryRun ? "Dry run, " : doing() + " ") + run.describe() + ":");
      run.ignoreReport()
          .map(IgnoreOutput::changes)
          .orElse(List.of())
          .forEach(root.context()::print);
      TextOutput.plan(plan, nothingToDo()).forEach(root.context()::print);
      StorageCheck check = run.storageCheck().orElse(null);
      QuotaOutput.usage(check == null ? null : check.usage()).ifPresent(root.context()::print);
      if (dryRun) {
        QuotaOutput.skipped(check).map(s -> "Quota: " + s).ifPresent(root.context()::print);
      }
    }
  }

  /** How the run shows progress: bars on a terminal, lines when verbose, else nothing. */
  private SyncListener listener(Plan plan) {
    if (json || root.quiet) {
      return SyncListener.NONE;
    }
    if (root.context().console() == null) {
      return root.verbose ? new PlainProgress(root.context()) : SyncListener.NONE;
    }
    bars = new ProgressBars(root.context().err(), plan);
    return bars;
  }

  private void closeBars() {
    ProgressBars open = bars;
    if (open != null) {
      open.close();
    }
  }
}
