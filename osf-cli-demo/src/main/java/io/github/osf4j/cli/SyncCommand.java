package io.github.osf4j.cli;

import io.github.osf4j.core.Action;
import io.github.osf4j.core.ConflictPolicy;
import io.github.osf4j.core.Plan;
import io.github.osf4j.core.ServerBusyException;
import io.github.osf4j.core.SyncEvent;
import io.github.osf4j.core.SyncListener;
import io.github.osf4j.core.SyncOptions;
import io.github.osf4j.core.SyncReport;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code osf4j sync}: plans, checks the safety gates, applies, saves. */
@Command(
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    name = "sync",
    description = {
      "Synchronise the folder and the OSF project both ways.",
      "A file changed on both sides is never lost: one version keeps the "
          + "name, the other is kept as a conflict copy. Safety gates stop the run "
          + "before anything changes (exit 4)."
    })
final class SyncCommand implements Callable<Integer>, JsonCommand {
  @ParentCommand
  @SuppressWarnings("NullAway.Init")
  OsfCommand root;

  @Parameters(paramLabel = "PROJECT_FILE", description = "The project file (see osf4j init).")
  @SuppressWarnings("NullAway.Init")
  Path projectFile;

  @Option(names = "--dry-run", description = "Show the plan, change nothing.")
  boolean dryRun;

  @Option(
      names = "--conflict",
      paramLabel = "POLICY",
      converter = PolicyConverter.class,
      description =
          "Who keeps the name when both sides changed a file: keep-both (default: the OSF"
              + " version), prefer-local, prefer-remote, prefer-newer. The other is kept as a"
              + " conflict copy.")
  ConflictPolicy policy = ConflictPolicy.KEEP_BOTH;

  @Option(
      names = "--max-delete",
      paramLabel = "PERCENT",
      description = "Stop when a run would delete more than this share of a side's files (50).")
  int maxDelete = SyncOptions.DEFAULTS.maxDeletePercent();

  @Option(names = "--force", description = "Run even when a safety gate says stop.")
  boolean force;

  @Option(names = "--jobs", paramLabel = "N", description = "Parallel transfers (4).")
  int jobs = SyncOptions.DEFAULTS.jobs();

  @Option(names = "--json", description = "Print the result as one JSON object.")
  boolean json;

  @Override
  public boolean json() {
    return json;
  }

  @Override
  public Integer call() throws IOException, CliException {
    SyncOptions options = options();
    try (ProjectRun run = ProjectRun.open(root, projectFile, options)) {
      Plan plan = run.analyze();
      if (dryRun || (!plan.safety().isSafe() && !force)) {
        return stop(run, plan);
      }
      if (!json) {
        printPlan(run, plan);
      }
      SyncReport report = applyCounting(run, plan);
      if (json) {
        root.context().print(JsonOutput.write(JsonOutput.report(report, plan)));
      } else if ((!root.quiet && !Plans.changes(plan).isEmpty()) || !report.isComplete()) {
        TextOutput.report(report).forEach(root.context()::print);
      }
      return report.isComplete() ? ExitCodes.OK : ExitCodes.INCOMPLETE;
    }
  }

  private SyncOptions options() throws CliException {
    try {
      return new SyncOptions(policy, maxDelete, force, jobs);
    } catch (IllegalArgumentException e) {
      throw CliException.usage(String.valueOf(e.getMessage()));
    }
  }

  /** A dry run, or a safety abort: the plan and the reasons; exit 0 or 4. */
  private int stop(ProjectRun run, Plan plan) {
    if (json) {
      root.context().print(JsonOutput.write(JsonOutput.plan(plan)));
    } else {
      printPlan(run, plan);
    }
    if (!plan.safety().isSafe() && !force) {
      root.context().error("osf4j: a safety gate stops this sync before anything changes.");
      root.context().error("       Check the folder and the project, then rerun with --force.");
      return ExitCodes.SAFETY;
    }
    return plan.skipped().isEmpty() ? ExitCodes.OK : ExitCodes.INCOMPLETE;
  }

  private void printPlan(ProjectRun run, Plan plan) {
    if (!root.quiet) {
      root.context().print((dryRun ? "Dry run, " : "Syncing ") + run.describe() + ":");
      TextOutput.plan(plan).forEach(root.context()::print);
    }
  }

  /**
   * Applies the plan; when the server stops the run (HTTP 429 beyond --max-wait), first says how
   * many changes were done and saved.
   */
  private SyncReport applyCounting(ProjectRun run, Plan plan) throws IOException {
    AtomicInteger done = new AtomicInteger();
    SyncListener counting =
        event -> {
          if (event instanceof SyncEvent.ActionDone d
              && !(d.action() instanceof Action.RecordOnly)) {
            done.incrementAndGet();
          }
        };
    try {
      return apply(run, plan, counting);
    } catch (ServerBusyException e) {
      root.context()
          .error(
              "osf4j: stopped after "
                  + done.get()
                  + " of "
                  + Plans.changes(plan).size()
                  + " changes, which are saved; the next sync carries on from there.");
      throw e;
    }
  }

  private SyncReport apply(ProjectRun run, Plan plan, SyncListener counting) throws IOException {
    if (json || root.quiet) {
      return run.apply(counting);
    }
    if (root.context().console() == null) {
      if (!root.verbose) {
        return run.apply(counting);
      }
      return applyShowingWaits(run, both(new PlainProgress(root.context()), counting));
    }
    ProgressBars bars = new ProgressBars(root.context().err(), plan);
    try {
      return applyShowingWaits(run, both(bars, counting));
    } finally {
      bars.close();
    }
  }

  private static SyncListener both(SyncListener a, SyncListener b) {
    return event -> {
      a.onEvent(event);
      b.onEvent(event);
    };
  }

  /** Applies with {@code progress}, which also shows when a server asks the run to wait. */
  private SyncReport applyShowingWaits(ProjectRun run, SyncListener progress) throws IOException {
    ServerWaits waits = root.context().serverWaits();
    waits.forwardTo(progress);
    try {
      return run.apply(progress);
    } finally {
      waits.forwardTo(null);
    }
  }

  /** Parses {@code keep-both} and friends. */
  static final class PolicyConverter implements ITypeConverter<ConflictPolicy> {
    @Override
    public ConflictPolicy convert(String value) {
      return ConflictPolicy.fromCliName(value);
    }
  }
}
