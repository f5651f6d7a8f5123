package io.github.osf4j.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A terminal's screen fed with what osf4j writes to stderr: {@code \r} returns to column 0, {@code
 * ESC[K} clears to the end of the line, {@code \n} starts a new line, and a character written past
 * the last column wraps to the next line (which the progress must never cause).
 */
final class FakeTerminal {
  final int columns;
  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
  final PrintStream err = new PrintStream(bytes, true, StandardCharsets.UTF_8);

  FakeTerminal(int columns) {
    this.columns = columns;
  }

  /** Everything written so far, raw. */
  String raw() {
    return bytes.toString(StandardCharsets.UTF_8);
  }

  /** The screen's lines after replaying the output, with wraps counted as lines of their own. */
  List<String> screen() {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    int column = 0;
    String raw = raw();
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c == '\r') {
        column = 0;
      } else if (c == '\n') {
        lines.add(line.toString());
        line.setLength(0);
        column = 0;
      } else if (c == '\033' && raw.startsWith("[K", i + 1)) {
        line.setLength(column);
        i += 2;
      } else {
        if (column == columns) { // a wrap
          lines.add(line.toString());
          line.setLength(0);
          column = 0;
        }
        if (column < line.length()) {
          line.setCharAt(column, c);
        } else {
          line.append(c);
        }
        column++;
      }
    }
    if (line.length() > 0) {
      lines.add(line.toString());
    }
    return lines;
  }

  /** Each piece of text drawn between two returns or newlines. */
  List<String> drawnPieces() {
    List<String> pieces = new ArrayList<>();
    for (String piece : raw().replace("\033[K", "").split("[\r\n]")) {
      if (!piece.isEmpty()) {
        pieces.add(piece);
      }
    }
    return pieces;
  }
}
