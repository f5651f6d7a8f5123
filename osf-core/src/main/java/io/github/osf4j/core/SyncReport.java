package io.github.osf4j.core;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What {@code apply()} did: actions done, paths skipped, actions failed (with the reason), and the
 * local files backed up before the run changed them.
 *
 * @param backedUp the local files whose old bytes were kept before an overwrite or delete
 * @param backupFolder where this run's backups went (null when none were made)
 */
public record SyncReport(
    List<Action> done,
    List<Skip> skipped,
    List<Failure> failed,
    List<RelPath> backedUp,
    @Nullable String backupFolder) {

  public SyncReport {
    done = List.copyOf(done);
    skipped = List.copyOf(skipped);
    failed = List.copyOf(failed);
    backedUp = List.copyOf(backedUp);
  }

  /** A report without backups. */
  public SyncReport(List<Action> done, List<Skip> skipped, List<Failure> failed) {
    this(done, skipped, failed, List.of(), null);
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
