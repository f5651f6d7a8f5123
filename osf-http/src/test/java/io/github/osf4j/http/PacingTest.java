package io.github.osf4j.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.osf4j.core.ServerBusyException;
import io.github.osf4j.core.SyncEvent;
import io.github.osf4j.testkit.fakes.MutableClock;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The optional request rate, the hosts' gates and the backoff, on a fake clock. */
final class PacingTest {
  private static final URI API = URI.create("https://api.example/v2/nodes/");
  private static final URI FILES = URI.create("https://files.example:443/v1/resources/");

  private final MutableClock clock = new MutableClock(Instant.parse("2026-11-26T00:00:00Z"));
  private final List<Duration> waits = new ArrayList<>();
  private final Sleeper advancing =
      d -> {
        waits.add(d);
        clock.advance(d);
      };

  @Test
  void burstGoesOutAtOnceThenTheRateHolds() throws Exception {
    TokenBucket bucket = new TokenBucket(3, 1, clock, advancing);

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
    TokenBucket bucket = new TokenBucket(2, 1, clock, advancing);
    bucket.acquire();
    bucket.acquire();

    clock.advance(Duration.ofHours(1));
    bucket.acquire();
    bucket.acquire();
    bucket.acquire();

    assertThat(waits).containsExactly(Duration.ofSeconds(1));
  }

  @Test
  void maxRateSpacesRequestsEvenly() throws Exception {
    TokenBucket bucket = TokenBucket.perSecond(4, clock, advancing);
    for (int i = 0; i < 8; i++) {
      bucket.acquire();
    }

    assertThat(waits).hasSize(4).allSatisfy(w -> assertThat(w).isEqualTo(Duration.ofMillis(250)));
  }

  @Test
  void a429PausesOnlyThatHostForRetryAfter() throws Exception {
    List<SyncEvent> events = new ArrayList<>();
    HostGates gates = new HostGates(8, Duration.ofMinutes(10), clock, advancing, events::add);

    gates.throttled(FILES, Duration.ofSeconds(30));
    gates.enter(API);
    assertThat(waits).isEmpty();
    gates.enter(FILES);

    assertThat(waits).containsExactly(Duration.ofSeconds(30));
    assertThat(events).containsExactly(new SyncEvent.ServerWait("files.example:443", ofSec(30)));
  }

  @Test
  void simultaneous429sAnnounceOnePause() throws Exception {
    List<SyncEvent> events = new ArrayList<>();
    HostGates gates = new HostGates(8, Duration.ofMinutes(10), clock, advancing, events::add);

    gates.throttled(FILES, Duration.ofSeconds(30));
    gates.throttled(FILES, Duration.ofSeconds(30));
    gates.throttled(FILES, Duration.ofSeconds(20));

    assertThat(events).hasSize(1);
  }

  @Test
  void aPauseBeyondTheCapStopsWithWhenToRetry() {
    HostGates gates = new HostGates(8, Duration.ofMinutes(10), clock, advancing, e -> {});

    assertThatThrownBy(() -> gates.throttled(FILES, Duration.ofHours(1)))
        .isInstanceOf(ServerBusyException.class)
        .hasMessageContaining("files.example:443 is busy and asks to wait 60 min")
        .hasMessageContaining("Try again after 2026-11-26 01:00:00 UTC")
        .satisfies(
            e ->
                assertThat(((ServerBusyException) e).retryAt())
                    .isEqualTo(Instant.parse("2026-11-26T01:00:00Z")));
    // Every later request to that host stops at once too, without waiting.
    assertThatThrownBy(() -> gates.enter(FILES)).isInstanceOf(ServerBusyException.class);
    assertThat(waits).isEmpty();
  }

  @Test
  void a429HalvesTheHostsConcurrencyUntilItIsCalm() throws Exception {
    HostGates gates = new HostGates(8, Duration.ofMinutes(10), clock, advancing, e -> {});

    gates.throttled(FILES, Duration.ofSeconds(10));
    gates.throttled(FILES, Duration.ofSeconds(10));
    assertThat(gates.limit(FILES)).isEqualTo(2);
    gates.answered(FILES);
    assertThat(gates.limit(FILES)).isEqualTo(2);

    clock.advance(Duration.ofSeconds(10).plus(HostGates.CALM));
    for (int i = 0; i < 10; i++) {
      gates.answered(FILES);
    }
    assertThat(gates.limit(FILES)).isEqualTo(8);
    assertThat(gates.limit(API)).isEqualTo(8);
  }

  private static Duration ofSec(int s) {
    return Duration.ofSeconds(s);
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
