package io.github.osf4j.cli;

import io.github.osf4j.core.Action;
import io.github.osf4j.core.Plan;
import io.github.osf4j.core.SyncEvent;
import io.github.osf4j.core.SyncListener;
import java.util.function.LongSupplier;
import org.jspecify.annotations.Nullable;

/**
 * Plain progress lines, for a log or a pipe: each phase once, each finished action, and while bytes
 * move a summary every {@value #EVERY_SECONDS} s (files, bytes, speed, time left). They go to
 * stdout when {@code print} ({@code -v} without a terminal), and to the run's log if any. Failures
 * and skips are reported once, in the summary after the run.
 */
final class PlainProgress implements SyncListener {
  static final long EVERY_SECONDS = 5;

  private final CliContext context;
  private final boolean print;
  private final LongSupplier nanos;
  private @Nullable TransferStats stats;
  private String lastPhase = "";
  private long lastSummary;

  PlainProgress(CliContext context, boolean print, LongSupplier nanos) {
    this.context = context;
    this.print = print;
    this.nanos = nanos;
  }

  /** A phase before the transfers. */
  synchronized void phase(ProgressPhase phase) {
    phaseLine(phase.text());
  }

  /** From now on counts the transfers of {@code plan}. */
  synchronized void start(Plan plan) {
    stats = new TransferStats(plan, nanos);
    lastSummary = nanos.getAsLong();
  }

  @Override
  public synchronized void onEvent(SyncEvent event) {
    TransferStats counting = stats;
    if (counting != null) {
      counting.count(event);
    }
    if (event instanceof SyncEvent.ActionDone done) {
      Action action = done.action();
      if (!(action instanceof Action.RecordOnly)) {
        line("  done " + TextOutput.describe(action));
      }
    } else if (event instanceof SyncEvent.PhaseStarted started) {
      phaseLine(started.phase().label());
    } else if (event instanceof SyncEvent.ServerWait wait) {
      line("  " + ServerWaits.describe(wait));
    } else if (event instanceof SyncEvent.Transferred && counting != null) {
      long now = nanos.getAsLong();
      if (now - lastSummary >= EVERY_SECONDS * 1_000_000_000L) {
        lastSummary = now;
        line("  " + counting.summary());
      }
    }
  }

  /** {@code scanning...}, once per phase even when the core announces it twice. */
  private void phaseLine(String phase) {
    if (!phase.equals(lastPhase)) {
      lastPhase = phase;
      line("  " + phase + "...");
    }
  }

  private void line(String line) {
    if (print) {
      context.print(line);
    }
    context.logLine(line);
  }
}
