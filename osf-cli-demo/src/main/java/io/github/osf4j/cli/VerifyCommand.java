package io.github.osf4j.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.osf4j.core.SyncCancelledException;
import io.github.osf4j.core.SyncOptions;
import io.github.osf4j.core.VerifyReport;
import io.github.osf4j.core.VerifyReport.Mismatch;
import io.github.osf4j.core.VerifyReport.State;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code osf4j verify}: re-hash everything and check that both sides and the index agree. */
@Command(
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    name = "verify",
    description = {
      "Re-hash every local file (no fast check) and compare the local folder, OSF's hashes and"
          + " the state of the last sync; changes nothing.",
      "Prints one line per path that differs. Exit code 0 when all agree, 1 otherwise."
    })
final class VerifyCommand implements Callable<Integer>, JsonCommand {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  @ParentCommand
  @SuppressWarnings("NullAway.Init")
  OsfCommand root;

  @Parameters(paramLabel = "PROJECT_FILE", description = "The project file (see osf4j init).")
  @SuppressWarnings("NullAway.Init")
  Path projectFile;

  @Option(
      names = "--break-lock",
      description = "Break the project's lock when another run or host holds it.")
  boolean breakLock;

  @Option(names = "--json", description = "Print the result as one JSON object.")
  boolean json;

  @Override
  public boolean json() {
    return json;
  }

  @Override
  public Integer call() throws IOException, CliException {
    try (ProjectRun run = ProjectRun.open(root, projectFile, SyncOptions.DEFAULTS, breakLock)) {
      VerifyReport report;
      try {
        report = run.verify();
      } catch (SyncCancelledException e) {
        root.context().error("osf4j: interrupted; nothing was changed");
        return run.interruptedExitCode();
      }
      if (json) {
        root.context().print(JsonOutput.write(json(report)));
      } else {
        root.info(run.describe() + ":");
        report.mismatches().forEach(m -> root.context().print(line(m)));
        root.info(summary(report));
      }
      return report.allAgree() ? ExitCodes.OK : ExitCodes.INCOMPLETE;
    }
  }

  private static String summary(VerifyReport report) {
    int n = report.mismatches().size();
    if (n == 0) {
      return "All " + report.checked() + " paths agree: local folder, OSF and the last sync.";
    }
    return n + " of " + report.checked() + " paths differ.";
  }

  /** {@code data/a.csv: local changed since the last sync, OSF unchanged; the sides differ}. */
  static String line(Mismatch m) {
    String text =
        m.path()
            + ": local "
            + word(m.local())
            + ", OSF "
            + word(m.osf())
            + (m.sidesMatch() ? "; both sides hold the same content" : "; the sides differ");
    String problem = m.problem();
    return problem == null ? text : text + " (" + problem + ")";
  }

  private static String word(State state) {
    return switch (state) {
      case UNCHANGED -> "as at the last sync";
      case CHANGED -> "changed since the last sync";
      case NEW -> "new since the last sync";
      case MISSING -> "missing (deleted since the last sync)";
      case ABSENT -> "absent";
      case UNREADABLE -> "unreadable";
    };
  }

  private static ObjectNode json(VerifyReport report) {
    ObjectNode out = MAPPER.createObjectNode();
    out.put("agree", report.allAgree());
    out.put("checked", report.checked());
    ArrayNode differences = out.putArray("differences");
    for (Mismatch m : report.mismatches()) {
      ObjectNode d = differences.addObject();
      d.put("path", m.path().value());
      d.put("local", m.local().name().toLowerCase(Locale.ROOT));
      d.put("osf", m.osf().name().toLowerCase(Locale.ROOT));
      d.put("sidesMatch", m.sidesMatch());
      d.put("problem", m.problem());
    }
    return out;
  }
}
