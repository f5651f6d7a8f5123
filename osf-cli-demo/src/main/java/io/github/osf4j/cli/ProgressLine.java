package io.github.osf4j.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * The text of the progress line for a terminal {@code columns} wide: always shorter than the width
 * (a line as wide as the terminal wraps on some), the bar narrowed first, then speed, ETA and the
 * split by direction left out.
 */
final class ProgressLine {
  private static final int MIN_BAR = 10;
  private static final int MAX_BAR = 32;
  private static final String GAP = "  ";

  private ProgressLine() {}

  /** The transfer line, e.g. {@code up 3/10 down 2/5 [####----] 6.9 MB/203.5 MB 2.1 MB/s}. */
  static String transfer(TransferStats stats, int columns) {
    int budget = Math.max(1, columns - 1);
    String files = stats.fileCounts();
    String bytes = stats.byteCounts();
    List<List<String>> candidates =
        List.of(
            parts(stats.directions(), "BAR", bytes, stats.speed(), stats.eta()),
            parts(files, "BAR", bytes, stats.speed(), stats.eta()),
            parts(files, "BAR", bytes, stats.eta()),
            parts(files, "BAR", bytes),
            parts(files, bytes, stats.eta()),
            parts(files, bytes),
            parts(files));
    for (List<String> parts : candidates) {
      String line = fit(parts, stats.share(), budget);
      if (line != null) {
        return line;
      }
    }
    return cut(files, budget);
  }

  /** A phase line, e.g. {@code scanning the local folder...}, cut to fit. */
  static String phase(ProgressPhase phase, int columns) {
    return cut(phase.text() + "...", Math.max(1, columns - 1));
  }

  /** {@code text} cut to at most {@code budget} characters. */
  static String cut(String text, int budget) {
    return text.length() <= budget ? text : text.substring(0, budget);
  }

  private static List<String> parts(String... parts) {
    List<String> kept = new ArrayList<>();
    for (String part : parts) {
      if (!part.isEmpty()) {
        kept.add(part);
      }
    }
    return kept;
  }

  /** The parts joined, the bar as wide as the room left allows; null when they do not fit. */
  private static @org.jspecify.annotations.Nullable String fit(
      List<String> parts, double share, int budget) {
    int text = 0;
    for (String part : parts) {
      text += part.equals("BAR") ? 0 : part.length();
    }
    text += GAP.length() * (parts.size() - 1);
    boolean hasBar = parts.contains("BAR");
    int room = budget - text;
    if (room < (hasBar ? MIN_BAR : 0)) {
      return null;
    }
    StringBuilder line = new StringBuilder();
    for (String part : parts) {
      if (line.length() > 0) {
        line.append(GAP);
      }
      line.append(part.equals("BAR") ? bar(share, Math.min(MAX_BAR, room)) : part);
    }
    return line.toString();
  }

  /** {@code [#####-----]}, {@code width} characters with the brackets. */
  static String bar(double share, int width) {
    int inside = width - 2;
    int filled = (int) Math.round(Math.max(0, Math.min(1, share)) * inside);
    return "[" + "#".repeat(filled) + "-".repeat(inside - filled) + "]";
  }
}
