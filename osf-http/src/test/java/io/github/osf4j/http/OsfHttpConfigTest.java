package io.github.osf4j.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
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
                OsfHttpConfig.defaults()
                    .withUrls(URI.create("http://api.test.osf.io/v2/"), OsfHttpConfig.OSF_FILES))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("https");
  }

  @Test
  void plainHttpIsAllowedForLoopback() {
    for (String host : new String[] {"127.0.0.1", "127.1.2.3", "localhost", "[::1]"}) {
      URI uri = URI.create("http://" + host + ":8080/v2");
      assertThat(OsfHttpConfig.defaults().withUrls(uri, uri).apiUrl().toString()).endsWith("/v2/");
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
        OsfHttpConfig.defaults()
            .withUrls(
                URI.create("https://api.test.osf.io/v2/"),
                URI.create("https://files.us.test.osf.io/v1"));

    assertThat(config.filesUrl()).isEqualTo(URI.create("https://files.us.test.osf.io/v1/"));
  }

  @Test
  void nonsenseLimitsAreRejected() {
    assertThatThrownBy(() -> OsfHttpConfig.defaults().withConcurrency(0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> OsfHttpConfig.defaults().withMaxRate(-1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> OsfHttpConfig.defaults().withMaxRate(Double.NaN))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> OsfHttpConfig.defaults().withMaxFileBytes(-1))
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
