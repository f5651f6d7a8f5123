package io.github.osf4j.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.osf4j.core.ProjectInfo;
import io.github.osf4j.core.sync.Session;
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
    List<ProjectInfo> projects = find(root.session());
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

  private List<ProjectInfo> find(Session session) throws IOException, CliException {
    String title = search;
    String wanted = tag;
    if (wanted != null && user != null) {
      throw CliException.usage(
          "--tag searches every visible project; it cannot be used with --user");
    }
    if (title != null && user == null && wanted == null) {
      return session.findProjects(title);
    }
    List<ProjectInfo> all;
    try {
      all =
          wanted != null
              ? session.findProjectsByTag(wanted)
              : user == null ? session.projects() : session.projectsOf(user);
    } catch (IOException e) {
      String message = String.valueOf(e.getMessage());
      if (user != null && message.contains(": not found (HTTP 404")) {
        throw new CliException(
            ExitCodes.USAGE,
            "--user "
                + user
                + ": no such OSF user (give the user's ID, e.g. abc12 from https://osf.io/abc12/)",
            e);
      }
      throw e;
    }
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
        + (project.writable() ? "" : ", read-only for you")
        + ")";
  }
}
