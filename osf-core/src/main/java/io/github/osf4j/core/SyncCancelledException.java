package io.github.osf4j.core;

import static java.util.Objects.requireNonNull;

import java.io.InterruptedIOException;

/**
 * A run stopped by {@code Project.cancel()} (in {@code core.sync}): no new action was started, the
 * actions in flight finished or were abandoned (their temp files removed), and every finished
 * action is recorded in the index. Running the sync again finishes the work.
 */
public final class SyncCancelledException extends InterruptedIOException {
  private static final long serialVersionUID = 1L;

  private final transient SyncReport report;

  public SyncCancelledException(String message, SyncReport report) {
    super(message);
    this.report = requireNonNull(report, "report");
  }

  /** What the run did before it stopped (empty when it stopped before applying anything). */
  public SyncReport report() {
    return report;
  }
}
