package io.github.osf4j.core.local;

import java.util.ArrayList;
import java.util.List;

/**
 * The compiled ignore rules of one scan: the reserved {@code .osf4j-} prefix, the defaults, then
 * extra and {@code .osfignore} lines in gitignore syntax (the last matching rule decides).
 * Immutable and thread-safe.
 */
final class IgnoreRules {
  /** Our own temp and lock files start with this; they are always ignored. */
  static final String RESERVED_PREFIX = ".osf4j-";

  /** The ignore file at the root; it is synced itself, like {@code .gitignore}. */
  static final String IGNORE_FILE = ".osfignore";

  static final List<String> DEFAULTS =
      List.of(".DS_Store", "Thumbs.db", "desktop.ini", "~$*", "*.tmp", ".git/");

  private static final String[] NO_SEGMENTS = new String[0];

  private final IgnoreRule[] rules;
  private final boolean anyAnchored;

  private IgnoreRules(List<IgnoreRule> rules) {
    this.rules = rules.toArray(new IgnoreRule[0]);
    this.anyAnchored = rules.stream().anyMatch(IgnoreRule::anchored);
  }

  /** Compiles the defaults followed by {@code lines} (later lines win over earlier ones). */
  static IgnoreRules compile(List<String> lines) {
    List<IgnoreRule> rules = new ArrayList<>();
    for (String line : DEFAULTS) {
      add(rules, line);
    }
    for (String line : lines) {
      add(rules, line);
    }
    return new IgnoreRules(rules);
  }

  private static void add(List<IgnoreRule> rules, String line) {
    IgnoreRule rule = IgnoreRule.parse(line);
    if (rule != null) {
      rules.add(rule);
    }
  }

  /**
   * Returns whether the path is ignored.
   *
   * @param path the NFC relative path, {@code /}-separated
   * @param name its last segment
   * @param folder whether it is a folder
   */
  boolean ignored(String path, String name, boolean folder) {
    if (name.startsWith(RESERVED_PREFIX)) {
      return true;
    }
    String[] segments = anyAnchored ? path.split("/", -1) : NO_SEGMENTS;
    for (int i = rules.length - 1; i >= 0; i--) {
      if (rules[i].matches(segments, name, folder)) {
        return !rules[i].negated();
      }
    }
    return false;
  }
}
