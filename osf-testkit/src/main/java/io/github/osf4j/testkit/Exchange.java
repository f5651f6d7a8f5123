package io.github.osf4j.testkit;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** Serves one request on a connection: parse, apply faults, handle, log, write. */
final class Exchange implements HttpServerLoop.ConnectionHandler {
  private static final long DRAIN_LIMIT = 8L * 1024 * 1024;

  private final Handler handler;
  private final Faults faults;
  private final RequestLog log;

  Exchange(Handler handler, Faults faults, RequestLog log) {
    this.handler = handler;
    this.faults = faults;
    this.log = log;
  }

  @Override
  public boolean serveOne(Socket socket, InputStream in, OutputStream out) throws IOException {
    String line = HttpIo.readLine(in);
    while (line.isEmpty()) {
      line = HttpIo.readLine(in);
    }
    String[] parts = line.split(" ", -1);
    if (parts.length != 3) {
      throw new IOException("bad request line");
    }
    String method = parts[0].toUpperCase(Locale.ROOT);
    String target = parts[1];
    Map<String, String> headers = readHeaders(in);
    int q = target.indexOf('?');
    String path = q < 0 ? target : target.substring(0, q);
    String query = q < 0 ? "" : target.substring(q + 1);

    boolean chunked = "chunked".equalsIgnoreCase(headers.getOrDefault("transfer-encoding", ""));
    long length = parseLength(headers.get("content-length"));
    InputStream framed =
        chunked ? new ChunkedInputStream(in) : new BoundedInputStream(in, Math.max(0, length));
    ContinueInputStream body = null;
    InputStream bodyIn = framed;
    if ("100-continue".equalsIgnoreCase(headers.getOrDefault("expect", ""))) {
      body = new ContinueInputStream(framed, out);
      bodyIn = body;
    }
    HttpRequest request =
        new HttpRequest(method, path, query, headers, bodyIn, chunked ? -1 : length, chunked);
    request.port = socket.getLocalPort();
    request.decision = faults.decide(method, path);
    HttpIo.sleep(request.decision.latencyMillis);

    Fault transport = request.decision.transport;
    if (transport != null && transport.kind == Fault.Kind.RESET_BEFORE_BODY) {
      log.add(
          new RequestLog.Entry(method, path, query, 0, Map.copyOf(headers), socket.getLocalPort()));
      reset(socket);
      return false;
    }
    HttpResponse response;
    try {
      response = handler.handle(request);
    } catch (RuntimeException e) {
      response = HttpResponse.text(500, "emulator error: " + e.getClass().getSimpleName());
      response.header("Connection", "close");
    }
    log.add(
        new RequestLog.Entry(
            method, path, query, response.status, Map.copyOf(headers), socket.getLocalPort()));

    boolean close =
        "close".equalsIgnoreCase(headers.getOrDefault("connection", ""))
            || parts[2].equals("HTTP/1.0");
    if ("close".equalsIgnoreCase(response.headers.remove("Connection"))) {
      close = true;
    }
    if (body != null && !body.continued()) {
      close = true;
    } else if (!drain(framed)) {
      close = true;
    }
    long full = response.bodyLength();
    boolean head = method.equals("HEAD");
    if (transport != null && !head) {
      HttpIo.writeHead(out, response, full, false);
      HttpIo.writeBody(out, response, full / 2, request.decision.bytesPerSecond);
      out.flush();
      if (transport.kind == Fault.Kind.RESET_MID_BODY) {
        reset(socket);
      } else {
        socket.shutdownOutput();
      }
      return false;
    }
    HttpIo.writeHead(out, response, full, close);
    if (!head) {
      OutputStream bodyOut =
          request.decision.corruptBody && full > 0 ? new FlipOneByte(out, full / 2) : out;
      HttpIo.writeBody(bodyOut, response, full, request.decision.bytesPerSecond);
    }
    out.flush();
    return !close;
  }

  private static Map<String, String> readHeaders(InputStream in) throws IOException {
    Map<String, String> headers = new LinkedHashMap<>();
    String h = HttpIo.readLine(in);
    while (!h.isEmpty()) {
      int colon = h.indexOf(':');
      if (colon > 0) {
        String name = h.substring(0, colon).trim().toLowerCase(Locale.ROOT);
        String value = h.substring(colon + 1).trim();
        headers.merge(name, value, (a, b) -> a + ", " + b);
      }
      h = HttpIo.readLine(in);
    }
    return headers;
  }

  private static long parseLength(@org.jspecify.annotations.Nullable String value)
      throws IOException {
    if (value == null) {
      return -1;
    }
    try {
      return Long.parseLong(value.trim());
    } catch (NumberFormatException e) {
      throw new IOException("bad Content-Length", e);
    }
  }

  /** Reads what the handler left of the body; false when too much is left to be worth it. */
  private static boolean drain(InputStream framed) throws IOException {
    byte[] buf = new byte[16 * 1024];
    long total = 0;
    int n;
    while ((n = framed.read(buf)) >= 0) {
      total += n;
      if (total > DRAIN_LIMIT) {
        return false;
      }
    }
    return true;
  }

  private static void reset(Socket socket) throws IOException {
    socket.setSoLinger(true, 0);
    socket.close();
  }

  /** Passes bytes through, flipping the bits of the one at {@code at} (counted from the start). */
  private static final class FlipOneByte extends FilterOutputStream {
    private final long at;
    private long written;

    FlipOneByte(OutputStream out, long at) {
      super(out);
      this.at = at;
    }

    @Override
    public void write(int b) throws IOException {
      out.write(written++ == at ? ~b : b);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      if (at >= written && at < written + len) {
        byte[] copy = java.util.Arrays.copyOfRange(b, off, off + len);
        copy[(int) (at - written)] ^= (byte) 0xff;
        out.write(copy, 0, len);
      } else {
        out.write(b, off, len);
      }
      written += len;
    }
  }
}
