package io.github.osf4j.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.osf4j.core.BackupPolicy;
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

  @Option(
      names = {"-j", "--jobs"},
      paramLabel = "N",
      description = "Parallel transfers (4).")
  int jobs = SyncOptions.DEFAULTS.jobs();

  @Option(
      names = "--break-lock",
      description =
          "Break the project's lock when another run or host holds it (only when you know that"
              + " run is gone). A lock left by a dead process on this host is taken over anyway.")
  boolean breakLock;

  @Option(
      names = "--no-backup",
      description =
          "Do not back up local files before overwriting or deleting them (by default their old"
              + " bytes go to PROJECT.osf4j-backup/<UTC time>/ beside the project file).")
  boolean noBackup;

  @Option(
      names = "--keep-backups",
      paramLabel = "DAYS",
      description = "Delete backups older than this many days at the end of the run (30).")
  int keepBackups = BackupPolicy.DEFAULT.keepDays();

  @Option(names = "--json", description = "Print the result as one JSON object.")
  boolean json;

  private @Nullable ProgressBars bars;
  private @Nullable PlainProgress plain;

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
    CliContext context = root.context();
    startProgress();
    try (ProjectRun run = ProjectRun.open(root, projectFile, options, breakLock)) {
      Plan plan;
      try {
        plan = run.analyze();
      } catch (SyncCancelledException e) {
        context.error("osf4j: interrupted before any change; run " + name() + " again to finish");
        return run.interruptedExitCode();
      } finally {
        context.phases(null);
        endPhases();
      }
      if (dryRun || (!plan.safety().isSafe() && !force)) {
        return stop(run, plan);
      }
      if (!json) {
        printPlan(run, plan);
      }
      SyncListener progress = listener(plan);
      context.logLine("applying the plan: " + Plans.changes(plan).size() + " changes");
      Notes notes = new Notes(progress);
      ServerWaits waits = root.context().serverWaits();
      if (bars != null || printsProgress()) {
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
        ObjectNode out = JsonOutput.syncResult(report, plan);
        StorageCheck check = run.storageCheck().orElse(null);
        QuotaOutput.json(out, check == null ? null : check.usage(), check);
        ComponentsOutput.json(out, run.components());
        root.context().print(JsonOutput.write(out));
      } else if ((!root.quiet && !Plans.changes(plan).isEmpty()) || !report.isComplete()) {
        TextOutput.report(report).forEach(root.context()::print);
      }
      if (!json && !root.quiet) {
        TextOutput.backups(report).ifPresent(root.context()::print);
      }
      if (!json && !root.quiet) {
        notes.lines().forEach(root.context()::print);
      }
      if (!json) {
        QuotaOutput.skipped(run.storageCheck().orElse(null))
            .ifPresent(line -> root.context().error("osf4j: " + line));
      }
      return report.isComplete() ? ExitCodes.OK : ExitCodes.INCOMPLETE;
    } finally {
      context.phases(null);
      context.statusLine(null);
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
      BackupPolicy backups = new BackupPolicy(!noBackup, keepBackups);
      return new SyncOptions(ConflictPolicy.KEEP_BOTH, maxDelete, force, jobs).withBackups(backups);
    } catch (IllegalArgumentException e) {
      throw new CliException(ExitCodes.USAGE, OptionNames.of(String.valueOf(e.getMessage())), e);
    }
  }

  /** A dry run, or a safety abort: the plan and the reasons; exit 0 or 4. */
  private int stop(ProjectRun run, Plan plan) throws IOException {
    if (json) {
      ObjectNode out =
          JsonOutput.syncResult(new SyncReport(List.of(), plan.skipped(), List.of()), plan);
      StorageCheck check = run.storageCheck().orElse(null);
      QuotaOutput.json(out, check == null ? null : check.usage(), check);
      ComponentsOutput.json(out, run.components());
      root.context().print(JsonOutput.write(out));
    } else {
      printPlan(run, plan);
    }
    if (!plan.safety().isSafe() && !force) {
      root.context()
          .error(
              "osf4j: a safety gate stopped this "
                  + name()
                  + " before anything changed: check the folder and the project, then rerun with"
                  + " --force");
      return ExitCodes.SAFETY;
    }
    return plan.skipped().isEmpty() ? ExitCodes.OK : ExitCodes.INCOMPLETE;
  }

  private void printPlan(ProjectRun run, Plan plan) throws IOException {
    if (!root.quiet) {
      root.context().print((dryRun ? "Dry run, " : doing() + " ") + run.describe() + ":");
      ComponentsOutput.lines(run.components()).forEach(root.context()::print);
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

  /**
   * Starts the progress of the phases before transfers: on stderr when it is a terminal (whatever
   * stdout is), else as plain lines when verbose (and in the log, if any).
   */
  private void startProgress() {
    CliContext context = root.context();
    if (root.quiet) {
      plain = new PlainProgress(context, false, System::nanoTime);
    } else if (context.terminal().stderrIsTerminal()) {
      ProgressBars drawn =
          new ProgressBars(
              context.err(), context.terminal().columns().getAsInt(), System::nanoTime);
      bars = drawn;
      context.statusLine(drawn);
      context.phases(drawn::phase);
      plain = new PlainProgress(context, false, System::nanoTime);
      return;
    } else {
      plain = new PlainProgress(context, printsProgress(), System::nanoTime);
    }
    PlainProgress lines = plain;
    context.phases(lines::phase);
  }

  /** Whether plain progress lines go to stdout: verbose, with no terminal, no JSON, not quiet. */
  private boolean printsProgress() {
    return root.verbose && !json && !root.quiet && !root.context().terminal().stderrIsTerminal();
  }

  /** Ends the phases' line, so that the plan printed next starts at column 0. */
  private void endPhases() {
    ProgressBars open = bars;
    if (open != null) {
      open.interrupt();
    }
  }

  /** How the run shows the transfers: bars on a terminal, or plain lines (and the log). */
  private SyncListener listener(Plan plan) {
    PlainProgress lines = plain;
    ProgressBars open = bars;
    if (lines != null) {
      lines.start(plan);
    }
    if (open == null) {
      return lines == null ? SyncListener.NONE : lines;
    }
    open.start(plan);
    return lines == null
        ? open
        : event -> {
          open.onEvent(event);
          lines.onEvent(event);
        };
  }

  private void closeBars() {
    ProgressBars open = bars;
    if (open != null) {
      open.close();
    }
  }
}
