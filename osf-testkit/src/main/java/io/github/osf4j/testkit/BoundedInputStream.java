package io.github.osf4j.testkit;

import java.io.IOException;
import java.io.InputStream;

/** Reads exactly the request body's Content-Length bytes from the connection, and no more. */
final class BoundedInputStream extends InputStream {
  private final InputStream in;
  private long remaining;

  BoundedInputStream(InputStream in, long length) {
    this.in = in;
    this.remaining = length;
  }

  @Override
  public int read() throws IOException {
    byte[] one = new byte[1];
    int n = read(one, 0, 1);
    return n < 0 ? -1 : one[0] & 0xff;
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    if (remaining <= 0) {
      return -1;
    }
    int n = in.read(b, off, (int) Math.min(len, remaining));
    if (n < 0) {
      throw new IOException("connection closed with " + remaining + " body bytes missing");
    }
    remaining -= n;
    return n;
  }

  @Override
  public void close() {
    // The connection stays open for the next request.
  }
}
