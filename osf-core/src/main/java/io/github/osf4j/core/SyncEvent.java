package io.github.osf4j.core;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.util.Locale;

/** Progress and results of a sync, for a {@link SyncListener}. */
public sealed interface SyncEvent {

  /** The phases of a sync, in the order they run. */
  enum Phase {
    SCANNING,
    LISTING,
    PLANNING,
    APPLYING,
    SAVING;

    /** The phase in lower case, as progress shows it: {@code scanning}. */
    public String label() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** A phase began. */
  record PhaseStarted(Phase phase) implements SyncEvent {
    public PhaseStarted {
      requireNonNull(phase, "phase");
    }
  }

  /** An action began; {@code bytes} is what it will transfer (0 for none). */
  record ActionStarted(Action action, long bytes) implements SyncEvent {
    public ActionStarted {
      requireNonNull(action, "action");
    }
  }

  /** Bytes moved by a running transfer (negative after a restart). */
  record Transferred(Action action, long bytes) implements SyncEvent {
    public Transferred {
      requireNonNull(action, "action");
    }
  }

  /** An action finished well. */
  record ActionDone(Action action) implements SyncEvent {
    public ActionDone {
      requireNonNull(action, "action");
    }
  }

  /** An action was skipped because its target changed since planning (P7), or similar. */
  record ActionSkipped(Action action, String reason) implements SyncEvent {
    public ActionSkipped {
      requireNonNull(action, "action");
      requireNonNull(reason, "reason");
    }
  }

  /**
   * Something the user should know about an action that went well (for example how it was
   * verified).
   */
  record ActionNote(Action action, String note) implements SyncEvent {
    public ActionNote {
      requireNonNull(action, "action");
      requireNonNull(note, "note");
    }
  }

  /** An action failed; the others go on. */
  record ActionFailed(Action action, String message) implements SyncEvent {
    public ActionFailed {
      requireNonNull(action, "action");
      requireNonNull(message, "message");
    }
  }

  /**
   * The server asked for a pause (HTTP 429): requests to {@code host} wait {@code pause} before
   * going on. Reported once per pause by the remote, not by the executor.
   */
  record ServerWait(String host, Duration pause) implements SyncEvent {
    public ServerWait {
      requireNonNull(host, "host");
      requireNonNull(pause, "pause");
    }
  }
}
