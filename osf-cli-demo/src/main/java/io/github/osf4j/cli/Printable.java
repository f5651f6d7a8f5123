package io.github.osf4j.cli;

/**
 * Makes text from a server (titles, names, error details) safe for a terminal: control characters,
 * line breaks and bidirectional overrides become visible escapes, so one message stays one line and
 * no server can move the cursor, retitle the window or forge a line of osf4j's.
 */
final class Printable {
  private Printable() {}

  /** {@code text} as one line: every character a terminal would act on is escaped. */
  static String line(String text) {
    if (isPlain(text)) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length() + 16);
    text.codePoints().forEach(c -> append(out, c));
    return out.toString();
  }

  private static boolean isPlain(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (isUnsafe(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static void append(StringBuilder out, int c) {
    if (!isUnsafe(c)) {
      out.appendCodePoint(c);
    } else if (c == '\n') {
      out.append("\\n");
    } else if (c == '\r') {
      out.append("\\r");
    } else if (c == '\t') {
      out.append("\\t");
    } else if (c == 0x1b) {
      out.append("\\e");
    } else if (c < 0x100) {
      out.append(String.format("\\x%02x", c));
    } else {
      out.append(String.format("\\u%04x", c));
    }
  }

  /** C0 and C1 controls, DEL, line and paragraph separators, bidirectional controls. */
  private static boolean isUnsafe(int c) {
    return c < 0x20
        || (c >= 0x7f && c < 0xa0)
        || c == 0x2028
        || c == 0x2029
        || (c >= 0x202a && c <= 0x202e)
        || (c >= 0x2066 && c <= 0x2069)
        || c == 0x200e
        || c == 0x200f
        || c == 0x061c;
  }
}
