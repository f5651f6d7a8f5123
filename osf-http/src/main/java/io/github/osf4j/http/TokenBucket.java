package io.github.osf4j.http;

import java.io.InterruptedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * A token bucket shared by every request: {@code capacity} requests may go out back to back, then
 * one per {@code 1/rate}. Callers reserve a token and wait outside the lock. Thread-safe.
 */
final class TokenBucket {
  private static final double NANOS_PER_DAY = Duration.ofDays(1).toNanos();

  private final Clock clock;
  private final Sleeper sleeper;
  private final double capacity;
  private final double perNano;
  private double tokens;
  private Instant last;

  TokenBucket(int capacity, int perDay, Clock clock, Sleeper sleeper) {
    this.clock = clock;
    this.sleeper = sleeper;
    this.capacity = capacity;
    this.perNano = perDay / NANOS_PER_DAY;
    this.tokens = capacity;
    this.last = clock.instant();
  }

  /** Takes one token, waiting until it is due. */
  void acquire() throws InterruptedIOException {
    Duration wait = reserve();
    if (!wait.isZero()) {
      sleeper.sleep(wait);
    }
  }

  /** Takes one token now (possibly going into debt) and returns how long to wait for it. */
  synchronized Duration reserve() {
    Instant now = clock.instant();
    if (now.isAfter(last)) {
      tokens = Math.min(capacity, tokens + Duration.between(last, now).toNanos() * perNano);
      last = now;
    }
    tokens -= 1;
    return tokens >= 0 ? Duration.ZERO : Duration.ofNanos((long) Math.ceil(-tokens / perNano));
  }
}
