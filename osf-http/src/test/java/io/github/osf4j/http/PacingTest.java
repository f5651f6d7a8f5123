package io.github.osf4j.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.osf4j.testkit.fakes.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The token bucket and the backoff, on a fake clock. */
final class PacingTest {
  private final MutableClock clock = new MutableClock(Instant.parse("2026-11-26T00:00:00Z"));
  private final List<Duration> waits = new ArrayList<>();
  private final Sleeper advancing =
      d -> {
        waits.add(d);
        clock.advance(d);
      };

  @Test
  void burstGoesOutAtOnceThenTheRateHolds() throws Exception {
    TokenBucket bucket = new TokenBucket(3, 86_400, clock, advancing);

    for (int i = 0; i < 3; i++) {
      bucket.acquire();
    }
    assertThat(waits).isEmpty();
    bucket.acquire();
    bucket.acquire();

    assertThat(waits).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(1));
  }

  @Test
  void idleTimeRefillsUpToTheBurst() throws Exception {
    TokenBucket bucket = new TokenBucket(2, 86_400, clock, advancing);
    bucket.acquire();
    bucket.acquire();

    clock.advance(Duration.ofHours(1));
    bucket.acquire();
    bucket.acquire();
    bucket.acquire();

    assertThat(waits).containsExactly(Duration.ofSeconds(1));
  }

  @Test
  void backoffDoublesUpToTheCapWithJitter() {
    Backoff low = new Backoff(Duration.ofMillis(100), Duration.ofSeconds(1), () -> 0.0);
    Backoff high = new Backoff(Duration.ofMillis(100), Duration.ofSeconds(1), () -> 0.999_999);

    assertThat(low.delay(1)).isEqualTo(Duration.ofMillis(50));
    assertThat(low.delay(3)).isEqualTo(Duration.ofMillis(200));
    assertThat(high.delay(3)).isEqualTo(Duration.ofMillis(399));
    assertThat(low.delay(30)).isEqualTo(Duration.ofMillis(500));
    assertThat(high.delay(30)).isLessThanOrEqualTo(Duration.ofSeconds(1));
  }

  @Test
  void retryAfterReadsSecondsAndDates() {
    assertThat(Backoff.retryAfter("120", clock)).isEqualTo(Duration.ofSeconds(120));
    assertThat(Backoff.retryAfter("Thu, 26 Nov 2026 00:01:00 GMT", clock))
        .isEqualTo(Duration.ofMinutes(1));
    assertThat(Backoff.retryAfter("soon", clock)).isNull();
    assertThat(Backoff.retryAfter(null, clock)).isNull();
  }
}
