package io.github.osf4j.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.osf4j.core.NewProject;
import io.github.osf4j.core.ProjectInfo;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code osf4j projects create}: a new project on OSF, private unless {@code --public}. */
@Command(
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    name = "create",
    description = {
      "Create a project on OSF (private unless --public) and print its id (for init).",
    })
final class ProjectsCreateCommand implements Callable<Integer>, JsonCommand {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  @ParentCommand
  @SuppressWarnings("NullAway.Init")
  ProjectsCommand projects;

  @Parameters(paramLabel = "TITLE", description = "The project's title.")
  @SuppressWarnings("NullAway.Init")
  String title;

  @Option(names = "--public", description = "Make the project public (default: private).")
  boolean isPublic;

  @Option(names = "--description", paramLabel = "TEXT", description = "The project's description.")
  String description = "";

  @Option(
      names = "--tag",
      paramLabel = "TAG",
      description = "A tag for the project (repeat for more), e.g. --tag psychopy.")
  List<String> tags = new ArrayList<>();

  @Option(names = "--json", description = "Print the new project as one JSON object.")
  boolean json;

  @Override
  public boolean json() {
    return json;
  }

  @Override
  public Integer call() throws IOException, CliException {
    if (title.isBlank()) {
      throw CliException.usage("TITLE must not be blank");
    }
    OsfCommand root = projects.root;
    ProjectInfo created =
        root.session().createOsfProject(new NewProject(title, description, isPublic, tags));
    if (json) {
      ObjectNode out = MAPPER.createObjectNode();
      ComponentsCommand.projectsJson(out.putArray("created"), List.of(created));
      root.context().print(JsonOutput.write(out));
    } else {
      root.context().print(ProjectsCommand.describe(created));
      root.info(
          "Link a folder to it with: osf4j init PROJECT_FILE --project "
              + created.id()
              + " --root DIR");
    }
    return ExitCodes.OK;
  }
}
