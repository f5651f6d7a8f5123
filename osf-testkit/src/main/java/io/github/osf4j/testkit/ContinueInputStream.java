package io.github.osf4j.testkit;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/** Sends "100 Continue" the first time the handler reads a body whose client asked for it. */
final class ContinueInputStream extends InputStream {
  private final InputStream in;
  private final OutputStream out;
  private boolean sent;

  ContinueInputStream(InputStream in, OutputStream out) {
    this.in = in;
    this.out = out;
  }

  private void sendOnce() throws IOException {
    if (!sent) {
      sent = true;
      out.write("HTTP/1.1 100 Continue\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
      out.flush();
    }
  }

  @Override
  public int read() throws IOException {
    sendOnce();
    return in.read();
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    sendOnce();
    return in.read(b, off, len);
  }

  boolean continued() {
    return sent;
  }

  @Override
  public void close() {
    // The connection stays open for the next request.
  }
}
