package io.github.osf4j.core;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** One line of an ignore file in gitignore syntax, compiled once. Immutable and thread-safe. */
final class IgnoreRule {
  private final boolean negated;
  private final boolean foldersOnly;

  /** Non-null for a rule without an inner slash: it matches the last segment at any depth. */
  private final @Nullable Glob name;

  /** For an anchored rule: one glob per segment, null standing for {@code **}. */
  private final @Nullable Glob[] segments;

  private IgnoreRule(
      boolean negated, boolean foldersOnly, @Nullable Glob name, @Nullable Glob[] segments) {
    this.negated = negated;
    this.foldersOnly = foldersOnly;
    this.name = name;
    this.segments = segments;
  }

  /** Compiles one line; null for blank lines and comments. */
  static @Nullable IgnoreRule parse(String line) {
    String text = Normalizer.normalize(stripTrailingSpaces(line), Normalizer.Form.NFC);
    if (text.isEmpty() || text.startsWith("#")) {
      return null;
    }
    boolean negated = text.startsWith("!");
    if (negated) {
      text = text.substring(1);
    }
    boolean foldersOnly = text.endsWith("/");
    if (foldersOnly) {
      text = text.substring(0, text.length() - 1);
    }
    if (text.isEmpty() || text.equals("/")) {
      return null;
    }
    if (text.indexOf('/') < 0) {
      return new IgnoreRule(negated, foldersOnly, Glob.compile(text), new Glob[0]);
    }
    return new IgnoreRule(negated, foldersOnly, null, compileSegments(text));
  }

  private static @Nullable Glob[] compileSegments(String text) {
    String anchored = text.startsWith("/") ? text.substring(1) : text;
    List<@Nullable Glob> globs = new ArrayList<>();
    for (String segment : anchored.split("/", -1)) {
      if (segment.equals("**")) {
        if (globs.isEmpty() || globs.get(globs.size() - 1) != null) {
          globs.add(null);
        }
      } else if (!segment.isEmpty()) {
        globs.add(Glob.compile(segment));
      }
    }
    return globs.toArray(new Glob[0]);
  }

  private static String stripTrailingSpaces(String line) {
    int end = line.length();
    while (end > 0 && line.charAt(end - 1) == ' ' && !(end >= 2 && line.charAt(end - 2) == '\\')) {
      end--;
    }
    return line.substring(0, end);
  }

  boolean negated() {
    return negated;
  }

  boolean anchored() {
    return name == null;
  }

  /**
   * Returns whether this rule matches the path (given both as its segments and its last segment).
   */
  boolean matches(String[] path, String last, boolean folder) {
    if (foldersOnly && !folder) {
      return false;
    }
    Glob single = name;
    if (single != null) {
      return single.matches(last);
    }
    return matchFrom(path, 0, 0);
  }

  private boolean matchFrom(String[] path, int p, int s) {
    if (p == segments.length) {
      return s == path.length;
    }
    Glob glob = segments[p];
    if (glob == null) {
      if (p == segments.length - 1) {
        return s < path.length; // a trailing "/**" matches everything inside
      }
      for (int k = s; k <= path.length; k++) {
        if (matchFrom(path, p + 1, k)) {
          return true;
        }
      }
      return false;
    }
    return s < path.length && glob.matches(path[s]) && matchFrom(path, p + 1, s + 1);
  }
}
