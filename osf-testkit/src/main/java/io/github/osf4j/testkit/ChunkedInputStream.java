package io.github.osf4j.testkit;

import java.io.IOException;
import java.io.InputStream;

/** Decodes a chunked request body (RFC 9112 §7.1); trailers are read and ignored. */
final class ChunkedInputStream extends InputStream {
  private final InputStream in;
  private long chunkLeft;
  private boolean done;

  ChunkedInputStream(InputStream in) {
    this.in = in;
  }

  @Override
  public int read() throws IOException {
    byte[] one = new byte[1];
    int n = read(one, 0, 1);
    return n < 0 ? -1 : one[0] & 0xff;
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    if (done) {
      return -1;
    }
    if (chunkLeft == 0) {
      String size = HttpIo.readLine(in);
      int semi = size.indexOf(';');
      String hex = (semi < 0 ? size : size.substring(0, semi)).trim();
      try {
        chunkLeft = Long.parseLong(hex, 16);
      } catch (NumberFormatException e) {
        throw new IOException("bad chunk size: " + hex, e);
      }
      if (chunkLeft == 0) {
        while (!HttpIo.readLine(in).isEmpty()) {
          // skip trailers
        }
        done = true;
        return -1;
      }
    }
    int n = in.read(b, off, (int) Math.min(len, chunkLeft));
    if (n < 0) {
      throw new IOException("connection closed inside a chunk");
    }
    chunkLeft -= n;
    if (chunkLeft == 0) {
      HttpIo.readLine(in);
    }
    return n;
  }

  @Override
  public void close() {
    // The connection stays open for the next request.
  }
}
