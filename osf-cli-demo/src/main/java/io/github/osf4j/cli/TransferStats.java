package io.github.osf4j.cli;

import io.github.osf4j.core.Action;
import io.github.osf4j.core.Plan;
import io.github.osf4j.core.SyncEvent;
import java.time.Duration;
import java.util.Locale;
import java.util.function.LongSupplier;
import org.jspecify.annotations.Nullable;

/**
 * The counts a sync's progress shows: files and bytes up and down, done and in all, and the speed
 * and time left since the first transfer began. Not thread-safe: its users lock around it.
 */
final class TransferStats {
  private final LongSupplier nanos;
  private final Direction up = new Direction();
  private final Direction down = new Direction();
  private long started = -1;

  TransferStats(Plan plan, LongSupplier nanos) {
    this.nanos = nanos;
    for (Action action : plan.actions()) {
      if (isTransfer(action)) {
        direction(action).add(Plans.bytes(action));
      }
    }
  }

  /**
   * Counts {@code event}; true when it changed what is shown (bytes moved, a transfer finished).
   */
  boolean count(SyncEvent event) {
    if (event instanceof SyncEvent.ActionStarted start && isTransfer(start.action())) {
      startClock();
      return false;
    }
    if (event instanceof SyncEvent.Transferred moved && isTransfer(moved.action())) {
      startClock();
      direction(moved.action()).bytes += moved.bytes();
      return true;
    }
    Action finished = finished(event);
    if (finished != null && isTransfer(finished)) {
      Direction direction = direction(finished);
      direction.files++;
      direction.finishedBytes += Plans.bytes(finished);
      direction.bytes = Math.max(direction.bytes, direction.finishedBytes);
      return true;
    }
    return false;
  }

  private static @Nullable Action finished(SyncEvent event) {
    if (event instanceof SyncEvent.ActionDone done) {
      return done.action();
    }
    if (event instanceof SyncEvent.ActionFailed failed) {
      return failed.action();
    }
    if (event instanceof SyncEvent.ActionSkipped skipped) {
      return skipped.action();
    }
    return null;
  }

  private void startClock() {
    if (started < 0) {
      started = nanos.getAsLong();
    }
  }

  /** Whether the plan transfers anything. */
  boolean hasTransfers() {
    return up.totalFiles + down.totalFiles > 0;
  }

  int files() {
    return up.files + down.files;
  }

  int totalFiles() {
    return up.totalFiles + down.totalFiles;
  }

  long bytes() {
    return Math.max(0, up.bytes) + Math.max(0, down.bytes);
  }

  long totalBytes() {
    return up.totalBytes + down.totalBytes;
  }

  /** How much is done, 0 to 1: by bytes, or by files when there are no bytes to move. */
  double share() {
    if (totalBytes() > 0) {
      return Math.min(1.0, (double) bytes() / totalBytes());
    }
    return totalFiles() == 0 ? 1 : (double) files() / totalFiles();
  }

  /** {@code up 3/10 down 2/5}, leaving out a direction with nothing to move. */
  String directions() {
    StringBuilder text = new StringBuilder();
    if (up.totalFiles > 0) {
      text.append("up ").append(up.files).append('/').append(up.totalFiles);
    }
    if (down.totalFiles > 0) {
      text.append(text.length() > 0 ? " " : "")
          .append("down ")
          .append(down.files)
          .append('/')
          .append(down.totalFiles);
    }
    return text.toString();
  }

  /** {@code 5/15 files}. */
  String fileCounts() {
    return files() + "/" + totalFiles() + " files";
  }

  /** {@code 6.9 MB/203.5 MB}. */
  String byteCounts() {
    return Sizes.human(bytes()) + "/" + Sizes.human(totalBytes());
  }

  /** Bytes per second since the first transfer began; 0 until a second has passed. */
  long bytesPerSecond() {
    if (started < 0) {
      return 0;
    }
    long elapsed = nanos.getAsLong() - started;
    if (elapsed < 1_000_000_000L) {
      return 0;
    }
    return (long) (bytes() / (elapsed / 1e9));
  }

  /** {@code 2.1 MB/s}, or empty while not yet known. */
  String speed() {
    long speed = bytesPerSecond();
    return speed == 0 ? "" : Sizes.human(speed) + "/s";
  }

  /** {@code ETA 1:32} (or {@code ETA 2h05m}), or empty while not yet known. */
  String eta() {
    long speed = bytesPerSecond();
    long left = totalBytes() - bytes();
    if (speed == 0 || left <= 0) {
      return "";
    }
    Duration eta = Duration.ofSeconds(left / speed);
    if (eta.toHours() > 0) {
      return String.format(Locale.ROOT, "ETA %dh%02dm", eta.toHours(), eta.toMinutesPart());
    }
    return String.format(Locale.ROOT, "ETA %d:%02d", eta.toMinutes(), eta.toSecondsPart());
  }

  /**
   * One plain line: {@code transferring: up 3/10 down 2/5, 6.9 MB/203.5 MB, 2.1 MB/s, ETA 1:32}.
   */
  String summary() {
    StringBuilder line =
        new StringBuilder("transferring: ").append(directions()).append(", ").append(byteCounts());
    if (!speed().isEmpty()) {
      line.append(", ").append(speed());
    }
    if (!eta().isEmpty()) {
      line.append(", ").append(eta());
    }
    return line.toString();
  }

  private static boolean isTransfer(Action action) {
    return action instanceof Action.Upload || action instanceof Action.Download;
  }

  private Direction direction(Action action) {
    return action instanceof Action.Download ? down : up;
  }

  /** Files and bytes of one direction. */
  private static final class Direction {
    int totalFiles;
    long totalBytes;
    int files;
    long bytes;
    long finishedBytes;

    void add(long size) {
      totalFiles++;
      totalBytes += size;
    }
  }
}
