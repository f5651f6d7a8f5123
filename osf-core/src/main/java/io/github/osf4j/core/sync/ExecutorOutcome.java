package io.github.osf4j.core.sync;

import static java.util.Objects.requireNonNull;

import io.github.osf4j.core.RelPath;

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

  /**
   * Not done because the old local file could not be backed up first: the file is unchanged, the
   * action counts as skipped.
   */
  record NotBackedUp(RelPath path, String cause) implements ExecutorOutcome {
    public NotBackedUp {
      requireNonNull(path, "path");
      requireNonNull(cause, "cause");
    }

    /** The skip's reason, naming the path and why no backup could be made. */
    String reason() {
      return "not changed: cannot back up the local file first (" + cause + "): " + path;
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

  static ExecutorOutcome notBackedUp(RelPath path, String cause) {
    return new NotBackedUp(path, cause);
  }

  /** The reason a skipped action was not done; empty for done and failed ones. */
  static java.util.Optional<String> skipReason(ExecutorOutcome outcome) {
    if (outcome instanceof Skipped s) {
      return java.util.Optional.of(s.reason());
    }
    if (outcome instanceof NotBackedUp n) {
      return java.util.Optional.of(n.reason());
    }
    return java.util.Optional.empty();
  }

  static ExecutorOutcome failed(String message) {
    return new Failed(message);
  }
}
