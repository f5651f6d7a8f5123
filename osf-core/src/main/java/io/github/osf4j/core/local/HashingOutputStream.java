package io.github.osf4j.core.local;

import io.github.osf4j.core.HashingSink;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.security.MessageDigest;
import org.jspecify.annotations.Nullable;

/**
 * Writes to a file channel through a buffer, hashing MD5 and SHA-256 on the way; closing forces the
 * bytes to the device. Not thread-safe.
 */
final class HashingOutputStream extends OutputStream implements HashingSink {
  private final FileChannel channel;
  private final MessageDigest md5 = Digester.newDigest("MD5");
  private final MessageDigest sha256 = Digester.newDigest("SHA-256");
  private final byte[] buffer = new byte[Digester.BUFFER_SIZE];
  private int buffered;
  private long size;
  private @Nullable Hashes hashes;

  HashingOutputStream(FileChannel channel) {
    this.channel = channel;
  }

  @Override
  public void write(int b) throws IOException {
    write(new byte[] {(byte) b}, 0, 1);
  }

  @Override
  public void write(byte[] bytes, int offset, int length) throws IOException {
    if (hashes != null) {
      throw new IOException("stream closed");
    }
    java.util.Objects.checkFromIndexSize(offset, length, bytes.length);
    int done = 0;
    while (done < length) {
      int n = Math.min(length - done, buffer.length - buffered);
      System.arraycopy(bytes, offset + done, buffer, buffered, n);
      buffered += n;
      done += n;
      if (buffered == buffer.length) {
        drain();
      }
    }
  }

  @Override
  public void flush() throws IOException {
    if (hashes == null) {
      drain();
    }
  }

  private void drain() throws IOException {
    md5.update(buffer, 0, buffered);
    sha256.update(buffer, 0, buffered);
    ByteBuffer out = ByteBuffer.wrap(buffer, 0, buffered);
    while (out.hasRemaining()) {
      channel.write(out);
    }
    size += buffered;
    buffered = 0;
  }

  /** Flushes, forces to the device, closes; idempotent. */
  @Override
  public void close() throws IOException {
    hashes();
  }

  /** What was written; closes the stream first. */
  Hashes hashes() throws IOException {
    Hashes done = hashes;
    if (done != null) {
      return done;
    }
    try (FileChannel closing = channel) {
      drain();
      closing.force(true);
    }
    done = new Hashes(size, Digester.hex(md5.digest()), Digester.hex(sha256.digest()));
    hashes = done;
    return done;
  }

  /** Closes the channel without completing the file (for abort). */
  void discard() {
    try {
      channel.close();
    } catch (IOException e) {
      // the temp file is deleted next; nothing to keep
    }
  }
}
