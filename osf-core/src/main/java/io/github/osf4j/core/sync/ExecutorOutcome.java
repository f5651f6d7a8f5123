package io.github.osf4j.core.sync;

import static java.util.Objects.requireNonNull;

/** How one action ended. */
sealed interface ExecutorOutcome {

  /** Done; its effects are already in the views and the index. */
  record Done() implements ExecutorOutcome {}

  /** Not attempted or stopped before changing anything, typically because a target changed (P7). */
  record Skipped(String reason) implements ExecutorOutcome {
    public Skipped {
      requireNonNull(reason, "reason");
    }
  }

  /** Failed; the index was not advanced for it. */
  record Failed(String message) implements ExecutorOutcome {
    public Failed {
      requireNonNull(message, "message");
    }
  }

  static ExecutorOutcome done() {
    return new Done();
  }

  static ExecutorOutcome skipped(String reason) {
    return new Skipped(reason);
  }

  static ExecutorOutcome failed(String message) {
    return new Failed(message);
  }
}
