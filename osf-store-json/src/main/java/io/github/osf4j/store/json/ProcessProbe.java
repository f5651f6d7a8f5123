package io.github.osf4j.store.json;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** Tells whether the process that took a lock is still running on this host. */
@FunctionalInterface
interface ProcessProbe {

  /**
   * Returns whether process {@code pid}, which took a lock at {@code lockedAt}, is still alive.
   * Answering true when unsure is safe: the lock is then reported as held, not as stale.
   */
  boolean isAlive(long pid, Instant lockedAt);

  /**
   * The JDK's view: the process exists and did not start after the lock was taken (a later start
   * means the pid was reused by another process).
   */
  static ProcessProbe system() {
    Duration slack = Duration.ofSeconds(2);
    return (pid, lockedAt) -> {
      Optional<ProcessHandle> handle = ProcessHandle.of(pid);
      if (handle.isEmpty() || !handle.get().isAlive()) {
        return false;
      }
      Optional<Instant> start = handle.get().info().startInstant();
      return start.isEmpty() || !start.get().isAfter(lockedAt.plus(slack));
    };
  }
}
