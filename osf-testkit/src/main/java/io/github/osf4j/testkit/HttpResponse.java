package io.github.osf4j.testkit;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** A response to write: status, headers and a body held in memory or read from a file range. */
final class HttpResponse {
  final int status;
  final Map<String, String> headers = new LinkedHashMap<>();
  byte[] bytes = new byte[0];
  @Nullable Path file;
  long fileOffset;
  long fileLength;

  HttpResponse(int status) {
    this.status = status;
  }

  static HttpResponse json(int status, String contentType, byte[] body) {
    HttpResponse r = new HttpResponse(status);
    r.headers.put("Content-Type", contentType);
    r.bytes = body;
    return r;
  }

  static HttpResponse text(int status, String text) {
    HttpResponse r = new HttpResponse(status);
    r.headers.put("Content-Type", "text/plain; charset=utf-8");
    r.bytes = text.getBytes(StandardCharsets.UTF_8);
    return r;
  }

  static HttpResponse empty(int status) {
    return new HttpResponse(status);
  }

  static HttpResponse redirect(int status, String location) {
    HttpResponse r = new HttpResponse(status);
    r.headers.put("Location", location);
    return r;
  }

  static HttpResponse fileRange(int status, Path file, long offset, long length) {
    HttpResponse r = new HttpResponse(status);
    r.file = file;
    r.fileOffset = offset;
    r.fileLength = length;
    return r;
  }

  HttpResponse header(String name, String value) {
    headers.put(name, value);
    return this;
  }

  long bodyLength() {
    return file != null ? fileLength : bytes.length;
  }
}
