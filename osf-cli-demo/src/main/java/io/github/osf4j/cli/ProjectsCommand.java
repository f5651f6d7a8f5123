package io.github.osf4j.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.osf4j.core.ProjectInfo;
import io.github.osf4j.core.RemoteStorage;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code osf4j projects}: one's own projects, another user's, or those matching a title. */
@Command(
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    name = "projects",
    description = {
      "List projects: yours, another user's (--user), any visible to you by title (--search) or"
          + " by tag (--tag); or create one (projects create).",
      "Prints the project id (for init), then the title."
    },
    subcommands = ProjectsCreateCommand.class)
final class ProjectsCommand implements Callable<Integer>, JsonCommand {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  @ParentCommand
  @SuppressWarnings("NullAway.Init")
  OsfCommand root;

  @Option(names = "--user", paramLabel = "ID", description = "That user's projects.")
  @Nullable String user;

  @Option(names = "--search", paramLabel = "TITLE", description = "Titles containing this text.")
  @Nullable String search;

  @Option(
      names = "--tag",
      paramLabel = "TAG",
      description = "Projects visible to you with a tag containing this text (e.g. psychopy).")
  @Nullable String tag;

  @Option(names = "--json", description = "Print the projects as one JSON object.")
  boolean json;

  @Override
  public boolean json() {
    return json;
  }

  @Override
  public Integer call() throws IOException, CliException {
    RemoteStorage remote = new Accounts(root).remote();
    List<ProjectInfo> projects = find(remote);
    if (json) {
      ObjectNode out = MAPPER.createObjectNode();
      ComponentsCommand.projectsJson(out.putArray("projects"), projects);
      root.context().print(JsonOutput.write(out));
      return ExitCodes.OK;
    }
    for (ProjectInfo project : projects) {
      root.context().print(describe(project));
    }
    if (projects.isEmpty()) {
      root.info("No projects found.");
    }
    return ExitCodes.OK;
  }

  private List<ProjectInfo> find(RemoteStorage remote) throws IOException, CliException {
    String title = search;
    String wanted = tag;
    if (wanted != null && user != null) {
      throw CliException.usage(
          "--tag searches every visible project; it cannot be used with --user");
    }
    if (title != null && user == null && wanted == null) {
      return remote.findProjects(title);
    }
    List<ProjectInfo> all =
        wanted != null
            ? remote.findProjectsByTag(wanted)
            : remote.projectsOf(user == null ? "me" : user);
    if (title == null) {
      return all;
    }
    String needle = title.toLowerCase(Locale.ROOT);
    return all.stream().filter(p -> p.title().toLowerCase(Locale.ROOT).contains(needle)).toList();
  }

  static String describe(ProjectInfo project) {
    String parent = project.parentId();
    return project.id()
        + "  "
        + project.title()
        + "  ("
        + (project.isPublic() ? "public" : "private")
        + (parent == null ? "" : ", component of " + parent)
        + ")";
  }
}
