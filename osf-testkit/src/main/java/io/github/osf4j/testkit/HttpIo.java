package io.github.osf4j.testkit;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** Low-level HTTP/1.1 reading and writing helpers. */
final class HttpIo {
  private static final int MAX_LINE = 64 * 1024;

  private HttpIo() {}

  /** Reads a CRLF- (or LF-) terminated line as ISO-8859-1; EOFException at end of stream. */
  static String readLine(InputStream in) throws IOException {
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    while (true) {
      int c = in.read();
      if (c < 0) {
        if (buf.size() == 0) {
          throw new EOFException();
        }
        break;
      }
      if (c == '\n') {
        break;
      }
      if (c != '\r') {
        buf.write(c);
      }
      if (buf.size() > MAX_LINE) {
        throw new IOException("line too long");
      }
    }
    return buf.toString(StandardCharsets.ISO_8859_1);
  }

  static String reason(int status) {
    return switch (status) {
      case 100 -> "Continue";
      case 200 -> "OK";
      case 201 -> "Created";
      case 202 -> "Accepted";
      case 204 -> "No Content";
      case 206 -> "Partial Content";
      case 301 -> "Moved Permanently";
      case 302 -> "Found";
      case 400 -> "Bad Request";
      case 401 -> "Unauthorized";
      case 403 -> "Forbidden";
      case 404 -> "Not Found";
      case 405 -> "Method Not Allowed";
      case 409 -> "Conflict";
      case 410 -> "Gone";
      case 411 -> "Length Required";
      case 413 -> "Payload Too Large";
      case 416 -> "Range Not Satisfiable";
      case 429 -> "Too Many Requests";
      case 500 -> "Internal Server Error";
      case 501 -> "Not Implemented";
      case 502 -> "Bad Gateway";
      case 503 -> "Service Unavailable";
      case 504 -> "Gateway Timeout";
      case 507 -> "Insufficient Storage";
      default -> "Status " + status;
    };
  }

  static void writeHead(OutputStream out, HttpResponse r, long length, boolean close)
      throws IOException {
    StringBuilder sb = new StringBuilder();
    sb.append("HTTP/1.1 ").append(r.status).append(' ').append(reason(r.status)).append("\r\n");
    for (Map.Entry<String, String> h : r.headers.entrySet()) {
      sb.append(h.getKey()).append(": ").append(h.getValue()).append("\r\n");
    }
    sb.append("Content-Length: ").append(length).append("\r\n");
    if (close) {
      sb.append("Connection: close\r\n");
    }
    sb.append("\r\n");
    out.write(sb.toString().getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Writes up to {@code limit} bytes of the response body, at most {@code bytesPerSecond} per
   * second when positive.
   */
  static void writeBody(OutputStream out, HttpResponse r, long limit, long bytesPerSecond)
      throws IOException {
    Path file = r.file;
    if (file == null) {
      writeThrottled(out, r.bytes, 0, (int) Math.min(limit, r.bytes.length), bytesPerSecond);
      return;
    }
    try (InputStream in = Files.newInputStream(file)) {
      in.skipNBytes(r.fileOffset);
      byte[] buf = new byte[64 * 1024];
      long left = Math.min(limit, r.fileLength);
      while (left > 0) {
        int n = in.read(buf, 0, (int) Math.min(buf.length, left));
        if (n < 0) {
          throw new IOException("stored blob shorter than expected");
        }
        writeThrottled(out, buf, 0, n, bytesPerSecond);
        left -= n;
      }
    }
  }

  private static void writeThrottled(
      OutputStream out, byte[] b, int off, int len, long bytesPerSecond) throws IOException {
    if (bytesPerSecond <= 0) {
      out.write(b, off, len);
      return;
    }
    int step = (int) Math.max(1, Math.min(len, bytesPerSecond / 10));
    for (int i = off; i < off + len; i += step) {
      int n = Math.min(step, off + len - i);
      out.write(b, i, n);
      out.flush();
      sleep(n * 1000L / bytesPerSecond);
    }
  }

  static void sleep(long millis) throws InterruptedIOException {
    if (millis <= 0) {
      return;
    }
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted");
    }
  }
}
