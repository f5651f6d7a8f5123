package io.github.osf4j.core;

import static java.util.Objects.requireNonNull;

import java.util.List;

/** Whether a plan may run (P9): checked before any action, overridden only by {@code force}. */
public sealed interface Safety {

  /** Nothing dangerous found. */
  record Safe() implements Safety {}

  /** The plan must not run; each reason says what was found and how to override where allowed. */
  record Unsafe(List<String> reasons) implements Safety {
    public Unsafe {
      reasons = List.copyOf(requireNonNull(reasons, "reasons"));
      if (reasons.isEmpty()) {
        throw new IllegalArgumentException("an unsafe verdict needs a reason");
      }
    }
  }

  default boolean isSafe() {
    return this instanceof Safe;
  }
}
