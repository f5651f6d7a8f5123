package io.github.osf4j.core;

import static java.util.Objects.requireNonNull;

import java.text.Normalizer;
import java.util.List;
import java.util.Optional;

/**
 * A validated path relative to the sync root: NFC, {@code /}-separated, no empty, {@code .} or
 * {@code ..} segment, no NUL, no leading or trailing {@code /}.
 *
 * <p>Validated once, trusted everywhere after. Ordered segment by segment, so a folder sorts
 * directly before its own subtree.
 */
public record RelPath(String value) implements Comparable<RelPath> {

  public RelPath {
    requireNonNull(value, "value");
    String problem = problem(value);
    if (problem != null) {
      throw new IllegalArgumentException(
          "invalid relative path (" + problem + "): " + quote(value));
    }
  }

  /** Normalises {@code raw} to NFC, then validates it. */
  public static RelPath of(String raw) {
    return new RelPath(Normalizer.normalize(requireNonNull(raw, "raw"), Normalizer.Form.NFC));
  }

  /** Returns whether {@code raw}, once NFC-normalised, is a valid relative path. */
  public static boolean isValid(String raw) {
    return problem(Normalizer.normalize(raw, Normalizer.Form.NFC)) == null;
  }

  /** Returns why {@code value} is not a valid path, or null when it is. */
  static @org.jspecify.annotations.Nullable String problem(String value) {
    if (value.isEmpty()) {
      return "empty";
    }
    if (value.startsWith("/")) {
      return "leading /";
    }
    boolean ascii = true;
    int segmentStart = 0;
    for (int i = 0; i <= value.length(); i++) {
      char c = i < value.length() ? value.charAt(i) : '/';
      if (c == '\0') {
        return "NUL character";
      }
      if (c >= 0x80) {
        ascii = false;
      }
      if (c == '/') {
        String segmentProblem = segmentProblem(value, segmentStart, i);
        if (segmentProblem != null) {
          return segmentProblem;
        }
        segmentStart = i + 1;
      }
    }
    if (!ascii && !Normalizer.isNormalized(value, Normalizer.Form.NFC)) {
      return "not NFC";
    }
    return null;
  }

  private static @org.jspecify.annotations.Nullable String segmentProblem(
      String value, int start, int end) {
    int length = end - start;
    if (length == 0) {
      return "empty segment";
    }
    if (value.charAt(start) == '.'
        && (length == 1 || (length == 2 && value.charAt(start + 1) == '.'))) {
      return "'" + value.substring(start, end) + "' segment";
    }
    return null;
  }

  /** The last segment. */
  public String name() {
    int slash = value.lastIndexOf('/');
    return slash < 0 ? value : value.substring(slash + 1);
  }

  /** The parent path, empty for a top-level name. */
  public Optional<RelPath> parent() {
    int slash = value.lastIndexOf('/');
    return slash < 0 ? Optional.empty() : Optional.of(new RelPath(value.substring(0, slash)));
  }

  /** This path with {@code name} appended as a new last segment. */
  public RelPath child(String name) {
    return RelPath.of(value + "/" + name);
  }

  /** This path's parent with {@code name} as its last segment (a sibling, or a rename). */
  public RelPath withName(String name) {
    return parent().map(p -> p.child(name)).orElseGet(() -> RelPath.of(name));
  }

  /** The segments, outermost first. */
  public List<String> segments() {
    return List.of(value.split("/"));
  }

  /** The number of segments. */
  public int depth() {
    int depth = 1;
    for (int i = 0; i < value.length(); i++) {
      if (value.charAt(i) == '/') {
        depth++;
      }
    }
    return depth;
  }

  /** Returns whether {@code other} lies strictly inside this path. */
  public boolean isAncestorOf(RelPath other) {
    return other.value.length() > value.length()
        && other.value.startsWith(value)
        && other.value.charAt(value.length()) == '/';
  }

  @Override
  public int compareTo(RelPath other) {
    int n = Math.min(value.length(), other.value.length());
    for (int i = 0; i < n; i++) {
      char a = value.charAt(i);
      char b = other.value.charAt(i);
      if (a != b) {
        // '/' sorts before every other character, so children follow their parent directly.
        if (a == '/') {
          return -1;
        }
        if (b == '/') {
          return 1;
        }
        return Character.compare(a, b);
      }
    }
    return Integer.compare(value.length(), other.value.length());
  }

  @Override
  public String toString() {
    return value;
  }

  private static String quote(String raw) {
    StringBuilder out = new StringBuilder("\"");
    raw.codePoints()
        .forEach(
            c -> {
              if (c < 0x20 || c == 0x7f) {
                out.append(String.format("\\u%04x", c));
              } else {
                out.appendCodePoint(c);
              }
            });
    return out.append('"').toString();
  }
}
