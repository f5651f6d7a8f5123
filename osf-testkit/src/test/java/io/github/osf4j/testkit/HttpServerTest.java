package io.github.osf4j.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

final class HttpServerTest {
  private final Osf osf = new Osf();
  private final String auth = "Authorization: Bearer " + Osf.TOKEN + "\n";

  @AfterEach
  void stop() {
    osf.close();
  }

  @Test
  void keepAliveServesSeveralRequestsOnOneConnection() throws IOException {
    try (Raw raw = new Raw(osf.server)) {
      for (int i = 0; i < 3; i++) {
        raw.send("GET /v2/users/me/ HTTP/1.1\nHost: x\n" + auth + "\n", new byte[0]);
        Raw.Head h = raw.head();
        assertThat(h.status()).isEqualTo(200);
        assertThat(new String(raw.body(h.length()), StandardCharsets.UTF_8)).contains("users");
      }
    }
    assertThat(osf.server.requests().count()).isEqualTo(3);
  }

  @Test
  void chunkedRequestBodiesAreDecoded() throws IOException {
    String json = "{\"data\":{\"type\":\"nodes\",\"attributes\":{\"title\":\"chunky\"}}}";
    String chunked =
        Integer.toHexString(10)
            + "\r\n"
            + json.substring(0, 10)
            + "\r\n"
            + Integer.toHexString(json.length() - 10)
            + ";ext=1\r\n"
            + json.substring(10)
            + "\r\n"
            + "0\r\n\r\n";
    try (Raw raw = new Raw(osf.server)) {
      raw.send(
          "POST /v2/nodes/ HTTP/1.1\nHost: x\n"
              + auth
              + "Transfer-Encoding: chunked\nContent-Type: application/json\n\n",
          chunked.getBytes(StandardCharsets.UTF_8));
      Raw.Head h = raw.head();
      assertThat(h.status()).isEqualTo(201);
      assertThat(new String(raw.body(h.length()), StandardCharsets.UTF_8)).contains("chunky");
    }
  }

  @Test
  void expectContinueGetsAnInterimResponse() throws IOException {
    String p = osf.server.createProject("p");
    try (Raw raw = new Raw(osf.server)) {
      raw.send(
          "PUT /v1/resources/"
              + p
              + "/providers/osfstorage/?kind=file&name=a HTTP/1.1\n"
              + "Host: x\n"
              + auth
              + "Content-Length: 3\nExpect: 100-continue\n\n",
          new byte[0]);
      assertThat(raw.head().status()).isEqualTo(100);
      raw.send("", "abc".getBytes(StandardCharsets.UTF_8));
      Raw.Head h = raw.head();
      assertThat(h.status()).isEqualTo(201);
      raw.body(h.length());
    }
    assertThat(osf.server.readFile(p, "a")).hasValue("abc".getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void aNameConflictReadsTheUploadBeforeAnswering409() throws IOException {
    String p = osf.server.createProject("p");
    osf.upload(p, "/", "a", "x");
    try (Raw raw = new Raw(osf.server)) {
      raw.send(
          "PUT /v1/resources/"
              + p
              + "/providers/osfstorage/?kind=file&name=a HTTP/1.1\n"
              + "Host: x\n"
              + auth
              + "Content-Length: 3\nExpect: 100-continue\n\n",
          new byte[0]);
      Raw.Head h = raw.head();
      assertThat(h.status()).isEqualTo(100);
      raw.send("", "abc".getBytes(StandardCharsets.UTF_8));
      assertThat(raw.head().status()).isEqualTo(409);
    }
  }

  @Test
  void requestLogRecordsMethodPathQueryStatusAndHeaders() {
    osf.http.get("/v2/users/me/?version=2.1");
    osf.http.get("/v2/nodes/nope/");
    RequestLog log = osf.server.requests();
    assertThat(log.count()).isEqualTo(2);
    RequestLog.Entry first = log.entries().get(0);
    assertThat(first.method()).isEqualTo("GET");
    assertThat(first.path()).isEqualTo("/v2/users/me/");
    assertThat(first.query()).isEqualTo("version=2.1");
    assertThat(first.status()).isEqualTo(200);
    assertThat(first.header("Authorization")).isEqualTo("Bearer " + Osf.TOKEN);
    assertThat(first.toString()).doesNotContain(Osf.TOKEN);
    assertThat(log.countStatus(404)).isEqualTo(1);
    assertThat(log.count("GET", "/v2/nodes/.*")).isEqualTo(1);
    log.clear();
    assertThat(log.count()).isZero();
    assertThat(log.last()).isNull();
  }
}
