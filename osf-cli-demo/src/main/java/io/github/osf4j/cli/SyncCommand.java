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
import java.util.Locale;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.TypeConversionException;

/** {@code osf4j sync}: plans, checks the safety gates, applies, saves. */
@Command(
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    name = "sync",
    description = {
      "Synchronise the folder and the OSF project both ways.",
      "A file changed on both sides is never lost: one version keeps the "
          + "name, the other is kept as a conflict copy. Safety gates stop the run "
          + "before anything changes (exit 4).",
      "Ctrl-C or SIGTERM stops cleanly: finished changes are kept and recorded (exit 130/143);"
          + " a second Ctrl-C stops at once. Run sync again to finish."
    })
final class SyncCommand implements Callable<Integer>, JsonCommand {
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
      names = "--conflict",
      paramLabel = "POLICY",
      converter = PolicyConverter.class,
      description =
          "Who keeps the name when both sides changed a file: keep-both (default: the OSF"
              + " version; prefer-remote is another name for it), prefer-local, prefer-newer. The"
              + " other is kept as a conflict copy.")
  ConflictPolicy policy = ConflictPolicy.KEEP_BOTH;

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

  @Option(names = "--json", description = "Print the result as one JSON object.")
  boolean json;

  private @Nullable ProgressBars bars;
  private @Nullable PlainProgress plain;

  @Override
  public boolean json() {
    return json;
  }

  @Override
  public Integer call() throws IOException, CliException {
    SyncOptions options = options();
    CliContext context = root.context();
    startProgress();
    try (ProjectRun run = ProjectRun.open(root, projectFile, options, breakLock)) {
      Plan plan;
      try {
        plan = run.analyze();
      } catch (SyncCancelledException e) {
        context.error("osf4j: interrupted before any change; run sync again to finish");
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
        root.context().error("osf4j: " + interrupted(plan, e.report()));
        return run.interruptedExitCode();
      } catch (ServerUnreachableException e) {
        closeBars();
        root.context().error("osf4j: " + unreachable(plan, e));
        return ExitCodes.SERVER;
      } catch (ServerBusyException e) {
        closeBars();
        root.context()
            .error(
                "osf4j: stopped after "
                    + notes.changesDone()
                    + " of "
                    + Plans.changes(plan).size()
                    + " changes, which are saved; the next sync carries on from there.");
        throw e;
      } finally {
        waits.forwardTo(null);
        closeBars();
      }
      if (json) {
        ObjectNode out = JsonOutput.syncResult(report, plan);
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
    } finally {
      context.phases(null);
      context.statusLine(null);
    }
  }

  /** {@code interrupted: N of M changes done; run sync again to finish}. */
  static String interrupted(Plan plan, SyncReport partial) {
    return "interrupted: "
        + Plans.changes(partial.done()).size()
        + " of "
        + Plans.changes(plan).size()
        + " changes done; run sync again to finish";
  }

  /** {@code cannot reach the server h:p: ...; stopped: N of M changes done; run sync again ...}. */
  static String unreachable(Plan plan, ServerUnreachableException e) {
    String done =
        e.report()
            .map(r -> Plans.changes(r.done()).size() + " of " + Plans.changes(plan).size())
            .orElse("0 of " + Plans.changes(plan).size());
    return e.getMessage()
        + "; stopped: "
        + done
        + " changes done and recorded; run sync again when the server is back";
  }

  private SyncOptions options() throws CliException {
    try {
      return new SyncOptions(policy, maxDelete, force, jobs);
    } catch (IllegalArgumentException e) {
      throw new CliException(ExitCodes.USAGE, OptionNames.of(String.valueOf(e.getMessage())), e);
    }
  }

  /** A dry run, or a safety abort: the plan and the reasons; exit 0 or 4. */
  private int stop(ProjectRun run, Plan plan) {
    if (json) {
      ObjectNode out =
          JsonOutput.syncResult(new SyncReport(List.of(), plan.skipped(), List.of()), plan);
      StorageCheck check = run.storageCheck().orElse(null);
      QuotaOutput.json(out, check == null ? null : check.usage(), check);
      root.context().print(JsonOutput.write(out));
    } else {
      printPlan(run, plan);
    }
    if (!plan.safety().isSafe() && !force) {
      root.context()
          .error(
              "osf4j: a safety gate stopped this sync before anything changed: check the folder"
                  + " and the project, then rerun with --force");
      return ExitCodes.SAFETY;
    }
    return plan.skipped().isEmpty() ? ExitCodes.OK : ExitCodes.INCOMPLETE;
  }

  private void printPlan(ProjectRun run, Plan plan) {
    if (!root.quiet) {
      root.context().print((dryRun ? "Dry run, " : "Syncing ") + run.describe() + ":");
      run.ignoreReport()
          .map(IgnoreOutput::changes)
          .orElse(List.of())
          .forEach(root.context()::print);
      TextOutput.plan(plan).forEach(root.context()::print);
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

  /**
   * Parses {@code keep-both} and friends: each policy's name in lower case with dashes, and {@code
   * prefer-remote}, the older spelling of {@code keep-both}.
   */
  static final class PolicyConverter implements ITypeConverter<ConflictPolicy> {
    @Override
    public ConflictPolicy convert(String value) {
      if (value.equals("prefer-remote")) {
        return ConflictPolicy.KEEP_BOTH;
      }
      for (ConflictPolicy policy : ConflictPolicy.values()) {
        if (spelling(policy).equals(value)) {
          return policy;
        }
      }
      throw new TypeConversionException(
          "unknown conflict policy '"
              + value
              + "': use keep-both, prefer-local, prefer-remote or prefer-newer");
    }

    /** The command-line spelling of {@code policy}, e.g. {@code keep-both}. */
    static String spelling(ConflictPolicy policy) {
      return policy.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
  }
}
