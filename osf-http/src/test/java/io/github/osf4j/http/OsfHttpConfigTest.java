package io.github.osf4j.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

final class OsfHttpConfigTest {

  @Test
  void defaultsTalkToOsfProduction() {
    OsfHttpConfig config = OsfHttpConfig.defaults();

    assertThat(config.apiUrl()).isEqualTo(URI.create("https://api.osf.io/v2/"));
    assertThat(config.filesUrl()).isEqualTo(URI.create("https://files.osf.io/v1/"));
    assertThat(config.maxFileBytes()).isEqualTo((long) (4.9 * 1024 * 1024 * 1024));
    // No budget of its own: the server's 429s pace the run, for up to 10 minutes at a time.
    assertThat(config.maxRate()).isZero();
    assertThat(config.maxWait()).isEqualTo(java.time.Duration.ofMinutes(10));
  }

  @Test
  void plainHttpIsRefusedForRemoteHosts() {
    assertThatThrownBy(
            () ->
                OsfHttpConfig.builder()
                    .urls(URI.create("http://api.test.osf.io/v2/"), OsfHttpConfig.OSF_FILES)
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("https");
  }

  @Test
  void plainHttpIsAllowedForLoopback() {
    for (String host : new String[] {"127.0.0.1", "127.1.2.3", "localhost", "[::1]"}) {
      URI uri = URI.create("http://" + host + ":8080/v2");
      assertThat(OsfHttpConfig.builder().urls(uri, uri).build().apiUrl().toString())
          .endsWith("/v2/");
    }
  }

  @Test
  void lookalikeLoopbackHostsAreNotLoopback() {
    assertThat(OsfHttpConfig.isLoopback("127.0.0.1.evil.com")).isFalse();
    assertThat(OsfHttpConfig.isLoopback("128.0.0.1")).isFalse();
    assertThat(OsfHttpConfig.isLoopback("127.0.0.256")).isFalse();
    assertThat(OsfHttpConfig.isLoopback("localhost.example.org")).isFalse();
  }

  @Test
  void testServerAndSelfHostedUrlsAreAccepted() {
    OsfHttpConfig config =
        OsfHttpConfig.builder()
            .urls(
                URI.create("https://api.test.osf.io/v2/"),
                URI.create("https://files.us.test.osf.io/v1"))
            .build();

    assertThat(config.filesUrl()).isEqualTo(URI.create("https://files.us.test.osf.io/v1/"));
  }

  @Test
  void defaultsAreExactlyTheseValues() {
    OsfHttpConfig expected =
        new OsfHttpConfig(
            URI.create("https://api.osf.io/v2/"),
            URI.create("https://files.osf.io/v1/"),
            Duration.ofSeconds(20),
            Duration.ofSeconds(120),
            Duration.ofSeconds(60),
            8,
            0,
            6,
            Duration.ofMillis(500),
            Duration.ofSeconds(30),
            Duration.ofMinutes(10),
            (long) (4.9 * 1024 * 1024 * 1024),
            System.getenv(),
            5_000_000_000L,
            50_000_000_000L);

    assertThat(OsfHttpConfig.defaults()).isEqualTo(expected);
    assertThat(OsfHttpConfig.builder().build()).isEqualTo(expected);
    assertThat(expected.toBuilder().build()).isEqualTo(expected);
  }

  @Test
  void eachBuilderSetterChangesOnlyItsGroup() {
    URI api = URI.create("http://127.0.0.1:8080/v2/");
    URI files = URI.create("http://127.0.0.1:8080/v1/");
    OsfHttpConfig base = OsfHttpConfig.defaults();
    OsfHttpConfig changed =
        base.toBuilder()
            .urls(api, files)
            .timeouts(Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(3))
            .concurrency(3)
            .maxRate(2.5)
            .retries(9, Duration.ofMillis(7), Duration.ofSeconds(8))
            .maxWait(Duration.ofHours(1))
            .maxFileBytes(1024)
            .environment(Map.of("HTTPS_PROXY", "http://proxy:3128"))
            .build();

    assertThat(changed)
        .isEqualTo(
            new OsfHttpConfig(
                api,
                files,
                Duration.ofSeconds(1),
                Duration.ofSeconds(2),
                Duration.ofSeconds(3),
                3,
                2.5,
                9,
                Duration.ofMillis(7),
                Duration.ofSeconds(8),
                Duration.ofHours(1),
                1024,
                Map.of("HTTPS_PROXY", "http://proxy:3128"),
                5_000_000_000L,
                50_000_000_000L));
    assertThat(changed.toBuilder().build()).isEqualTo(changed);
    assertThat(base.toBuilder().concurrency(3).build())
        .isEqualTo(
            new OsfHttpConfig(
                base.apiUrl(),
                base.filesUrl(),
                base.connectTimeout(),
                base.requestTimeout(),
                base.idleTimeout(),
                3,
                base.maxRate(),
                base.maxAttempts(),
                base.retryBaseDelay(),
                base.retryMaxDelay(),
                base.maxWait(),
                base.maxFileBytes(),
                base.environment(),
                base.privateQuotaBytes(),
                base.publicQuotaBytes()));
  }

  @Test
  void nonsenseLimitsAreRejected() {
    assertThatThrownBy(() -> OsfHttpConfig.builder().concurrency(0).build())
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> OsfHttpConfig.builder().maxRate(-1).build())
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> OsfHttpConfig.builder().maxRate(Double.NaN).build())
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> OsfHttpConfig.builder().maxFileBytes(-1).build())
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void credentialsNeverPrint() {
    assertThat(Credentials.basic("ada", "s3cret").toString()).doesNotContain("s3cret");
    assertThat(Credentials.bearer(new io.github.osf4j.core.AccessToken("tok123")).toString())
        .doesNotContain("tok123");
    Req req = Req.get(URI.create("https://api.osf.io/v2/"), Credentials.basic("ada", "s3cret"));
    assertThat(req.toString()).doesNotContain("s3cret").doesNotContain("YWRhOnMzY3JldA");
  }
}
