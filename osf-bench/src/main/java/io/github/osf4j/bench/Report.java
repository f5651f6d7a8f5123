package io.github.osf4j.bench;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/** The rows gathered so far, printed as a Markdown table. Not thread-safe. */
final class Report {
  private static final String[] HEADER = {
    "Bench", "Metric", "osf4j", "Reference", "Target", "Result"
  };

  private final List<Row> rows = new ArrayList<>();
  private final PrintStream log;

  Report(PrintStream log) {
    this.log = log;
  }

  void add(Row row) {
    rows.add(row);
    log.println(
        "  " + row.metric() + ": " + row.figure() + " | " + row.reference() + " " + row.verdict());
    log.flush();
  }

  List<Row> rows() {
    return List.copyOf(rows);
  }

  /** Progress and notes, on the log stream (stderr by default). */
  void note(String text) {
    log.println(text);
    log.flush();
  }

  void print(PrintStream out) {
    int[] width = new int[HEADER.length];
    List<String[]> lines = new ArrayList<>();
    lines.add(HEADER);
    for (Row r : rows) {
      lines.add(
          new String[] {r.bench(), r.metric(), r.figure(), r.reference(), r.target(), r.verdict()});
    }
    for (String[] line : lines) {
      for (int i = 0; i < line.length; i++) {
        width[i] = Math.max(width[i], line[i].length());
      }
    }
    for (int n = 0; n < lines.size(); n++) {
      out.println(format(lines.get(n), width));
      if (n == 0) {
        String[] dashes = new String[width.length];
        for (int i = 0; i < width.length; i++) {
          dashes[i] = "-".repeat(width[i]);
        }
        out.println(format(dashes, width));
      }
    }
    out.flush();
  }

  private static String format(String[] cells, int[] width) {
    StringBuilder line = new StringBuilder("|");
    for (int i = 0; i < cells.length; i++) {
      line.append(' ').append(cells[i]).append(" ".repeat(width[i] - cells[i].length()));
      line.append(" |");
    }
    return line.toString();
  }
}
