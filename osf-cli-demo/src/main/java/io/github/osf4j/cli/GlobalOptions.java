package io.github.osf4j.cli;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Which of the root command's inherited options apply to which command: each command keeps (in its
 * help and its parsing) only those; a command not listed here keeps them all.
 */
final class GlobalOptions {
  private static final List<String> CONNECTION =
      List.of("--api-url", "--files-url", "--config-dir", "--max-rate", "--max-wait");
  private static final List<String> OUTPUT = List.of("--verbose", "--quiet", "--log-file");

  private static final Map<String, Set<String>> APPLIES =
      Map.ofEntries(
          Map.entry("login", union(CONNECTION, OUTPUT)),
          Map.entry("logout", union(List.of("--api-url", "--files-url", "--config-dir"), OUTPUT)),
          Map.entry("whoami", union(CONNECTION, OUTPUT)),
          Map.entry("users", union(CONNECTION, OUTPUT)),
          Map.entry("projects", union(CONNECTION, OUTPUT)),
          Map.entry("init", union(CONNECTION, OUTPUT)),
          Map.entry("demo", Set.of("--verbose", "--quiet")),
          Map.entry("emulator", Set.of()),
          Map.entry("completion", Set.of()),
          Map.entry("help", Set.of()));

  private GlobalOptions() {}

  /** Removes from each listed subcommand the inherited options that do not apply to it. */
  static void keepWhereTheyApply(CommandLine root) {
    for (Map.Entry<String, CommandLine> sub : root.getSubcommands().entrySet()) {
      Set<String> kept = APPLIES.get(sub.getKey());
      if (kept == null) {
        continue;
      }
      CommandSpec spec = sub.getValue().getCommandSpec();
      for (OptionSpec option : List.copyOf(spec.options())) {
        if (option.inherited() && !kept.contains(option.longestName())) {
          spec.remove(option);
        }
      }
    }
  }

  private static Set<String> union(List<String> a, List<String> b) {
    return Set.copyOf(Stream.concat(a.stream(), b.stream()).toList());
  }
}
