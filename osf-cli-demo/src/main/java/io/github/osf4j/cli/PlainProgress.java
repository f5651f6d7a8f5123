package io.github.osf4j.cli;

import io.github.osf4j.core.Action;
import io.github.osf4j.core.SyncEvent;
import io.github.osf4j.core.SyncListener;

/**
 * Plain progress lines for a log, when verbose: each phase and each finished action. Failures and
 * skips are reported once, in the summary after the run.
 */
final class PlainProgress implements SyncListener {
  private final CliContext context;

  PlainProgress(CliContext context) {
    this.context = context;
  }

  @Override
  public synchronized void onEvent(SyncEvent event) {
    if (event instanceof SyncEvent.ActionDone done) {
      Action action = done.action();
      if (!(action instanceof Action.RecordOnly)) {
        context.print("  done " + TextOutput.describe(action));
      }
    } else if (event instanceof SyncEvent.PhaseStarted started) {
      context.print("  " + started.phase().label() + "...");
    } else if (event instanceof SyncEvent.ServerWait wait) {
      context.print("  " + ServerWaits.describe(wait));
    }
  }
}
