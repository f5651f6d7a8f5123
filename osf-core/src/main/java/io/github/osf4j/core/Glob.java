package io.github.osf4j.core;

/**
 * One compiled glob for a single path segment: {@code *}, {@code ?}, character classes ({@code
 * [a-z]}, {@code [!abc]}, {@code [^abc]}) and {@code \} escapes. Immutable and thread-safe.
 */
final class Glob {
  private static final byte LITERAL = 0;
  private static final byte ANY = 1;
  private static final byte STAR = 2;
  private static final byte CLASS = 3;

  private final byte[] kinds;
  private final char[] literals;
  private final CharClass[] classes;

  /** The whole pattern as a literal, a literal suffix after one leading star, or null. */
  private final String literal;

  private final Shape shape;

  private enum Shape {
    EXACT,
    SUFFIX,
    PREFIX,
    GENERAL
  }

  private Glob(byte[] kinds, char[] literals, CharClass[] classes) {
    this.kinds = kinds;
    this.literals = literals;
    this.classes = classes;
    int stars = 0;
    int others = 0;
    for (byte kind : kinds) {
      if (kind == STAR) {
        stars++;
      } else if (kind != LITERAL) {
        others++;
      }
    }
    int n = kinds.length;
    if (others == 0 && stars == 0) {
      shape = Shape.EXACT;
      literal = new String(literals);
    } else if (others == 0 && stars == 1 && kinds[0] == STAR) {
      shape = Shape.SUFFIX;
      literal = new String(literals, 1, n - 1);
    } else if (others == 0 && stars == 1 && kinds[n - 1] == STAR) {
      shape = Shape.PREFIX;
      literal = new String(literals, 0, n - 1);
    } else {
      shape = Shape.GENERAL;
      literal = "";
    }
  }

  /** Compiles one segment pattern (it must not contain {@code /}). */
  static Glob compile(String pattern) {
    int n = pattern.length();
    byte[] kinds = new byte[n];
    char[] literals = new char[n];
    CharClass[] classes = new CharClass[n];
    int count = 0;
    for (int i = 0; i < n; i++) {
      char c = pattern.charAt(i);
      if (c == '\\' && i + 1 < n) {
        literals[count] = pattern.charAt(++i);
      } else if (c == '*') {
        if (count > 0 && kinds[count - 1] == STAR) {
          continue; // "**" inside a segment is just "*"
        }
        kinds[count] = STAR;
      } else if (c == '?') {
        kinds[count] = ANY;
      } else if (c == '[' && CharClass.end(pattern, i) > 0) {
        int end = CharClass.end(pattern, i);
        kinds[count] = CLASS;
        classes[count] = CharClass.parse(pattern.substring(i + 1, end));
        i = end;
      } else {
        literals[count] = c;
      }
      count++;
    }
    return new Glob(
        java.util.Arrays.copyOf(kinds, count),
        java.util.Arrays.copyOf(literals, count),
        java.util.Arrays.copyOf(classes, count));
  }

  /** Returns whether {@code name} matches this glob as a whole. */
  boolean matches(String name) {
    switch (shape) {
      case EXACT:
        return name.equals(literal);
      case SUFFIX:
        return name.endsWith(literal);
      case PREFIX:
        return name.startsWith(literal);
      default:
        return matchesGeneral(name);
    }
  }

  private boolean matchesGeneral(String name) {
    int m = kinds.length;
    int n = name.length();
    int p = 0;
    int s = 0;
    int starP = -1;
    int starS = 0;
    while (s < n) {
      if (p < m && kinds[p] == STAR) {
        starP = p++;
        starS = s;
      } else if (p < m && matchesOne(p, name.charAt(s))) {
        p++;
        s++;
      } else if (starP >= 0) {
        p = starP + 1;
        s = ++starS;
      } else {
        return false;
      }
    }
    while (p < m && kinds[p] == STAR) {
      p++;
    }
    return p == m;
  }

  private boolean matchesOne(int p, char c) {
    switch (kinds[p]) {
      case LITERAL:
        return literals[p] == c;
      case ANY:
        return true;
      default:
        return classes[p].contains(c);
    }
  }
}
