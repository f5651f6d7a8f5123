package io.github.osf4j.core;

import static java.util.Objects.requireNonNull;

import java.util.List;

/** What {@code apply()} did: actions done, paths skipped, actions failed (with the reason). */
public record SyncReport(List<Action> done, List<Skip> skipped, List<Failure> failed) {

  public SyncReport {
    done = List.copyOf(done);
    skipped = List.copyOf(skipped);
    failed = List.copyOf(failed);
  }

  /** One action that failed; the others went on. */
  public record Failure(Action action, String message) {
    public Failure {
      requireNonNull(action, "action");
      requireNonNull(message, "message");
    }
  }

  /** Whether everything planned was done. */
  public boolean isComplete() {
    return skipped.isEmpty() && failed.isEmpty();
  }
}
