package io.github.osf4j.core;

import static java.util.Objects.requireNonNull;

/** A project file's content: its configuration and the base snapshot (the index) B. */
public record ProjectState(ProjectConfig config, Snapshot base) {

  public ProjectState {
    requireNonNull(config, "config");
    requireNonNull(base, "base");
  }

  public ProjectState withBase(Snapshot newBase) {
    return new ProjectState(config, newBase);
  }
}
