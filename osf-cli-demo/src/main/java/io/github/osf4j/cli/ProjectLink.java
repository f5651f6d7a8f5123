package io.github.osf4j.cli;

import io.github.osf4j.core.ProjectConfig;
import io.github.osf4j.core.ProjectInfo;
import io.github.osf4j.core.ProjectState;
import io.github.osf4j.core.RemoteStorage;
import io.github.osf4j.core.Snapshot;
import io.github.osf4j.core.UserInfo;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** A new project file's content: the logged-in user and an OSF project linked to a folder. */
final class ProjectLink {
  private ProjectLink() {}

  /**
   * The state of a new link of {@code projectId} to {@code folder}, with an empty index, for the
   * user logged in at the command's server.
   *
   * @throws CliException (exit 3) when not logged in
   * @throws IOException when OSF cannot be asked, or does not show the project
   */
  static ProjectState create(OsfCommand root, String projectId, Path folder, List<String> ignore)
      throws IOException, CliException {
    RemoteStorage remote = new Accounts(root).remote();
    UserInfo user = remote.whoAmI();
    ProjectInfo project = remote.project(projectId);
    String email = user.email();
    ProjectConfig config =
        new ProjectConfig(
            root.server().apiUrl(),
            root.server().filesUrl(),
            project.id(),
            project.title(),
            user.id(),
            email == null ? "" : email,
            folder.toAbsolutePath().normalize().toString(),
            ignore);
    return new ProjectState(config, Snapshot.empty());
  }
}
