package io.github.osf4j.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.osf4j.core.FileVersion;
import io.github.osf4j.core.RelPath;
import io.github.osf4j.core.SyncOptions;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code osf4j versions}: the versions OSF keeps of one file. */
@Command(
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    name = "versions",
    description = {
      "List the versions OSF keeps of a file, newest first: number, size, when OSF stored it"
          + " (server time, UTC) and sha256. Get one back with 'osf4j restore'."
    })
final class VersionsCommand implements Callable<Integer>, JsonCommand {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  @ParentCommand
  @SuppressWarnings("NullAway.Init")
  OsfCommand root;

  @Parameters(index = "0", paramLabel = "PROJECT_FILE", description = "The project file.")
  @SuppressWarnings("NullAway.Init")
  Path projectFile;

  @Parameters(index = "1", paramLabel = "PATH", description = "The file's path in the project.")
  @SuppressWarnings("NullAway.Init")
  String path;

  @Option(names = "--json", description = "Print the versions as one JSON object.")
  boolean json;

  @Override
  public boolean json() {
    return json;
  }

  @Override
  public Integer call() throws IOException, CliException {
    RelPath file = relPath(path);
    List<FileVersion> versions;
    try (ProjectRun run = ProjectRun.open(root, projectFile, SyncOptions.DEFAULTS, false)) {
      versions = run.versions(file);
    } catch (FileNotFoundException e) {
      throw CliException.usage(String.valueOf(e.getMessage()));
    }
    if (json) {
      ObjectNode out = MAPPER.createObjectNode();
      out.put("path", file.value());
      ArrayNode list = out.putArray("versions");
      for (FileVersion v : versions) {
        Instant modified = v.modified();
        list.addObject()
            .put("version", v.number())
            .put("size", v.size())
            .put("modified", modified == null ? null : modified.toString())
            .put("md5", v.md5())
            .put("sha256", v.sha256());
      }
      root.context().print(JsonOutput.write(out));
      return ExitCodes.OK;
    }
    for (FileVersion v : versions) {
      root.context().print(line(v));
    }
    return ExitCodes.OK;
  }

  private static String line(FileVersion v) {
    Instant modified = v.modified();
    String sha256 = v.sha256();
    String md5 = v.md5();
    return String.format(
        Locale.ROOT,
        "v%-3d  %10s  %-20s  %s",
        v.number(),
        Sizes.human(v.size()),
        modified == null ? "-" : modified.toString(),
        sha256 != null ? sha256 : md5 != null ? "md5:" + md5 : "(no hash)");
  }

  /** {@code raw} as a path in the project, or a usage error naming PATH. */
  static RelPath relPath(String raw) throws CliException {
    String trimmed = raw.replaceAll("^/+|/+$", "");
    if (trimmed.isEmpty() || !RelPath.isValid(trimmed)) {
      throw CliException.usage("PATH '" + raw + "' is not a file path inside the project");
    }
    return RelPath.of(trimmed);
  }
}
