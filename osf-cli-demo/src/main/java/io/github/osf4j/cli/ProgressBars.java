package io.github.osf4j.cli;

import io.github.osf4j.core.Plan;
import io.github.osf4j.core.SyncEvent;
import io.github.osf4j.core.SyncListener;
import java.io.PrintStream;
import java.util.function.LongSupplier;
import org.jspecify.annotations.Nullable;

/**
 * The progress of a sync on a terminal's stderr, one line redrawn in place: the phases before
 * transfers (scanning, listing), then files, bytes, a bar, speed and time left, narrowed to the
 * terminal's width. Each redraw returns to column 0 and clears to the end of the line, so nothing
 * of a longer line is left over. Thread-safe; redraws at most every {@value #REDRAW_MILLIS} ms
 * while bytes move, and whenever a file finishes.
 */
final class ProgressBars implements SyncListener, StatusLine {
  static final long REDRAW_MILLIS = 100;
  private static final String CLEAR = "\r\033[K";

  private final PrintStream err;
  private final int columns;
  private final LongSupplier nanos;
  private @Nullable TransferStats stats;
  private boolean drawn;
  private String shown = "";
  private long lastDraw = Long.MIN_VALUE;

  ProgressBars(PrintStream err, int columns, LongSupplier nanos) {
    this.err = err;
    this.columns = columns;
    this.nanos = nanos;
  }

  /** Shows a phase before the transfers, e.g. {@code scanning the local folder...}. */
  synchronized void phase(ProgressPhase phase) {
    draw(ProgressLine.phase(phase, columns));
  }

  /** From now on counts the transfers of {@code plan}. */
  synchronized void start(Plan plan) {
    stats = new TransferStats(plan, nanos);
    interrupt();
  }

  @Override
  public synchronized void onEvent(SyncEvent event) {
    if (event instanceof SyncEvent.ServerWait wait) {
      // A line of its own above the progress, which is drawn again below it.
      interrupt();
      err.print("osf4j: " + ServerWaits.describe(wait) + "\n");
      err.flush();
      redraw();
      return;
    }
    TransferStats counting = stats;
    if (counting == null || !counting.count(event) || !counting.hasTransfers()) {
      return;
    }
    boolean fileFinished = !(event instanceof SyncEvent.Transferred);
    long now = nanos.getAsLong();
    if (fileFinished || lastDraw == Long.MIN_VALUE || now - lastDraw >= REDRAW_MILLIS * 1_000_000) {
      lastDraw = now;
      redraw();
    }
  }

  /** Clears the line, so that a message can start at column 0; the next redraw draws it again. */
  @Override
  public synchronized void interrupt() {
    if (drawn) {
      err.print(CLEAR);
      err.flush();
      drawn = false;
    }
  }

  /**
   * Ends the progress: the last state stays on its own line (also after Ctrl-C), so that later
   * output, and the shell's prompt, start on a fresh line.
   */
  synchronized void close() {
    TransferStats counting = stats;
    if (counting != null && counting.hasTransfers()) {
      draw(ProgressLine.transfer(counting, columns));
    }
    if (drawn) {
      err.print("\n");
      err.flush();
      drawn = false;
    }
    shown = "";
  }

  private void redraw() {
    TransferStats counting = stats;
    if (counting != null && counting.hasTransfers()) {
      draw(ProgressLine.transfer(counting, columns));
    }
  }

  private void draw(String line) {
    if (drawn && line.equals(shown)) {
      return;
    }
    err.print("\r" + line + "\033[K");
    err.flush();
    shown = line;
    drawn = true;
  }
}
