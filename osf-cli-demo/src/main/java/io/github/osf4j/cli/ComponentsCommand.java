package io.github.osf4j.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.osf4j.core.ProjectInfo;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code osf4j components}: a project's direct components (sub-projects). */
@Command(
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    name = "components",
    description = {
      "List the direct components (sub-projects) of a project.",
      "Prints each component's id (for init), then its title."
    })
final class ComponentsCommand implements Callable<Integer>, JsonCommand {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  @ParentCommand
  @SuppressWarnings("NullAway.Init")
  OsfCommand root;

  @Parameters(paramLabel = "PROJECT_ID", description = "The project's OSF id.")
  @SuppressWarnings("NullAway.Init")
  String projectId;

  @Option(names = "--json", description = "Print the components as one JSON object.")
  boolean json;

  @Override
  public boolean json() {
    return json;
  }

  @Override
  public Integer call() throws IOException, CliException {
    List<ProjectInfo> components = root.session().components(projectId);
    if (json) {
      root.context().print(JsonOutput.write(json(projectId, components)));
      return ExitCodes.OK;
    }
    components.forEach(c -> root.context().print(ProjectsCommand.describe(c)));
    if (components.isEmpty()) {
      root.info("No components in " + projectId + ".");
    }
    return ExitCodes.OK;
  }

  /**
   * {@code {"project":ID,"components":[{"id":..,"title":..,"public":..,"parent":..,
   * "writable":..}]}}.
   */
  static ObjectNode json(String projectId, List<ProjectInfo> projects) {
    ObjectNode out = MAPPER.createObjectNode();
    out.put("project", projectId);
    projectsJson(out.putArray("components"), projects);
    return out;
  }

  static void projectsJson(ArrayNode array, List<ProjectInfo> projects) {
    for (ProjectInfo p : projects) {
      array
          .addObject()
          .put("id", p.id())
          .put("title", p.title())
          .put("public", p.isPublic())
          .put("parent", p.parentId())
          .put("writable", p.writable());
    }
  }
}
