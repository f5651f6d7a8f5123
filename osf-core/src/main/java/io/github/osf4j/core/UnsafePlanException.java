package io.github.osf4j.core;

import java.io.IOException;
import java.util.List;

/** {@code apply()} refused a plan whose safety verdict is unsafe (P9); {@code force} overrides. */
public class UnsafePlanException extends IOException {
  private static final long serialVersionUID = 1L;

  private final List<String> reasons;

  public UnsafePlanException(List<String> reasons) {
    super("refusing an unsafe plan: " + String.join("; ", reasons));
    this.reasons = List.copyOf(reasons);
  }

  /** What was found, each with how to override where allowed. */
  public List<String> reasons() {
    return reasons;
  }
}
