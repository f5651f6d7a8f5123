package io.github.osf4j.http;

import java.io.InterruptedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * The user's optional request rate ({@code --max-rate}), shared by every request: {@code capacity}
 * requests may go out back to back, then {@code perSecond} a second. Callers reserve a token and
 * wait outside the lock. Thread-safe.
 */
final class TokenBucket {
  private static final double NANOS_PER_SECOND = 1e9;

  private final Clock clock;
  private final Sleeper sleeper;
  private final double capacity;
  private final double perNano;
  private double tokens;
  private Instant last;

  TokenBucket(double capacity, double perSecond, Clock clock, Sleeper sleeper) {
    this.clock = clock;
    this.sleeper = sleeper;
    this.capacity = capacity;
    this.perNano = perSecond / NANOS_PER_SECOND;
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

  /** A bucket for {@code perSecond} requests a second, at most one second's worth at once. */
  static TokenBucket perSecond(double perSecond, Clock clock, Sleeper sleeper) {
    return new TokenBucket(Math.max(1, perSecond), perSecond, clock, sleeper);
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
