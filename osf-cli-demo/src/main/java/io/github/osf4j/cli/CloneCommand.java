package io.github.osf4j.cli;

import io.github.osf4j.core.BackupPolicy;
import io.github.osf4j.core.ProjectConfig;
import io.github.osf4j.core.ProjectStore;
import io.github.osf4j.core.SyncOptions;
import io.github.osf4j.core.sync.Project;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code osf4j clone}: {@code init} and {@code pull} in one step, into an empty or new folder. */
@Command(
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    name = "clone",
    description = {
      "Download an OSF project into a new or empty folder and link the two: init and pull in"
          + " one step.",
      "The project file goes beside the folder (DIR.osf4j.json) unless --project-file says"
          + " otherwise; afterwards use sync, push or pull with it. A folder that is not empty"
          + " is refused (use init and sync to link an existing folder)."
    })
final class CloneCommand implements Callable<Integer>, JsonCommand {
  @ParentCommand
  @SuppressWarnings("NullAway.Init")
  OsfCommand root;

  @Parameters(index = "0", paramLabel = "PROJECT_ID", description = "The OSF project.")
  @SuppressWarnings("NullAway.Init")
  String project;

  @Parameters(index = "1", paramLabel = "DIR", description = "The new or empty local folder.")
  @SuppressWarnings("NullAway.Init")
  Path dir;

  @Option(
      names = "--project-file",
      paramLabel = "FILE",
      description = "Where to write the project file (default: DIR.osf4j.json beside DIR).")
  @Nullable Path projectFile;

  @Option(
      names = "--ignore",
      paramLabel = "PATTERN",
      description = "Also ignore these paths (gitignore syntax), besides the folder's .osfignore.")
  List<String> ignore = new ArrayList<>();

  @Option(
      names = {"-j", "--jobs"},
      paramLabel = "N",
      description = "Parallel transfers (4).")
  int jobs = SyncOptions.DEFAULTS.jobs();

  @Mixin RemotePaths remote = new RemotePaths();

  @Option(
      names = "--no-backup",
      description = "Do not back up local files before overwriting or deleting them.")
  boolean noBackup;

  @Option(
      names = "--keep-backups",
      paramLabel = "DAYS",
      description = "Delete backups older than this many days at the end of the run (30).")
  int keepBackups = BackupPolicy.DEFAULT.keepDays();

  @Option(names = "--json", description = "Print the result as one JSON object.")
  boolean json;

  @Override
  public boolean json() {
    return json;
  }

  @Override
  public Integer call() throws IOException, CliException {
    Path folder = dir.toAbsolutePath().normalize();
    refuseNonEmpty(folder);
    Path file = projectFile != null ? projectFile : defaultProjectFile(folder);
    ProjectStore store = root.component().projectStores().open(file);
    if (store.exists()) {
      throw CliException.usage(file + " already exists (use osf4j pull " + file + ")");
    }
    ProjectConfig config;
    try (Project created = remote.create(root.session(), store, project, folder, ignore)) {
      config = created.config();
    }
    Files.createDirectories(folder);
    if (!json) {
      root.info(
          "Created "
              + file
              + ": OSF project "
              + config.projectId()
              + " ("
              + config.projectTitle()
              + ")"
              + RemotePaths.shown(config)
              + " <-> "
              + folder);
    }
    PullCommand pull = new PullCommand();
    pull.root = root;
    pull.projectFile = file;
    pull.jobs = jobs;
    pull.noBackup = noBackup;
    pull.keepBackups = keepBackups;
    pull.json = json;
    return pull.call();
  }

  /** {@code DIR.osf4j.json} beside {@code folder} (so the folder holds only OSF's files). */
  static Path defaultProjectFile(Path folder) throws CliException {
    Path name = folder.getFileName();
    if (name == null) {
      throw CliException.usage(
          "DIR " + folder + " has no name for a project file beside it; give --project-file");
    }
    return folder.resolveSibling(name + ".osf4j.json");
  }

  private static void refuseNonEmpty(Path folder) throws IOException, CliException {
    if (Files.exists(folder) && !Files.isDirectory(folder)) {
      throw CliException.usage("DIR " + folder + " is a file; clone needs a new or empty folder");
    }
    if (Files.isDirectory(folder)) {
      try (Stream<Path> entries = Files.list(folder)) {
        if (entries.findAny().isPresent()) {
          throw CliException.usage(
              "DIR "
                  + folder
                  + " is not empty; clone needs a new or empty folder (to link a folder that"
                  + " has files: osf4j init, then osf4j sync)");
        }
      }
    }
  }
}
