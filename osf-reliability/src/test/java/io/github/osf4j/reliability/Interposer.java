package io.github.osf4j.reliability;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;

/**
 * A loopback HTTP server in front of the emulator: forwards every request, rewrites the emulator's
 * own URLs in bodies to point here, and lets a test answer some requests itself (a redirect) or
 * alter a response body (a listing with a duplicate entry).
 */
final class Interposer implements AutoCloseable {
  /** Answers a request instead of the emulator, or returns null to forward it. */
  @FunctionalInterface
  interface Hook {
    @Nullable Reply answer(String method, String path);
  }

  /** A canned answer. */
  record Reply(int status, Map<String, String> headers, byte[] body) {}

  private static final Set<String> HOP =
      Set.of("host", "content-length", "connection", "expect", "upgrade", "transfer-encoding");

  private final HttpServer server;
  private final HttpClient client = HttpClient.newBuilder().build();
  private final String target;
  private final Hook override;
  private final UnaryOperator<String> bodyFilter;
  private volatile @Nullable String upstreamToken;
  private final List<Map<String, String>> seen = new CopyOnWriteArrayList<>();

  Interposer(String host, String targetBase, Hook override, UnaryOperator<String> bodyFilter)
      throws IOException {
    this(host, 0, targetBase, override, bodyFilter);
  }

  /** An interposer on {@code port} (0: any free one), e.g. one restarted where a cut one was. */
  Interposer(
      String host, int port, String targetBase, Hook override, UnaryOperator<String> bodyFilter)
      throws IOException {
    this.target = targetBase;
    this.override = override;
    this.bodyFilter = bodyFilter;
    this.server = HttpServer.create(new InetSocketAddress(host, port), 0);
    server.setExecutor(Executors.newFixedThreadPool(4));
    server.createContext("/", this::handle);
    server.start();
  }

  /** This server's base, e.g. {@code http://127.0.0.1:P}. */
  String base() {
    InetSocketAddress a = server.getAddress();
    return "http://" + a.getHostString() + ":" + a.getPort();
  }

  /** Sends this bearer token upstream instead of whatever the request carried. */
  Interposer withUpstreamToken(String token) {
    this.upstreamToken = token;
    return this;
  }

  /** The headers (lower-case names) of every request received, in order. */
  List<Map<String, String>> seen() {
    return seen;
  }

  private void handle(HttpExchange ex) throws IOException {
    Map<String, String> headers = new java.util.TreeMap<>();
    ex.getRequestHeaders()
        .forEach((k, vs) -> headers.put(k.toLowerCase(Locale.ROOT), String.join(", ", vs)));
    seen.add(headers);
    try (ex) {
      String method = ex.getRequestMethod().toUpperCase(Locale.ROOT);
      String path = ex.getRequestURI().getRawPath();
      Reply canned = override.answer(method, path);
      Reply reply = canned != null ? canned : forward(ex, method);
      reply.headers().forEach((k, v) -> ex.getResponseHeaders().add(k, v));
      boolean empty = reply.body().length == 0 || method.equals("HEAD");
      ex.sendResponseHeaders(reply.status(), empty ? -1 : reply.body().length);
      if (!empty) {
        ex.getResponseBody().write(reply.body());
      }
    }
  }

  private Reply forward(HttpExchange ex, String method) throws IOException {
    byte[] body;
    try (InputStream in = ex.getRequestBody()) {
      body = in.readAllBytes();
    }
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(target + ex.getRequestURI().toString()))
            .method(method, HttpRequest.BodyPublishers.ofByteArray(body));
    ex.getRequestHeaders()
        .forEach(
            (k, vs) -> {
              String lower = k.toLowerCase(Locale.ROOT);
              if (!HOP.contains(lower)
                  && !(upstreamToken != null && lower.equals("authorization"))) {
                vs.forEach(v -> b.header(k, v));
              }
            });
    String token = upstreamToken;
    if (token != null) {
      b.header("Authorization", "Bearer " + token);
    }
    HttpResponse<byte[]> r;
    try {
      r = client.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted");
    }
    Map<String, String> headers = new java.util.LinkedHashMap<>();
    r.headers()
        .map()
        .forEach(
            (k, vs) -> {
              if (!HOP.contains(k.toLowerCase(Locale.ROOT)) && !k.startsWith(":")) {
                headers.put(k, String.join(", ", vs));
              }
            });
    String type = headers.getOrDefault("content-type", headers.getOrDefault("Content-Type", ""));
    byte[] out = r.body();
    if (type.contains("json")) {
      String text = new String(out, StandardCharsets.UTF_8).replace(target, base());
      out = bodyFilter.apply(text).getBytes(StandardCharsets.UTF_8);
    }
    return new Reply(r.statusCode(), headers, out);
  }

  static Reply redirect(String location) {
    return new Reply(302, Map.of("Location", location), new byte[0]);
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
