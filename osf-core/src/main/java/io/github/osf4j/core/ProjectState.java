package io.github.osf4j.core;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A project file's content: its configuration, the base snapshot (the index) B, and the ignore
 * patterns in effect when B was recorded (null when not recorded, as in older project files).
 */
public record ProjectState(
    ProjectConfig config, Snapshot base, @Nullable List<String> ignoreRules) {

  public ProjectState {
    requireNonNull(config, "config");
    requireNonNull(base, "base");
    ignoreRules = ignoreRules == null ? null : List.copyOf(ignoreRules);
  }

  /** A state whose ignore patterns were not recorded (a new project file, or an older one). */
  public ProjectState(ProjectConfig config, Snapshot base) {
    this(config, base, null);
  }

  /** This state with another configuration. */
  public ProjectState withConfig(ProjectConfig newConfig) {
    return new ProjectState(newConfig, base, ignoreRules);
  }

  public ProjectState withBase(Snapshot newBase) {
    return new ProjectState(config, newBase, ignoreRules);
  }

  /** This state with {@code base} recorded under the ignore patterns {@code rules}. */
  public ProjectState withBase(Snapshot newBase, List<String> rules) {
    return new ProjectState(config, newBase, rules);
  }
}
