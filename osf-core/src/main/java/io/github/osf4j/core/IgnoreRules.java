package io.github.osf4j.core;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The ignore rules of one run: the reserved {@code .osf4j-} prefix, any {@code .git} (in any case),
 * osf4j's own files at exact paths, the defaults, then the configured and {@code .osfignore} lines
 * in gitignore syntax (the last matching rule decides). An ignored path is outside the sync on both
 * sides (docs/SYNC-RULES.md "Ignore rules"). Immutable and thread-safe.
 */
public final class IgnoreRules {
  /** Our own temp and lock files start with this; they are always ignored. */
  public static final String RESERVED_PREFIX = ".osf4j-";

  /** The ignore file at the root; it is synced itself, like {@code .gitignore}. */
  public static final String IGNORE_FILE = ".osfignore";

  /** What is ignored without any configuration. */
  public static final List<String> DEFAULTS =
      List.of(".DS_Store", "Thumbs.db", "desktop.ini", "~$*", "*.tmp", ".git/");

  /**
   * Operating-system litter: ignored by default, and deleted with a local folder that holds nothing
   * else (the one exception to "ignored paths are never deleted", and only on the local side).
   */
  public static final Set<String> OS_LITTER = Set.of(".DS_Store", "Thumbs.db", "desktop.ini");

  private static final String GIT = ".git";
  private static final String[] NO_SEGMENTS = new String[0];

  private final List<String> patterns;
  private final Set<String> exact;
  private final IgnoreRule[] rules;
  private final boolean anyAnchored;

  private IgnoreRules(List<String> patterns, Set<String> exact) {
    this.patterns = List.copyOf(patterns);
    this.exact = Set.copyOf(exact);
    List<IgnoreRule> compiled = new ArrayList<>();
    for (String line : DEFAULTS) {
      add(compiled, line);
    }
    for (String line : patterns) {
      add(compiled, line);
    }
    this.rules = compiled.toArray(new IgnoreRule[0]);
    this.anyAnchored = compiled.stream().anyMatch(IgnoreRule::anchored);
  }

  /** Compiles the defaults followed by {@code patterns} (later lines win over earlier ones). */
  public static IgnoreRules compile(List<String> patterns) {
    return new IgnoreRules(patterns, Set.of());
  }

  /** These rules, also ignoring exactly {@code paths} (osf4j's own files inside the root). */
  public IgnoreRules excluding(Collection<RelPath> paths) {
    Set<String> all = paths.stream().map(RelPath::value).collect(Collectors.toSet());
    all.addAll(exact);
    return new IgnoreRules(patterns, all);
  }

  /** The configured and {@code .osfignore} lines, in order (without the defaults). */
  public List<String> patterns() {
    return patterns;
  }

  /** The exact paths of osf4j's own files that these rules leave out. */
  public Set<RelPath> ownFiles() {
    return exact.stream().map(RelPath::new).collect(Collectors.toSet());
  }

  private static void add(List<IgnoreRule> rules, String line) {
    IgnoreRule rule = IgnoreRule.parse(line);
    if (rule != null) {
      rules.add(rule);
    }
  }

  /**
   * Returns whether the path itself is ignored, its parents aside (for a walk that does not enter
   * ignored folders).
   *
   * @param path the NFC relative path, {@code /}-separated
   * @param name its last segment
   * @param folder whether it is a folder
   */
  public boolean ignored(String path, String name, boolean folder) {
    if (name.startsWith(RESERVED_PREFIX) || name.equalsIgnoreCase(GIT) || exact.contains(path)) {
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

  /** Returns whether {@code path} or one of its parents is ignored. */
  public boolean ignores(RelPath path, boolean folder) {
    return new Memo().ignores(path, folder);
  }

  /** {@code snapshot} without its ignored paths (entries and problems). */
  public Snapshot filter(Snapshot snapshot) {
    Memo memo = new Memo();
    Snapshot.Builder kept = Snapshot.builder();
    for (Entry entry : snapshot.entries().values()) {
      if (!memo.ignores(entry.path(), entry.isFolder())) {
        kept.put(entry);
      }
    }
    for (Map.Entry<RelPath, String> problem : snapshot.problems().entrySet()) {
      if (!memo.ignores(problem.getKey(), false)) {
        kept.problem(problem.getKey(), problem.getValue());
      }
    }
    return kept.build();
  }

  /** The ignored paths of {@code snapshot} whose parent is not ignored, in order. */
  public List<RelPath> topIgnored(Snapshot snapshot) {
    Memo memo = new Memo();
    List<RelPath> top = new ArrayList<>();
    for (Entry entry : snapshot.entries().values()) {
      RelPath path = entry.path();
      boolean parentIgnored = path.parent().map(memo::folderIgnored).orElse(false);
      if (!parentIgnored && memo.ignores(path, entry.isFolder())) {
        top.add(path);
      }
    }
    return top;
  }

  /** Remembers which folders are ignored, so that each is matched once per pass. */
  private final class Memo {
    private final Map<RelPath, Boolean> folders = new HashMap<>();

    boolean ignores(RelPath path, boolean folder) {
      if (path.parent().map(this::folderIgnored).orElse(false)) {
        return true;
      }
      return folder ? folderIgnored(path) : ignored(path.value(), path.name(), false);
    }

    boolean folderIgnored(RelPath folder) {
      Boolean known = folders.get(folder);
      if (known == null) {
        known = parentOrSelf(folder);
        folders.put(folder, known);
      }
      return known;
    }

    private boolean parentOrSelf(RelPath folder) {
      return folder.parent().map(this::folderIgnored).orElse(false)
          || ignored(folder.value(), folder.name(), true);
    }
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof IgnoreRules that
        && patterns.equals(that.patterns)
        && exact.equals(that.exact);
  }

  @Override
  public int hashCode() {
    return 31 * patterns.hashCode() + exact.hashCode();
  }

  @Override
  public String toString() {
    return "IgnoreRules" + patterns;
  }
}
