package io.github.osf4j.http;

import io.github.osf4j.core.Content;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Semaphore;
import org.jspecify.annotations.Nullable;

/**
 * Sends one request (following redirects itself, without credentials to another origin) under the
 * shared concurrency limit, the optional request rate and its host's gate. Thread-safe.
 */
final class Transport {
  private static final int MAX_REDIRECTS = 5;

  private final HttpClient client;
  private final OsfHttpConfig config;
  private final Semaphore permits;
  private final @Nullable TokenBucket rate;
  private final HostGates gates;
  private final String userAgent;

  Transport(
      HttpClient client,
      OsfHttpConfig config,
      @Nullable TokenBucket rate,
      HostGates gates,
      String userAgent) {
    this.client = client;
    this.config = config;
    this.permits = new Semaphore(config.maxConcurrency(), true);
    this.rate = rate;
    this.gates = gates;
    this.userAgent = userAgent;
  }

  /** The hosts' gates, which the retrier tells about 429s. */
  HostGates gates() {
    return gates;
  }

  /** Builds the JDK client: no automatic redirects, proxies from the environment. */
  static HttpClient newClient(OsfHttpConfig config) {
    return HttpClient.newBuilder()
        .connectTimeout(config.connectTimeout())
        .followRedirects(HttpClient.Redirect.NEVER)
        .proxy(new EnvProxySelector(config.environment()))
        .build();
  }

  /** Sends {@code req}; the caller closes the reply. */
  Reply exchange(Req req) throws IOException {
    URI uri = req.uri();
    String method = req.method();
    @Nullable Content body = req.body();
    boolean withCredentials = true;
    for (int hop = 0; ; hop++) {
      Reply reply =
          once(req, method, uri, withCredentials ? req.credentials() : Credentials.NONE, body);
      String location = reply.header("Location");
      if (!isRedirect(reply.status()) || location == null || hop >= MAX_REDIRECTS) {
        return reply;
      }
      boolean see = reply.status() == 303;
      if (!see && !method.equals("GET") && !method.equals("HEAD")) {
        return reply;
      }
      reply.close();
      URI next = uri.resolve(location.trim());
      if (!OsfHttpConfig.isSecure(next)) {
        throw new IOException(
            "refusing to follow a redirect to an insecure URL on " + next.getHost());
      }
      withCredentials = withCredentials && sameOrigin(uri, next);
      uri = next;
      if (see) {
        method = "GET";
        body = null;
      }
    }
  }

  private Reply once(
      Req req, String method, URI uri, Credentials credentials, @Nullable Content body)
      throws IOException {
    HttpRequest request = build(req, method, uri, credentials, body);
    gates.enter(uri);
    Runnable release =
        () -> {
          permits.release();
          gates.leave(uri);
        };
    try {
      if (rate != null) {
        rate.acquire();
      }
      acquirePermit();
    } catch (IOException | RuntimeException e) {
      gates.leave(uri);
      throw e;
    }
    try {
      HttpResponse<InputStream> response =
          client.send(request, info -> new IdleTimeoutBody(config.idleTimeout()));
      return new Reply(response.statusCode(), response.headers(), response.body(), uri, release);
    } catch (InterruptedException e) {
      release.run();
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted during " + method + " " + uri.getPath());
    } catch (UncheckedIOException e) {
      release.run();
      throw e.getCause();
    } catch (IOException | RuntimeException e) {
      release.run();
      throw e;
    }
  }

  private HttpRequest build(
      Req req, String method, URI uri, Credentials credentials, @Nullable Content body) {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(uri)
            .timeout(config.requestTimeout().plus(req.extraTime()))
            .header("User-Agent", userAgent);
    if ("http".equalsIgnoreCase(uri.getScheme())) {
      b.version(HttpClient.Version.HTTP_1_1);
    }
    for (Map.Entry<String, String> h : req.headers().entrySet()) {
      b.header(h.getKey(), h.getValue());
    }
    String auth = credentials.header();
    if (auth != null) {
      b.header("Authorization", auth);
    }
    String type = req.contentType();
    if (body != null && type != null) {
      b.header("Content-Type", type);
    }
    return b.method(method, publisher(body)).build();
  }

  private static BodyPublisher publisher(@Nullable Content body) {
    if (body == null) {
      return BodyPublishers.noBody();
    }
    if (body.size() == 0) {
      return BodyPublishers.ofByteArray(new byte[0]);
    }
    return BodyPublishers.fromPublisher(new ContentPublisher(body), body.size());
  }

  private void acquirePermit() throws InterruptedIOException {
    try {
      permits.acquire();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while waiting for a connection slot");
    }
  }

  private static boolean isRedirect(int status) {
    return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
  }

  static boolean sameOrigin(URI a, URI b) {
    return Objects.equals(lower(a.getScheme()), lower(b.getScheme()))
        && Objects.equals(lower(a.getHost()), lower(b.getHost()))
        && port(a) == port(b);
  }

  private static String lower(@Nullable String s) {
    return s == null ? "" : s.toLowerCase(Locale.ROOT);
  }

  private static int port(URI u) {
    if (u.getPort() >= 0) {
      return u.getPort();
    }
    return "https".equalsIgnoreCase(u.getScheme()) ? 443 : 80;
  }
}
