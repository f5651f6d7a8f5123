package io.github.osf4j.core;

/** A glob character class such as {@code [a-z0-9]} or {@code [!.]}. Immutable. */
final class CharClass {
  private final boolean negated;

  /** Pairs of inclusive bounds: from, to, from, to, ... */
  private final char[] ranges;

  private CharClass(boolean negated, char[] ranges) {
    this.negated = negated;
    this.ranges = ranges;
  }

  /**
   * Returns the index of the {@code ]} closing the class opened at {@code open}, or -1 when the
   * class is not closed (then {@code [} is an ordinary character).
   */
  static int end(String pattern, int open) {
    int j = open + 1;
    int n = pattern.length();
    if (j < n && (pattern.charAt(j) == '!' || pattern.charAt(j) == '^')) {
      j++;
    }
    if (j < n && pattern.charAt(j) == ']') {
      j++;
    }
    for (; j < n; j++) {
      char c = pattern.charAt(j);
      if (c == '\\') {
        j++;
      } else if (c == ']') {
        return j;
      }
    }
    return -1;
  }

  /** Parses the text between the brackets. */
  static CharClass parse(String body) {
    int i = 0;
    boolean negated = !body.isEmpty() && (body.charAt(0) == '!' || body.charAt(0) == '^');
    if (negated) {
      i++;
    }
    StringBuilder ranges = new StringBuilder();
    while (i < body.length()) {
      char from = body.charAt(i);
      if (from == '\\' && i + 1 < body.length()) {
        from = body.charAt(++i);
      }
      i++;
      char to = from;
      if (i + 1 < body.length() && body.charAt(i) == '-') {
        to = body.charAt(i + 1);
        if (to == '\\' && i + 2 < body.length()) {
          to = body.charAt(i + 2);
          i++;
        }
        i += 2;
      }
      ranges.append(from).append(to);
    }
    return new CharClass(negated, ranges.toString().toCharArray());
  }

  boolean contains(char c) {
    for (int i = 0; i < ranges.length; i += 2) {
      if (c >= ranges[i] && c <= ranges[i + 1]) {
        return !negated;
      }
    }
    return negated;
  }
}
