package io.github.osf4j.http;

import java.io.InterruptedIOException;
import java.time.Duration;

/** Waits; a seam so that tests can observe backoff and rate limiting without waiting. */
@FunctionalInterface
interface Sleeper {

  Sleeper REAL =
      duration -> {
        try {
          Thread.sleep(Math.max(0, duration.toMillis()));
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          InterruptedIOException io = new InterruptedIOException("interrupted while waiting");
          io.initCause(e);
          throw io;
        }
      };

  /** Waits {@code duration}; restores the interrupt flag and throws when interrupted. */
  void sleep(Duration duration) throws InterruptedIOException;
}
