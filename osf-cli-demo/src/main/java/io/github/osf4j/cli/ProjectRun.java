package io.github.osf4j.cli;

import io.github.osf4j.core.ComponentFolder;
import io.github.osf4j.core.FileVersion;
import io.github.osf4j.core.IgnoreReport;
import io.github.osf4j.core.NotLoggedInException;
import io.github.osf4j.core.OsfServer;
import io.github.osf4j.core.Plan;
import io.github.osf4j.core.ProjectConfig;
import io.github.osf4j.core.ProjectStore;
import io.github.osf4j.core.RelPath;
import io.github.osf4j.core.Snapshot;
import io.github.osf4j.core.StorageCheck;
import io.github.osf4j.core.StorageUsage;
import io.github.osf4j.core.SyncListener;
import io.github.osf4j.core.SyncOptions;
import io.github.osf4j.core.SyncReport;
import io.github.osf4j.core.VerifyReport;
import io.github.osf4j.core.sync.Project;
import io.github.osf4j.core.sync.Session;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One project file opened for status or sync: the core's {@link Project} over the adapters, with
 * the URLs, user and folder the file remembers. Holds the project's lock until closed.
 */
final class ProjectRun implements AutoCloseable {
  private final Project project;
  private final Interrupts interrupts;
  private @Nullable Plan shown;

  private ProjectRun(Project project, CliContext context) {
    this.project = project;
    this.interrupts = Interrupts.install(context, project::cancel);
  }

  /**
   * Opens {@code projectFile} through the run's session, which takes its lock (breaking another
   * run's with {@code breakLock}) and logs in as its user (OSF_TOKEN overrides) at its servers.
   *
   * @throws CliException (exit 2) when there is no such file or {@code --api-url} names another
   *     server; (exit 3) when not logged in
   */
  static ProjectRun open(OsfCommand root, Path projectFile, SyncOptions options, boolean breakLock)
      throws IOException, CliException {
    ProjectStore store = root.component().projectStores().open(projectFile);
    if (!store.exists()) {
      throw CliException.usage(
          "no project file "
              + projectFile
              + " (create it with: osf4j init "
              + projectFile
              + " --project ID --root DIR)");
    }
    Session session = root.session();
    Project project;
    try {
      project = session.openProject(store, breakLock);
    } catch (NotLoggedInException e) {
      checkServer(root, projectFile, e.server());
      throw Failures.map(e); // the project file names its server: no hint to use another
    }
    try {
      project.lockNotice().ifPresent(n -> root.context().error("osf4j: " + n));
      checkServer(root, projectFile, session.serverOf(project.config()));
      project.setOptions(options);
      return new ProjectRun(project, root.context());
    } catch (CliException | RuntimeException e) {
      try {
        project.close();
      } catch (IOException closing) {
        e.addSuppressed(closing);
      }
      throw e;
    }
  }

  /**
   * The project file's server is the one it syncs with. {@code --api-url}/{@code --files-url}
   * naming another one are refused (the index belongs to the file's server); OSF_API_URL and
   * OSF_FILES_URL naming another one are ignored with a notice.
   */
  private static void checkServer(OsfCommand root, Path projectFile, OsfServer server)
      throws CliException {
    if (root.server().equals(server) || !root.serverGiven()) {
      return;
    }
    String which =
        "the project file "
            + projectFile
            + " syncs with "
            + server.apiUrl()
            + " and "
            + server.filesUrl();
    if (root.serverOptionGiven()) {
      throw CliException.usage(
          "--api-url and --files-url do not apply here: "
              + which
              + " (to use another server, create another project file with osf4j init)");
    }
    root.context().error("osf4j: note: OSF_API_URL/OSF_FILES_URL ignored: " + which);
  }

  /**
   * {@code "Title" (abc12) <-> /path/to/folder}, or {@code "Title" (abc12) folder data/raw/ <->
   * /path/to/folder} for a project file linked to one OSF folder.
   */
  String describe() {
    ProjectConfig config = project.config();
    return "\""
        + config.projectTitle()
        + "\" ("
        + config.projectId()
        + ")"
        + RemotePaths.shown(config)
        + " <-> "
        + config.localRoot();
  }

  /** Scans, lists and plans; changes nothing. */
  Plan analyze() throws IOException {
    Plan plan = project.analyze();
    shown = plan;
    return plan;
  }

  /** What the ignore rules did in the last analysis. */
  Optional<IgnoreReport> ignoreReport() {
    return project.lastIgnoreReport();
  }

  /** What the quota check of the last analysis found, when the plan had uploads. */
  Optional<StorageCheck> storageCheck() {
    return project.lastStorageCheck();
  }

  /** The project's storage use: from the last quota check, else read now; empty when unknown. */
  Optional<StorageUsage> storageUsage() throws IOException {
    Optional<StorageCheck> check = project.lastStorageCheck();
    return check.isPresent() ? check.map(StorageCheck::usage) : project.storageUsage();
  }

  /** Where a run backs up local files before changing them; empty when nowhere. */
  Optional<String> backupFolder() {
    return project.backupFolder();
  }

  /**
   * The project's components as sub-folders, as the last analysis found them; empty when the
   * project file does not include components.
   */
  List<ComponentFolder> components() throws IOException {
    return project.components();
  }

  /** The project's id on OSF. */
  String projectId() {
    return project.config().projectId();
  }

  /** The project's files on OSF now. */
  Snapshot listRemote() throws IOException {
    return project.listRemote();
  }

  /** The local folder. */
  Path localRoot() {
    return Path.of(project.config().localRoot());
  }

  /** The versions OSF keeps of the file at {@code path}, newest first. */
  List<FileVersion> versions(RelPath path) throws IOException {
    return project.versions(path);
  }

  /** Writes version {@code number} of {@code path} to {@code out}, hash-verified. */
  FileVersion downloadVersion(RelPath path, int number, OutputStream out) throws IOException {
    return project.downloadVersion(path, number, out);
  }

  /** Re-hashes the local files and compares them, OSF's listing and the index; changes nothing. */
  VerifyReport verify() throws IOException {
    return project.verify();
  }

  /** The ignored paths in the local folder (topmost only). */
  List<RelPath> ignoredLocally() throws IOException {
    return project.ignoredLocally();
  }

  /** 130 after SIGINT, 143 after SIGTERM. */
  int interruptedExitCode() {
    return interrupts.exitCode();
  }

  /** Applies the plan just analyzed (the one shown), reporting progress to {@code listener}. */
  SyncReport apply(SyncListener listener) throws IOException {
    project.setListener(listener);
    Plan plan = shown;
    shown = null;
    SyncReport report = plan == null ? project.apply() : project.apply(plan);
    project.save();
    return report;
  }

  @Override
  public void close() throws IOException {
    try {
      project.close();
    } finally {
      interrupts.close();
    }
  }
}
