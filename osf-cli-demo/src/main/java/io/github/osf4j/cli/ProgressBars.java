package io.github.osf4j.cli;

import io.github.osf4j.core.Action;
import io.github.osf4j.core.Plan;
import io.github.osf4j.core.SyncEvent;
import io.github.osf4j.core.SyncListener;
import java.io.PrintStream;
import java.util.Locale;

/**
 * Two progress bars on a terminal's stderr, redrawn in place with {@code \r}: files and bytes up,
 * files and bytes down. Thread-safe; redraws only when a file finishes or another percent of the
 * bytes moved. A direction with nothing to move is left out.
 */
final class ProgressBars implements SyncListener {
  private static final int WIDTH = 12;

  private final PrintStream err;
  private final Counter up = new Counter();
  private final Counter down = new Counter();
  private String last = "";

  ProgressBars(PrintStream err, Plan plan) {
    this.err = err;
    for (Action action : plan.actions()) {
      if (isTransfer(action)) {
        counter(action).add(Plans.bytes(action));
      }
    }
  }

  @Override
  public synchronized void onEvent(SyncEvent event) {
    if (event instanceof SyncEvent.Transferred moved) {
      counter(moved.action()).bytes += moved.bytes();
    } else if (event instanceof SyncEvent.ActionDone done) {
      finish(done.action());
    } else if (event instanceof SyncEvent.ActionFailed failed) {
      finish(failed.action());
    } else if (event instanceof SyncEvent.ActionSkipped skipped) {
      finish(skipped.action());
    } else if (event instanceof SyncEvent.ServerWait wait) {
      // One line of its own above the bars, which are drawn again below it.
      err.print((last.isEmpty() ? "" : "\r\033[K") + "osf4j: " + ServerWaits.describe(wait) + "\n");
      last = "";
    } else {
      return;
    }
    draw();
  }

  /** Ends the bars' line so that later output starts on a fresh one. */
  synchronized void close() {
    if (!last.isEmpty()) {
      err.println();
      err.flush();
      last = "";
    }
  }

  private void finish(Action action) {
    if (isTransfer(action)) {
      Counter counter = counter(action);
      counter.files++;
      counter.finishedBytes += Plans.bytes(action);
      counter.bytes = Math.max(counter.bytes, counter.finishedBytes);
    }
  }

  private void draw() {
    String key = up.key() + "/" + down.key();
    if (key.equals(last)) {
      return;
    }
    last = key;
    StringBuilder line = new StringBuilder("\r");
    if (up.totalFiles > 0) {
      line.append("up ").append(up.render());
    }
    if (down.totalFiles > 0) {
      line.append(up.totalFiles > 0 ? "   " : "").append("down ").append(down.render());
    }
    err.print(line);
    err.flush();
  }

  private static boolean isTransfer(Action action) {
    return action instanceof Action.Upload || action instanceof Action.Download;
  }

  private Counter counter(Action action) {
    return action instanceof Action.Download ? down : up;
  }

  /** Files and bytes of one direction. */
  private static final class Counter {
    int totalFiles;
    long totalBytes;
    int files;
    long bytes;
    long finishedBytes;

    void add(long size) {
      totalFiles++;
      totalBytes += size;
    }

    /** Changes when the drawing would visibly change: a file finished, or another percent. */
    String key() {
      long percent = totalBytes == 0 ? 0 : Math.max(0, bytes) * 100 / totalBytes;
      return files + ":" + percent;
    }

    String render() {
      double share;
      if (totalBytes > 0) {
        share = Math.min(1.0, Math.max(0, (double) bytes / totalBytes));
      } else {
        share = totalFiles == 0 ? 1 : (double) files / totalFiles;
      }
      int filled = (int) Math.round(share * WIDTH);
      return String.format(
          Locale.ROOT,
          "[%s%s] %d/%d files %s/%s",
          "#".repeat(filled),
          "-".repeat(WIDTH - filled),
          files,
          totalFiles,
          Sizes.human(Math.max(0, bytes)),
          Sizes.human(totalBytes));
    }
  }
}
