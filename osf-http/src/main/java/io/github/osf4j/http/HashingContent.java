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
import org.jspecify.annotations.Nullable;

/**
 * Upload content that hashes (sha256) and reports the bytes as they are sent; each new pass starts
 * over. An md5 is computed only on request, by reading the content once more. Used by one upload at
 * a time.
 */
final class HashingContent implements Content {
  private static final int SLICE = 8 * 1024;

  private final Content content;
  private final TransferListener listener;
  private volatile @Nullable Pass last;

  HashingContent(Content content, TransferListener listener) {
    this.content = content;
    this.listener = listener;
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
    Pass pass = new Pass(content.open(), "SHA-256", true);
    last = pass;
    return pass;
  }

  /** The sha256 of the whole content, from the last complete pass or a fresh read. */
  String sha256() throws IOException {
    Pass pass = last;
    if (pass == null || pass.count != content.size()) {
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

  private final class Pass extends FilterInputStream {
    private final MessageDigest digest;
    private final boolean report;
    private long count;
    private @Nullable String done;

    Pass(InputStream in, String algorithm, boolean report) {
      super(in);
      this.digest = digest(algorithm);
      this.report = report;
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        digest.update((byte) b);
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
        update(digest, b, off, n);
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
        hex = HexFormat.of().formatHex(digest.digest());
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
