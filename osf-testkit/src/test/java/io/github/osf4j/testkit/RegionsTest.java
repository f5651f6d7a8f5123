package io.github.osf4j.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Storage regions: each one's WaterButler on its own port, named in the API's links. */
final class RegionsTest {
  private static final String IN_DE1 =
      "{\"data\":{\"type\":\"nodes\",\"attributes\":{\"title\":\"Lab\",\"category\":\"project\"},"
          + "\"relationships\":{\"region\":{\"data\":{\"type\":\"regions\",\"id\":\"%s\"}}}}}";

  private final Osf osf = new Osf(FakeOsfServer.builder().token(Osf.TOKEN).region("de1"));
  private final Http http = osf.http;

  @AfterEach
  void stop() {
    osf.close();
  }

  @Test
  void aNodeCreatedInARegionNamesItAndItsFilesHostEverywhere() {
    Http.Res created =
        http.post("/v2/nodes/", String.format(IN_DE1, "de1"), "Content-Type", "application/json");
    assertThat(created.status()).as(created.text()).isEqualTo(201);
    String node = created.json().at("/data/id").asText();
    assertThat(created.json().at("/data/relationships/region/data/id").asText()).isEqualTo("de1");
    assertThat(osf.server.regionOf(node)).isEqualTo("de1");
    String de1 = osf.server.filesUrl("de1");
    assertThat(de1).isNotEqualTo(osf.server.filesUrl()).endsWith("/v1/");

    JsonNode providers = http.get("/v2/nodes/" + node + "/files/").json();
    assertThat(providers.at("/data/0/links/upload").asText())
        .isEqualTo(de1 + "resources/" + node + "/providers/osfstorage/");

    Http.Res up =
        http.put(
            de1 + "resources/" + node + "/providers/osfstorage/?kind=file&name=a.txt",
            "a".getBytes(StandardCharsets.UTF_8));
    assertThat(up.status()).as(up.text()).isEqualTo(201);
    assertThat(up.json().at("/data/links/download").asText()).startsWith(de1);
    JsonNode listed = http.get("/v2/nodes/" + node + "/files/osfstorage/").json();
    assertThat(listed.at("/data/0/links/move").asText()).startsWith(de1);
    assertThat(osf.server.requests().countOnPort(osf.server.port("de1"))).isEqualTo(1);
  }

  @Test
  void theWrongHostForAProjectsRegionIs400NamingTheRightOne() {
    String node = osf.server.createProject("Lab", "de1");
    Http.Res wrong = http.get(osf.wb(node, "/"));
    assertThat(wrong.status()).isEqualTo(400);
    assertThat(wrong.json().path("message").asText())
        .contains("region 'de1'")
        .contains(osf.server.filesUrl("de1"));
    String home = osf.server.createProject("Home");
    Http.Res other =
        http.get(osf.server.filesUrl("de1") + "resources/" + home + "/providers/osfstorage/");
    assertThat(other.status()).isEqualTo(400);
    assertThat(http.get(osf.server.filesUrl("de1").replace("/v1/", "/v2/users/me/")).status())
        .isEqualTo(404);
  }

  @Test
  void componentsInheritTheRegionAndUnknownRegionsAreRefused() {
    String node = osf.server.createProject("Lab", "de1");
    assertThat(osf.server.regionOf(osf.server.createComponent(node, "part"))).isEqualTo("de1");
    Http.Res bad =
        http.post("/v2/nodes/", String.format(IN_DE1, "mars"), "Content-Type", "application/json");
    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.json().at("/errors/0/detail").asText()).isEqualTo("Region mars is invalid.");
    assertThatThrownBy(() -> osf.server.createProject("x", "mars"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> FakeOsfServer.builder().region("us"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(osf.server.regions()).containsExactly("de1", "us");
  }
}
