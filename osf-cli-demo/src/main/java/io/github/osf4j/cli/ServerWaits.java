package io.github.osf4j.cli;

import io.github.osf4j.core.SyncEvent;
import io.github.osf4j.core.SyncListener;
import org.jspecify.annotations.Nullable;

/**
 * Where the remote's {@link SyncEvent.ServerWait}s go: to the running sync's progress when there is
 * one, else one line on stderr (none when quiet). Thread-safe.
 */
final class ServerWaits implements SyncListener {
  private final CliContext context;
  private volatile @Nullable SyncListener target;
  private volatile boolean quiet;

  ServerWaits(CliContext context) {
    this.context = context;
  }

  /** Sends the waits to {@code listener} from now on; null for stderr again. */
  void forwardTo(@Nullable SyncListener listener) {
    this.target = listener;
  }

  /** Whether the stderr line is left out (the command's {@code --quiet}). */
  void quiet(boolean quiet) {
    this.quiet = quiet;
  }

  @Override
  public void onEvent(SyncEvent event) {
    SyncListener t = target;
    if (t != null) {
      t.onEvent(event);
    } else if (!quiet && event instanceof SyncEvent.ServerWait wait) {
      context.error("osf4j: " + describe(wait));
    }
  }

  /** {@code files.osf.io asks to slow down (HTTP 429): waiting 30 s}. */
  static String describe(SyncEvent.ServerWait wait) {
    long s = Math.max(1, (wait.pause().toMillis() + 999) / 1000);
    String time = s < 120 ? s + " s" : (s + 59) / 60 + " min";
    return wait.host() + " asks to slow down (HTTP 429): waiting " + time;
  }
}
