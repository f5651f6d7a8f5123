package io.github.osf4j.http;

import io.github.osf4j.core.Content;
import io.github.osf4j.core.TransferListener;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Upload content that reports the bytes as they are sent and hashes them (sha256) unless the
 * content's hash is known in advance; each new pass starts over. An md5 is computed only on
 * request, by reading the content once more. Used by one upload at a time.
 */
final class HashingContent implements Content {
  private static final int SLICE = 8 * 1024;

  private final Content content;
  private final TransferListener listener;
  private final @Nullable String known;
  private volatile @Nullable Pass last;

  HashingContent(Content content, TransferListener listener) {
    this.content = content;
    this.listener = listener;
    this.known = content.knownSha256();
  }

  @Override
  public long size() {
    return content.size();
  }

  @Override
  public InputStream open() throws IOException {
    Pass previous = last;
    if (previous != null && previous.count > 0) {
      listener.transferred(-previous.count);
    }
    Pass pass = new Pass(content.open(), known == null ? "SHA-256" : null, true);
    last = pass;
    return pass;
  }

  /**
   * Whether the bytes have the sha256 {@code expected}: the hash known in advance or computed while
   * sending. When a known hash differs, the content is read and hashed again (it may have changed
   * since it was hashed; then the server holds its current bytes, which is what counts).
   */
  boolean hasSha256(String expected) throws IOException {
    if (known != null) {
      return known.equals(expected) || readAll("SHA-256").finish().equals(expected);
    }
    return sha256().equals(expected);
  }

  /** The sha256 of the whole content, from the last complete hashing pass or a fresh read. */
  String sha256() throws IOException {
    Pass pass = last;
    if (pass == null || pass.digest == null || pass.count != content.size()) {
      pass = readAll("SHA-256");
      last = pass;
    }
    return pass.finish();
  }

  /** The md5 of the whole content, from a fresh read (needed only when OSF gives no sha256). */
  String md5() throws IOException {
    return readAll("MD5").finish();
  }

  private Pass readAll(String algorithm) throws IOException {
    Pass pass = new Pass(content.open(), algorithm, false);
    try (InputStream in = pass) {
      in.transferTo(OutputStream.nullOutputStream());
    }
    if (pass.count != content.size()) {
      throw new IOException(
          "the local content has "
              + pass.count
              + " bytes, not the "
              + content.size()
              + " announced");
    }
    return pass;
  }

  /** One read of the content: counts, reports and (when given an algorithm) hashes the bytes. */
  private final class Pass extends FilterInputStream {
    private final @Nullable MessageDigest digest;
    private final boolean report;
    private long count;
    private @Nullable String done;

    Pass(InputStream in, @Nullable String algorithm, boolean report) {
      super(in);
      this.digest = algorithm == null ? null : digest(algorithm);
      this.report = report;
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        if (digest != null) {
          digest.update((byte) b);
        }
        count++;
        if (report) {
          listener.transferred(1);
        }
      }
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = super.read(b, off, len);
      if (n > 0) {
        if (digest != null) {
          update(digest, b, off, n);
        }
        count += n;
        if (report) {
          listener.transferred(n);
        }
      }
      return n;
    }

    synchronized String finish() {
      String hex = done;
      if (hex == null) {
        hex = HexFormat.of().formatHex(Objects.requireNonNull(digest, "digest").digest());
        done = hex;
      }
      return hex;
    }
  }

  /**
   * Feeds {@code len} bytes to {@code digest} in small slices: many short calls get the digest's
   * caller compiled (and its hardware intrinsic used) early, where a few huge calls would keep a
   * fresh JVM hashing in slow interpreted or C1 code for a whole big file.
   */
  static void update(MessageDigest digest, byte[] b, int off, int len) {
    for (int done = 0; done < len; done += SLICE) {
      digest.update(b, off + done, Math.min(SLICE, len - done));
    }
  }

  static MessageDigest digest(String algorithm) {
    try {
      return MessageDigest.getInstance(algorithm);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(algorithm + " is missing from this JVM", e);
    }
  }
}
