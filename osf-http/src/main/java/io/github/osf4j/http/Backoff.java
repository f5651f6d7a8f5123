package io.github.osf4j.http;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.function.DoubleSupplier;
import org.jspecify.annotations.Nullable;

/** Exponential backoff with equal jitter, and {@code Retry-After} parsing. Thread-safe. */
final class Backoff {
  private final Duration base;
  private final Duration max;
  private final DoubleSupplier random;

  Backoff(Duration base, Duration max, DoubleSupplier random) {
    this.base = base;
    this.max = max;
    this.random = random;
  }

  /** The delay before attempt {@code attempt + 1}, for {@code attempt} failed ones (1-based). */
  Duration delay(int attempt) {
    long baseMillis = base.toMillis();
    int shift = Math.min(Math.max(attempt - 1, 0), 30);
    long ceiling = Math.min(max.toMillis(), baseMillis << shift);
    if (ceiling < 0) {
      ceiling = max.toMillis();
    }
    long half = ceiling / 2;
    return Duration.ofMillis(half + (long) (random.getAsDouble() * (ceiling - half)));
  }

  /**
   * The wait a {@code Retry-After} value asks for: delta-seconds or an HTTP date; null when absent
   * or unreadable.
   */
  static @Nullable Duration retryAfter(@Nullable String value, Clock clock) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String v = value.trim();
    if (v.chars().allMatch(Character::isDigit) && v.length() < 10) {
      return Duration.ofSeconds(Long.parseLong(v));
    }
    try {
      Instant at = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
      Duration d = Duration.between(clock.instant(), at);
      return d.isNegative() ? Duration.ZERO : d;
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
