package io.github.osf4j.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.osf4j.core.FileVersion;
import io.github.osf4j.core.RelPath;
import io.github.osf4j.core.SyncOptions;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code osf4j restore}: one stored version of a file, downloaded beside it, never over it. */
@Command(
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    name = "restore",
    description = {
      "Download version N of a file from OSF, verified against its hash, beside the local file"
          + " as NAME.vN.EXT (or to --to FILE). Never writes over an existing file: exit 4 then.",
      "The restored copy is an ordinary file: the next sync uploads it, unless you move it or"
          + " put it in place of the file yourself."
    })
final class RestoreCommand implements Callable<Integer>, JsonCommand {
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

  @Option(
      names = "--version",
      required = true,
      paramLabel = "N",
      description = "The version number (see osf4j versions).")
  int version;

  @Option(
      names = "--to",
      paramLabel = "FILE",
      description = "Where to write it (default: beside the file, NAME.vN.EXT); must not exist.")
  @Nullable Path to;

  @Option(names = "--json", description = "Print the result as one JSON object.")
  boolean json;

  @Override
  public boolean json() {
    return json;
  }

  @Override
  public Integer call() throws IOException, CliException {
    RelPath file = VersionsCommand.relPath(path);
    if (version < 1) {
      throw CliException.usage("--version must be 1 or more");
    }
    try (ProjectRun run = ProjectRun.open(root, projectFile, SyncOptions.DEFAULTS, false)) {
      Path target = to != null ? to.toAbsolutePath() : beside(run.localRoot(), file, version);
      refuseExisting(target);
      Path parent = target.getParent();
      if (parent == null || !Files.isDirectory(parent)) {
        throw CliException.usage("--to: the folder " + parent + " does not exist");
      }
      Path temp = Files.createTempFile(parent, ".osf4j-restore-", ".part");
      FileVersion restored;
      try {
        try (OutputStream out = Files.newOutputStream(temp)) {
          restored = run.downloadVersion(file, version, out);
        }
        Files.move(temp, target);
      } catch (FileAlreadyExistsException e) {
        refuseExisting(target);
        throw e;
      } finally {
        Files.deleteIfExists(temp);
      }
      if (json) {
        ObjectNode out = MAPPER.createObjectNode();
        out.put("path", file.value()).put("version", restored.number());
        out.put("size", restored.size()).put("sha256", restored.sha256());
        out.put("to", target.toString());
        root.context().print(JsonOutput.write(out));
      } else {
        root.context()
            .print(
                "Restored version "
                    + restored.number()
                    + " of "
                    + file
                    + " ("
                    + Sizes.human(restored.size())
                    + ", hash verified) to "
                    + target);
      }
      return ExitCodes.OK;
    } catch (FileNotFoundException e) {
      throw CliException.usage(String.valueOf(e.getMessage()));
    }
  }

  /** {@code data/a.csv} version 3 as {@code ROOT/data/a.v3.csv}. */
  static Path beside(Path root, RelPath file, int version) {
    String name = file.name();
    int dot = name.lastIndexOf('.');
    String restored =
        dot > 0
            ? name.substring(0, dot) + ".v" + version + name.substring(dot)
            : name + ".v" + version;
    return root.resolve(file.withName(restored).value());
  }

  private static void refuseExisting(Path target) throws CliException {
    if (Files.exists(target, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
      throw new CliException(
          ExitCodes.SAFETY,
          target + " already exists; osf4j never writes over a local file: give another --to");
    }
  }
}
