package io.github.osf4j.core.sync;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Asks a run to stop: set once from any thread, it wakes whoever listens. The first reason given
 * wins. Thread-safe.
 */
final class StopSignal {
  private final List<Runnable> listeners = new ArrayList<>();
  private @Nullable String reason;

  /** Asks the run to stop; later calls change nothing. */
  void stop(String why) {
    List<Runnable> toWake;
    synchronized (this) {
      if (reason != null) {
        return;
      }
      reason = why;
      toWake = List.copyOf(listeners);
    }
    toWake.forEach(Runnable::run);
  }

  synchronized boolean stopped() {
    return reason != null;
  }

  /** Runs {@code wake} when the signal is given (at once when it was given already). */
  void onStop(Runnable wake) {
    synchronized (this) {
      if (reason == null) {
        listeners.add(wake);
        return;
      }
    }
    wake.run();
  }
}
