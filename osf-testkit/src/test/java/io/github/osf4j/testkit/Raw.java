package io.github.osf4j.testkit;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** A raw HTTP/1.1 client on a socket, to observe framing, resets and truncation exactly. */
final class Raw implements AutoCloseable {
  final Socket socket;
  final InputStream in;
  final OutputStream out;

  Raw(FakeOsfServer server) throws IOException {
    socket = new Socket(InetAddress.getLoopbackAddress(), server.port());
    socket.setSoTimeout(20_000);
    in = socket.getInputStream();
    out = socket.getOutputStream();
  }

  void send(String head, byte[] body) throws IOException {
    out.write(head.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8));
    out.write(body);
    out.flush();
  }

  /** A response head: status and lower-case headers. */
  record Head(int status, Map<String, String> headers) {
    long length() {
      return Long.parseLong(headers.getOrDefault("content-length", "-1"));
    }
  }

  Head head() throws IOException {
    String status = line();
    Map<String, String> headers = new LinkedHashMap<>();
    for (String h = line(); !h.isEmpty(); h = line()) {
      int c = h.indexOf(':');
      headers.put(h.substring(0, c).trim().toLowerCase(Locale.ROOT), h.substring(c + 1).trim());
    }
    return new Head(Integer.parseInt(status.split(" ", -1)[1]), headers);
  }

  byte[] body(long n) throws IOException {
    return in.readNBytes((int) n);
  }

  /** Reads until EOF (returns the bytes) or throws on a reset. */
  byte[] rest() throws IOException {
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    byte[] b = new byte[8192];
    int n;
    while ((n = in.read(b)) >= 0) {
      buf.write(b, 0, n);
    }
    return buf.toByteArray();
  }

  private String line() throws IOException {
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    int c;
    while ((c = in.read()) >= 0 && c != '\n') {
      if (c != '\r') {
        buf.write(c);
      }
    }
    return buf.toString(StandardCharsets.ISO_8859_1);
  }

  @Override
  public void close() throws IOException {
    socket.close();
  }
}
