package io.github.osf4j.core.local;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * MD5 and SHA-256 of a file in one streaming pass through a reused buffer. Large files run the two
 * digests on two threads (read + SHA-256 here, MD5 on a helper), since MD5 alone is slower than the
 * disk. Not thread-safe: one instance per thread.
 */
final class Digester {
  static final int BUFFER_SIZE = 128 * 1024;
  static final long PIPELINE_THRESHOLD = 8L << 20;
  private static final int PIPELINE_CHUNK = 1 << 20;
  private static final int PIPELINE_SLOTS = 4;
  private static final char[] HEX = "0123456789abcdef".toCharArray();
  private static final Chunk END = new Chunk(new byte[0], 0);

  private final MessageDigest md5 = newDigest("MD5");
  private final MessageDigest sha256 = newDigest("SHA-256");
  private final byte[] buffer = new byte[BUFFER_SIZE];
  private final long pipelineThreshold;

  Digester() {
    this(PIPELINE_THRESHOLD);
  }

  Digester(long pipelineThreshold) {
    this.pipelineThreshold = pipelineThreshold;
  }

  /** A fresh MD5 or SHA-256 digest (both are guaranteed by every Java platform). */
  static MessageDigest newDigest(String algorithm) {
    try {
      return MessageDigest.getInstance(algorithm);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(algorithm + " is required of every Java platform", e);
    }
  }

  /** Lowercase hex of {@code bytes}. */
  static String hex(byte[] bytes) {
    char[] out = new char[bytes.length * 2];
    for (int i = 0; i < bytes.length; i++) {
      out[2 * i] = HEX[(bytes[i] >> 4) & 0xf];
      out[2 * i + 1] = HEX[bytes[i] & 0xf];
    }
    return new String(out);
  }

  /** Hashes {@code file}, expected to hold about {@code sizeHint} bytes. */
  Hashes hash(Path file, long sizeHint, FileAccess access) throws IOException {
    md5.reset();
    sha256.reset();
    try (SeekableByteChannel channel = access.open(file)) {
      long size =
          sizeHint >= pipelineThreshold
              ? pipelined(channel, file, access)
              : serial(channel, file, access);
      return new Hashes(size, hex(md5.digest()), hex(sha256.digest()));
    }
  }

  private long serial(SeekableByteChannel channel, Path file, FileAccess access)
      throws IOException {
    ByteBuffer wrapped = ByteBuffer.wrap(buffer);
    long total = 0;
    for (int n = channel.read(wrapped); n >= 0; n = channel.read(wrapped)) {
      md5.update(buffer, 0, n);
      sha256.update(buffer, 0, n);
      total += n;
      wrapped.clear();
      access.afterChunk(file, total);
    }
    return total;
  }

  private long pipelined(SeekableByteChannel channel, Path file, FileAccess access)
      throws IOException {
    BlockingQueue<byte[]> free = new ArrayBlockingQueue<>(PIPELINE_SLOTS);
    BlockingQueue<Chunk> full = new ArrayBlockingQueue<>(PIPELINE_SLOTS + 1);
    for (int i = 0; i < PIPELINE_SLOTS; i++) {
      free.add(new byte[PIPELINE_CHUNK]);
    }
    Thread helper = new Thread(() -> digestChunks(full, free), "osf4j-md5");
    helper.setDaemon(true);
    helper.start();
    boolean finished = false;
    try {
      long total = 0;
      int n;
      do {
        byte[] chunk = free.take();
        n = readFully(channel, chunk);
        sha256.update(chunk, 0, n);
        full.put(new Chunk(chunk, n));
        total += n;
        access.afterChunk(file, total);
      } while (n == PIPELINE_CHUNK);
      full.put(END);
      helper.join();
      finished = true;
      return total;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while hashing " + file);
    } finally {
      if (!finished) {
        stop(helper);
      }
    }
  }

  private void digestChunks(BlockingQueue<Chunk> full, BlockingQueue<byte[]> free) {
    try {
      for (Chunk chunk = full.take(); chunk != END; chunk = full.take()) {
        md5.update(chunk.bytes(), 0, chunk.length());
        free.put(chunk.bytes());
      }
    } catch (InterruptedException e) {
      // The reader gave up; its digests are discarded.
    }
  }

  private static void stop(Thread helper) {
    helper.interrupt();
    try {
      helper.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static int readFully(SeekableByteChannel channel, byte[] chunk) throws IOException {
    ByteBuffer wrapped = ByteBuffer.wrap(chunk);
    while (wrapped.hasRemaining() && channel.read(wrapped) >= 0) {
      // keep filling
    }
    return wrapped.position();
  }

  private record Chunk(byte[] bytes, int length) {}
}
