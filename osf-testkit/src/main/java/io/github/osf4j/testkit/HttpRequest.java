package io.github.osf4j.testkit;

import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** One parsed HTTP/1.1 request; the body is a stream bounded to the request's framing. */
final class HttpRequest {
  final String method;
  final String path;
  final String rawQuery;
  final Map<String, String> headers;
  final Map<String, List<String>> params;
  final InputStream body;
  final long contentLength;
  final boolean chunked;
  Decision decision = new Decision();

  /** The local port the request arrived on (0 when not from a socket). */
  int port;

  HttpRequest(
      String method,
      String path,
      String rawQuery,
      Map<String, String> headers,
      InputStream body,
      long contentLength,
      boolean chunked) {
    this.method = method;
    this.path = path;
    this.rawQuery = rawQuery;
    this.headers = headers;
    this.params = parseQuery(rawQuery);
    this.body = body;
    this.contentLength = contentLength;
    this.chunked = chunked;
  }

  @Nullable String header(String name) {
    return headers.get(name.toLowerCase(Locale.ROOT));
  }

  @Nullable String param(String name) {
    List<String> values = params.get(name);
    return values == null || values.isEmpty() ? null : values.get(0);
  }

  boolean hasParam(String name) {
    return params.containsKey(name);
  }

  static Map<String, List<String>> parseQuery(String rawQuery) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    if (rawQuery.isEmpty()) {
      return out;
    }
    for (String pair : rawQuery.split("&", -1)) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      String key = decode(eq < 0 ? pair : pair.substring(0, eq));
      String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
      out.computeIfAbsent(key, k -> new ArrayList<>()).add(value);
    }
    return out;
  }

  static String decode(String s) {
    try {
      return URLDecoder.decode(s, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return s;
    }
  }
}
