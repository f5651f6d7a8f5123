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
 * Upload content that hashes (md5, sha256) and reports the bytes as they are sent; each new pass
 * starts over. Used by one upload at a time.
 */
final class HashingContent implements Content {
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
    Pass pass = new Pass(content.open(), true);
    last = pass;
    return pass;
  }

  /** The sha256 and md5 of the whole content, from the last complete pass or a fresh read. */
  String[] hashes() throws IOException {
    Pass pass = last;
    if (pass == null || pass.count != content.size()) {
      pass = new Pass(content.open(), false);
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
    }
    return pass.finish();
  }

  private final class Pass extends FilterInputStream {
    private final MessageDigest md5 = digest("MD5");
    private final MessageDigest sha256 = digest("SHA-256");
    private long count;
    private String @Nullable [] done;

    private final boolean report;

    Pass(InputStream in, boolean report) {
      super(in);
      this.report = report;
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        md5.update((byte) b);
        sha256.update((byte) b);
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
        md5.update(b, off, n);
        sha256.update(b, off, n);
        count += n;
        if (report) {
          listener.transferred(n);
        }
      }
      return n;
    }

    synchronized String[] finish() {
      if (done == null) {
        HexFormat hex = HexFormat.of();
        done = new String[] {hex.formatHex(sha256.digest()), hex.formatHex(md5.digest())};
      }
      return done;
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
