package io.github.osf4j.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Test steps against a running emulator, through HTTP like a real client. */
final class Osf implements AutoCloseable {
  static final String TOKEN = "test-token-0123456789";
  final FakeOsfServer server;
  final Http http;

  Osf() {
    this(FakeOsfServer.builder().token(TOKEN));
  }

  Osf(FakeOsfServer.Builder builder) {
    this.server = builder.start();
    this.http = new Http(server, TOKEN);
  }

  String wb(String node, String path) {
    return "/v1/resources/" + node + "/providers/osfstorage" + path;
  }

  /** Uploads a new file into a folder ("/" or "/id/"); returns the file id. */
  String upload(String node, String folder, String name, String content) {
    Http.Res r =
        http.put(
            wb(node, folder) + "?kind=file&name=" + enc(name),
            content.getBytes(StandardCharsets.UTF_8));
    assertThat(r.status()).as(r.text()).isEqualTo(201);
    return id(r.json());
  }

  String mkdir(String node, String folder, String name) {
    Http.Res r = http.put(wb(node, folder) + "?kind=folder&name=" + enc(name), new byte[0]);
    assertThat(r.status()).as(r.text()).isEqualTo(201);
    return id(r.json());
  }

  static String id(JsonNode wbEntity) {
    String path = wbEntity.path("data").path("attributes").path("path").asText();
    return path.replace("/", "");
  }

  static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  @Override
  public void close() {
    server.close();
  }
}
