package io.github.osf4j.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The storage endpoint and WaterButler's 507, with quotas small enough for tests. */
final class StorageQuotaTest {
  private final Osf osf = new Osf(FakeOsfServer.builder().token(Osf.TOKEN).quotaBytes(100));
  private final String p = osf.server.createProject("p");

  @AfterEach
  void close() {
    osf.close();
  }

  @Test
  void anUploadOverTheQuotaIsReadWholeThenRefusedWith507() {
    osf.upload(p, "/", "a.bin", "x".repeat(60));
    int before = osf.server.requests().count();

    Http.Res r = osf.http.put(osf.wb(p, "/") + "?kind=file&name=b.bin", new byte[50]);

    assertThat(r.status()).isEqualTo(507);
    assertThat(r.json().path("code").asInt()).isEqualTo(507);
    assertThat(r.json().path("message").asText())
        .isEqualTo("The quota on this osfstorage project has been exceeded");
    assertThat(osf.server.requests().count()).isEqualTo(before + 1);
    assertThat(osf.server.fileId(p, "b.bin")).isEmpty();
    assertThat(osf.server.storageUsage(p)).isEqualTo(60);
  }

  @Test
  void usageCountsEveryVersionAndTheStatusFollowsIt() {
    String f = osf.server.putFile(p, "a.bin", new byte[40]);
    osf.server.putFile(p, "a.bin", new byte[52]);

    JsonNode a = osf.http.get("/v2/nodes/" + p + "/storage/").json().at("/data/attributes");

    assertThat(osf.server.versionCount(f)).isEqualTo(2);
    assertThat(a.path("storage_usage").asText()).isEqualTo("92");
    assertThat(a.path("storage_limit_status").asText()).isEqualTo("APPROACHING_PRIVATE");
    Http.Res update = osf.http.put(osf.wb(p, "/" + f), new byte[9]);
    assertThat(update.status()).isEqualTo(507);
  }

  @Test
  void aNodeQuotaOverridesTheDefaultAndPublicNodesSayPublic() {
    osf.server.setPublic(p, true);
    osf.server.setQuota(p, 10);
    osf.server.putFile(p, "a.bin", new byte[11]);

    JsonNode a = osf.http.get("/v2/nodes/" + p + "/storage/").json().at("/data/attributes");

    assertThat(a.path("storage_limit_status").asText()).isEqualTo("OVER_PUBLIC");
  }

  @Test
  void whileUsageIsBeingComputedTheEndpointAnswers202WithoutABody() {
    osf.server.setStoragePending(2);

    Http.Res first = osf.http.get("/v2/nodes/" + p + "/storage/");
    Http.Res second = osf.http.get("/v2/nodes/" + p + "/storage/");
    Http.Res third = osf.http.get("/v2/nodes/" + p + "/storage/");

    assertThat(first.status()).isEqualTo(202);
    assertThat(first.text()).isEmpty();
    assertThat(second.status()).isEqualTo(202);
    assertThat(third.status()).isEqualTo(200);
  }
}
