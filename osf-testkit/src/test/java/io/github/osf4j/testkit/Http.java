package io.github.osf4j.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.jspecify.annotations.Nullable;

/** A small java.net.http client for the tests, authenticated with the server's token. */
final class Http {
  static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient CLIENT =
      HttpClient.newBuilder()
          .followRedirects(HttpClient.Redirect.NEVER)
          .connectTimeout(Duration.ofSeconds(10))
          .build();
  private final HttpClient client = CLIENT;
  private final String base;
  private @Nullable String auth;

  Http(FakeOsfServer server, @Nullable String token) {
    this.base = "http://127.0.0.1:" + server.port();
    this.auth = token == null ? null : "Bearer " + token;
  }

  Http auth(@Nullable String header) {
    this.auth = header;
    return this;
  }

  String url(String pathOrUrl) {
    return pathOrUrl.startsWith("http") ? pathOrUrl : base + pathOrUrl;
  }

  HttpResponse<byte[]> send(
      String method, String pathOrUrl, byte @Nullable [] body, String... headers) {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(url(pathOrUrl))).timeout(Duration.ofSeconds(30));
    b.method(method, body == null ? BodyPublishers.noBody() : BodyPublishers.ofByteArray(body));
    if (auth != null) {
      b.header("Authorization", auth);
    }
    for (int i = 0; i + 1 < headers.length; i += 2) {
      b.header(headers[i], headers[i + 1]);
    }
    try {
      return client.send(b.build(), BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  HttpClient client() {
    return client;
  }

  Res get(String path, String... headers) {
    return new Res(send("GET", path, null, headers));
  }

  Res put(String path, byte[] body, String... headers) {
    return new Res(send("PUT", path, body, headers));
  }

  Res post(String path, String json, String... headers) {
    return new Res(send("POST", path, json.getBytes(StandardCharsets.UTF_8), headers));
  }

  Res delete(String path) {
    return new Res(send("DELETE", path, null));
  }

  /** A response with its body parsed lazily as JSON. */
  record Res(HttpResponse<byte[]> raw) {
    int status() {
      return raw.statusCode();
    }

    String text() {
      return new String(raw.body(), StandardCharsets.UTF_8);
    }

    JsonNode json() {
      try {
        return JSON.readTree(raw.body());
      } catch (IOException e) {
        throw new UncheckedIOException("not JSON: " + text(), e);
      }
    }

    @Nullable String header(String name) {
      return raw.headers().firstValue(name).orElse(null);
    }
  }
}
