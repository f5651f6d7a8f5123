package io.github.osf4j.cli;

import io.github.osf4j.core.ComponentFolder;
import io.github.osf4j.core.OsfServer;
import io.github.osf4j.core.ProjectConfig;
import io.github.osf4j.core.ProjectState;
import io.github.osf4j.core.ProjectStore;
import io.github.osf4j.core.sync.Project;
import io.github.osf4j.core.sync.Session;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code osf4j init}: writes a project file; transfers nothing. */
@Command(
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    name = "init",
    description = {
      "Create a project file linking a local folder to an OSF project (transfers nothing).",
      "It remembers the server URLs, the user, the project and the folder: "
          + "afterwards 'osf4j sync PROJECT_FILE' needs nothing else."
    })
final class InitCommand implements Callable<Integer> {
  @ParentCommand
  @SuppressWarnings("NullAway.Init")
  OsfCommand root;

  @Parameters(paramLabel = "PROJECT_FILE", description = "The project file to create.")
  @SuppressWarnings("NullAway.Init")
  Path projectFile;

  @ArgGroup(exclusive = true, multiplicity = "1")
  @SuppressWarnings("NullAway.Init")
  Source source;

  /** A new link, or a pyosf project imported. */
  static final class Source {
    @ArgGroup(exclusive = false)
    @Nullable Link link;

    @Option(
        names = "--from-pyosf",
        paramLabel = "FILE.proj",
        description = "Import a pyosf project file (its folder, project, user and index).")
    @Nullable Path pyosf;
  }

  /** {@code --project ID --root DIR}. */
  static final class Link {
    @Option(names = "--project", required = true, paramLabel = "ID", description = "OSF project.")
    @SuppressWarnings("NullAway.Init")
    String project;

    @Option(names = "--root", required = true, paramLabel = "DIR", description = "Local folder.")
    @SuppressWarnings("NullAway.Init")
    Path root;
  }

  @Option(
      names = "--ignore",
      paramLabel = "PATTERN",
      description = "Also ignore these paths (gitignore syntax), besides the folder's .osfignore.")
  List<String> ignore = new ArrayList<>();

  @Mixin RemotePaths remote = new RemotePaths();

  @Override
  public Integer call() throws IOException, CliException {
    ProjectStore store = root.component().projectStores().open(projectFile);
    if (store.exists()) {
      throw CliException.usage(projectFile + " already exists (delete it to start over)");
    }
    Link link = source.link;
    ProjectConfig config;
    List<ComponentFolder> components = List.of();
    if (link != null) {
      Path folder = link.root.toAbsolutePath().normalize();
      if (Files.exists(folder) && !Files.isDirectory(folder)) {
        throw CliException.usage("not a folder: " + folder + " is a file (--root needs a folder)");
      }
      boolean existed = Files.isDirectory(folder);
      try (Project created = remote.create(root.session(), store, link.project, folder, ignore)) {
        config = created.config();
        components = created.components();
      }
      Files.createDirectories(folder);
      if (!existed) {
        root.info("Created folder " + folder + " (it did not exist)");
      }
    } else {
      if (remote.remotePath != null) {
        throw CliException.usage("--remote-path goes with --project, not with --from-pyosf");
      }
      if (remote.components) {
        throw CliException.usage("--components goes with --project, not with --from-pyosf");
      }
      ProjectState state = importPyosf(requirePyosf());
      Files.createDirectories(Path.of(state.config().localRoot()));
      store.save(state);
      config = state.config();
    }
    root.info(
        "Created "
            + projectFile
            + ": OSF project "
            + config.projectId()
            + " ("
            + config.projectTitle()
            + ")"
            + RemotePaths.shown(config)
            + " <-> "
            + config.localRoot());
    ComponentsOutput.lines(components).forEach(root::info);
    if (config.components() && components.isEmpty()) {
      root.info("No components yet; a component added on OSF gets its folder at the next sync");
    }
    if (inside(projectFile, Path.of(config.localRoot()))) {
      root.info(
          "Note: "
              + projectFile
              + " is inside the folder; osf4j never syncs it, nor its .bak and .lock files.");
    }
    root.info("Next: osf4j status " + projectFile + ", then osf4j sync " + projectFile);
    return ExitCodes.OK;
  }

  /** Whether {@code file} lies inside {@code folder}, as written or once links are resolved. */
  private static boolean inside(Path file, Path folder) throws IOException {
    Path absolute = file.toAbsolutePath().normalize();
    if (absolute.startsWith(folder.toAbsolutePath().normalize())) {
      return true;
    }
    Path parent = absolute.getParent();
    return parent != null && parent.toRealPath().startsWith(folder.toRealPath());
  }

  private Path requirePyosf() throws CliException {
    Path pyosf = source.pyosf;
    if (pyosf == null) {
      throw CliException.usage("give --project ID --root DIR, or --from-pyosf FILE.proj");
    }
    return pyosf;
  }

  /**
   * The pyosf project with its index, linked anew at the server in effect (or the one pyosf used),
   * as the user with the token stored for pyosf's username (else the most recent one).
   */
  private ProjectState importPyosf(Path proj) throws IOException, CliException {
    ProjectState imported = root.component().pyosfImport().read(proj);
    ProjectConfig old = imported.config();
    OsfServer server =
        root.serverGiven() ? root.server() : new OsfServer(old.apiUrl(), old.filesUrl());
    Session session = root.session(server);
    if (!old.username().isEmpty()
        && root.context().env("OSF_TOKEN") == null
        && root.tokens().get(server, old.username()).isPresent()) {
      session.resume(old.username());
    }
    List<String> patterns = new ArrayList<>(old.ignore());
    patterns.addAll(ignore);
    ProjectConfig linked =
        session.projectConfig(old.projectId(), Path.of(old.localRoot()), patterns);
    ProjectConfig config =
        linked.toBuilder()
            .username(old.username().isEmpty() ? linked.username() : old.username())
            .localRoot(old.localRoot())
            .build();
    return new ProjectState(config, imported.base());
  }
}
