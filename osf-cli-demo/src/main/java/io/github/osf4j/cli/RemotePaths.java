package io.github.osf4j.cli;

import io.github.osf4j.core.ProjectConfig;
import io.github.osf4j.core.ProjectStore;
import io.github.osf4j.core.RelPath;
import io.github.osf4j.core.RemoteFolderNotFoundException;
import io.github.osf4j.core.sync.Project;
import io.github.osf4j.core.sync.Session;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/**
 * The {@code --remote-path} and {@code --components} options of init and clone (what of the OSF
 * project the local folder links), and how a linked folder is shown.
 */
final class RemotePaths {

  @Option(
      names = "--remote-path",
      paramLabel = "FOLDER",
      description =
          "Link to this folder of the project's OSF storage (e.g. data/raw/) instead of the"
              + " whole storage; everything outside it is left alone. It must exist on OSF.")
  @Nullable String remotePath;

  @Option(
      names = "--components",
      description =
          "Also sync the project's components (sub-projects, recursively), each in a sub-folder"
              + " named 'Title (id)' and written through its own node; a component you can only"
              + " read is only pulled.")
  boolean components;

  /**
   * The folder given, or null for the whole storage ({@code /} or no option).
   *
   * @throws CliException when it is not a folder path
   */
  @Nullable RelPath folder() throws CliException {
    String given = remotePath;
    if (given == null) {
      return null;
    }
    String trimmed = given.strip();
    while (trimmed.startsWith("/")) {
      trimmed = trimmed.substring(1);
    }
    while (trimmed.endsWith("/")) {
      trimmed = trimmed.substring(0, trimmed.length() - 1);
    }
    if (trimmed.isEmpty()) {
      return null;
    }
    if (!RelPath.isValid(trimmed)) {
      throw CliException.usage(
          "--remote-path: '" + given + "' is not a folder path like data/raw/");
    }
    return RelPath.of(trimmed);
  }

  /**
   * Creates the project file linking {@code localRoot} to the project, or to its folder given.
   *
   * @throws CliException when the folder given is not a folder path, or not on OSF, or given with
   *     {@code --components}
   */
  Project create(
      Session session, ProjectStore store, String projectId, Path localRoot, List<String> ignore)
      throws IOException, CliException {
    RelPath folder = folder();
    if (folder != null && components) {
      throw CliException.usage(
          "--remote-path and --components do not go together: link one OSF folder, or the"
              + " project with its components");
    }
    ProjectConfig config =
        session.projectConfig(projectId, localRoot, ignore).toBuilder()
            .remotePath(folder)
            .components(components)
            .build();
    try {
      return session.createProject(store, config);
    } catch (RemoteFolderNotFoundException e) {
      throw missing(config);
    }
  }

  /**
   * {@code " folder data/raw/"} for a linked folder, {@code " with components"} for a project with
   * its components, else empty.
   */
  static String shown(ProjectConfig config) {
    RelPath folder = config.remotePath();
    if (folder != null) {
      return " folder " + folder + "/";
    }
    return config.components() ? " with components" : "";
  }

  /** The one line for a remote path that is not on OSF. */
  private static CliException missing(ProjectConfig config) {
    RelPath folder = config.remotePath();
    return CliException.usage(
        "--remote-path: OSF project "
            + config.projectId()
            + " has no folder '"
            + folder
            + "/' (create it on OSF first, or check the spelling: names are case-sensitive)");
  }
}
