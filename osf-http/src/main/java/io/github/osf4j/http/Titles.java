package io.github.osf4j.http;

/** Undoes (and redoes) the HTML escaping OSF applies to node titles. */
final class Titles {
  private Titles() {}

  /** {@code &gt; data &amp; files} becomes {@code > data & files}; unknown entities stay. */
  static String unescape(String title) {
    StringBuilder out = new StringBuilder(title.length());
    int i = 0;
    while (i < title.length()) {
      char c = title.charAt(i);
      int semi = c == '&' ? title.indexOf(';', i) : -1;
      if (semi > i && semi - i <= 10) {
        String decoded = entity(title.substring(i + 1, semi));
        if (decoded != null) {
          out.append(decoded);
          i = semi + 1;
          continue;
        }
      }
      out.append(c);
      i++;
    }
    return out.toString();
  }

  /** The form OSF stores a title in: {@code &}, {@code <} and {@code >} escaped. */
  static String escape(String title) {
    return title.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  private static @org.jspecify.annotations.Nullable String entity(String name) {
    switch (name) {
      case "amp":
        return "&";
      case "lt":
        return "<";
      case "gt":
        return ">";
      case "quot":
        return "\"";
      case "apos":
        return "'";
      default:
        return numeric(name);
    }
  }

  private static @org.jspecify.annotations.Nullable String numeric(String name) {
    if (name.length() < 2 || name.charAt(0) != '#') {
      return null;
    }
    boolean hex = name.charAt(1) == 'x' || name.charAt(1) == 'X';
    String digits = name.substring(hex ? 2 : 1);
    try {
      int code = Integer.parseInt(digits, hex ? 16 : 10);
      return Character.isValidCodePoint(code) && code != 0
          ? new String(Character.toChars(code))
          : null;
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
