package io.github.osf4j.http;

import static java.util.Objects.requireNonNull;

import io.github.osf4j.core.Content;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One request to send: method, URL, extra headers, credentials, optional body of known length, and
 * the extra time it may take beyond the configured request timeout (for large uploads).
 */
record Req(
    String method,
    URI uri,
    Map<String, String> headers,
    Credentials credentials,
    @Nullable Content body,
    @Nullable String contentType,
    Duration extraTime) {

  Req {
    requireNonNull(method, "method");
    requireNonNull(uri, "uri");
    headers = Map.copyOf(headers);
    requireNonNull(credentials, "credentials");
    requireNonNull(extraTime, "extraTime");
  }

  static Req get(URI uri, Credentials credentials) {
    return new Req("GET", uri, Map.of(), credentials, null, null, Duration.ZERO);
  }

  Req withHeader(String name, String value) {
    Map<String, String> copy = new java.util.HashMap<>(headers);
    copy.put(name, value);
    return new Req(method, uri, copy, credentials, body, contentType, extraTime);
  }

  Req withBody(String method, Content content, @Nullable String type, Duration extra) {
    return new Req(method, uri, headers, credentials, content, type, extra);
  }
}
