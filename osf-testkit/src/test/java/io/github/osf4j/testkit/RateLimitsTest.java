package io.github.osf4j.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.osf4j.testkit.fakes.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The API v2 daily limit and WaterButler's limiter, on a fake clock. */
final class RateLimitsTest {
  private final MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));

  @Test
  void limitsAreOffByDefault() {
    try (Osf osf = new Osf()) {
      String node = osf.server.createProject("p");
      for (int i = 0; i < 50; i++) {
        assertThat(osf.http.get("/v2/users/me/").status()).isEqualTo(200);
        assertThat(osf.http.get(wb(node)).status()).isEqualTo(200);
      }
    }
  }

  @Test
  void apiDailyLimitAnswers429UntilTheOldestRequestAgesOut() {
    try (Osf osf =
        new Osf(FakeOsfServer.builder().token(Osf.TOKEN).clock(clock).apiDailyLimit(3))) {
      List<Integer> got = new ArrayList<>();
      for (int i = 0; i < 3; i++) {
        got.add(osf.http.get("/v2/users/me/").status());
        clock.advance(Duration.ofHours(1));
      }
      Http.Res limited = osf.http.get("/v2/users/me/");

      assertThat(got).containsExactly(200, 200, 200);
      assertThat(limited.status()).isEqualTo(429);
      assertThat(limited.header("Retry-After")).isEqualTo(String.valueOf(21 * 3600));
      assertThat(limited.json().at("/errors/0/detail").asText())
          .isEqualTo("Request was throttled. Expected available in 75600 seconds.");
      // WaterButler does not count against API v2's limit.
      String node = osf.server.createProject("p");
      assertThat(osf.http.get(wb(node)).status()).isEqualTo(200);
      clock.advance(Duration.ofHours(21));
      assertThat(osf.http.get("/v2/users/me/").status()).isEqualTo(200);
    }
  }

  @Test
  void waterButlerLimiterAnswersWithItsHeadersForTheRestOfTheWindow() {
    try (Osf osf =
        new Osf(
            FakeOsfServer.builder()
                .token(Osf.TOKEN)
                .clock(clock)
                .waterButlerLimit(2, Duration.ofHours(1)))) {
      String node = osf.server.createProject("p");
      assertThat(osf.http.get(wb(node)).status()).isEqualTo(200);
      assertThat(osf.http.get(wb(node)).status()).isEqualTo(200);
      clock.advance(Duration.ofMinutes(15));
      Http.Res limited = osf.http.get(wb(node));

      assertThat(limited.status()).isEqualTo(429);
      assertThat(limited.header("Retry-After")).isEqualTo("2700");
      assertThat(limited.header("X-Waterbutler-RateLimiting-Window")).isEqualTo("3600");
      assertThat(limited.header("X-Waterbutler-RateLimiting-Limit")).isEqualTo("2");
      assertThat(limited.header("X-Waterbutler-RateLimiting-Remaining")).isEqualTo("0");
      assertThat(limited.header("X-Waterbutler-RateLimiting-Reset")).isEqualTo("2700");
      assertThat(limited.json().get("error").asText())
          .isEqualTo("API rate-limiting active due to too many requests");
      assertThat(limited.json().at("/headers/Retry-After").asText()).isEqualTo("2700");
      // API v2 is not WaterButler's business.
      assertThat(osf.http.get("/v2/users/me/").status()).isEqualTo(200);
      clock.advance(Duration.ofMinutes(45));
      assertThat(osf.http.get(wb(node)).status()).isEqualTo(200);
      assertThat(osf.server.requests().countStatus(429)).isEqualTo(1);
    }
  }

  private static String wb(String node) {
    return "/v1/resources/" + node + "/providers/osfstorage/";
  }
}
