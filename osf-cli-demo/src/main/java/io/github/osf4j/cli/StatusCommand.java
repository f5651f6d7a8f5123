package io.github.osf4j.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.osf4j.core.BackupPolicy;
import io.github.osf4j.core.IgnoreReport;
import io.github.osf4j.core.Plan;
import io.github.osf4j.core.RelPath;
import io.github.osf4j.core.StorageCheck;
import io.github.osf4j.core.StorageUsage;
import io.github.osf4j.core.SyncCancelledException;
import io.github.osf4j.core.SyncOptions;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code osf4j status}: what a sync would do; changes nothing. */
@Command(
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    name = "status",
    description = {
      "Show what 'osf4j sync' would do (changes nothing).",
      "Exit code 0 when the plan can run, 1 when paths would be skipped, 4 "
          + "when a safety gate would stop the sync."
    })
final class StatusCommand implements Callable<Integer>, JsonCommand {
  @ParentCommand
  @SuppressWarnings("NullAway.Init")
  OsfCommand root;

  @Parameters(paramLabel = "PROJECT_FILE", description = "The project file (see osf4j init).")
  @SuppressWarnings("NullAway.Init")
  Path projectFile;

  @Option(
      names = "--break-lock",
      description =
          "Break the project's lock when another run or host holds it (only when you know that"
              + " run is gone). A lock left by a dead process on this host is taken over anyway.")
  boolean breakLock;

  @Option(names = "--json", description = "Print the plan as one JSON object.")
  boolean json;

  @Option(
      names = "--ignored",
      description = "Also list what is ignored here and on OSF (.osfignore, defaults, --ignore).")
  boolean ignored;

  @Override
  public boolean json() {
    return json;
  }

  @Override
  public Integer call() throws IOException, CliException {
    try (ProjectRun run = ProjectRun.open(root, projectFile, SyncOptions.DEFAULTS, breakLock)) {
      Plan plan;
      try {
        plan = run.analyze();
      } catch (SyncCancelledException e) {
        root.context().error("osf4j: interrupted; nothing was changed");
        return run.interruptedExitCode();
      }
      Optional<IgnoreReport> report = run.ignoreReport();
      StorageCheck check = run.storageCheck().orElse(null);
      StorageUsage usage = run.storageUsage().orElse(null);
      List<RelPath> local = ignored && report.isPresent() ? run.ignoredLocally() : List.of();
      if (json) {
        ObjectNode out = JsonOutput.plan(plan);
        QuotaOutput.json(out, usage, check);
        report.ifPresent(r -> IgnoreOutput.changes(out, r));
        String backups = run.backupFolder().orElse(null);
        if (backups == null) {
          out.putNull("backupFolder");
        } else {
          out.put("backupFolder", backups);
        }
        ComponentsOutput.json(out, run.components());
        if (ignored) {
          IgnoreOutput.ignored(
              out, local, report.map(IgnoreReport::ignoredOnOsf).orElse(List.of()));
        }
        root.context().print(JsonOutput.write(out));
      } else {
        root.context().print(run.describe() + ":");
        ComponentsOutput.lines(run.components()).forEach(root.context()::print);
        report.map(IgnoreOutput::changes).orElse(List.of()).forEach(root.context()::print);
        TextOutput.plan(plan).forEach(root.context()::print);
        QuotaOutput.usage(usage).ifPresent(root.context()::print);
        QuotaOutput.skipped(check).map(s -> "Quota: " + s).ifPresent(root.context()::print);
        run.backupFolder().map(StatusCommand::backups).ifPresent(root.context()::print);
        if (ignored) {
          List<RelPath> osf = report.map(IgnoreReport::ignoredOnOsf).orElse(List.of());
          IgnoreOutput.ignored(local, osf).forEach(root.context()::print);
        }
      }
      return exitCode(plan);
    }
  }

  /** {@code Backups: FOLDER (...)}: where a sync keeps local files before changing them. */
  static String backups(String folder) {
    return "Backups: "
        + folder
        + " (local files a sync overwrites or deletes; kept "
        + BackupPolicy.DEFAULT.keepDays()
        + " days unless --keep-backups)";
  }

  /** 4 when a safety gate would stop the sync, 1 when paths would be skipped, else 0. */
  static int exitCode(Plan plan) {
    if (!plan.safety().isSafe()) {
      return ExitCodes.SAFETY;
    }
    return plan.skipped().isEmpty() ? ExitCodes.OK : ExitCodes.INCOMPLETE;
  }
}
