package io.github.osf4j.testkit;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Stores file bodies as files in a folder, hashing them while they stream in. */
final class Blobs {
  private final Path dir;

  /** A stored body. */
  record Blob(Path path, long size, String md5, String sha256) {}

  /** Thrown when a body is longer than allowed. */
  static final class TooLarge extends IOException {
    private static final long serialVersionUID = 1L;

    TooLarge() {
      super("body too large");
    }
  }

  Blobs(Path dir) {
    this.dir = dir;
  }

  Path dir() {
    return dir;
  }

  /** Streams {@code in} to a new blob; at most {@code max} bytes, else {@link TooLarge}. */
  Blob write(InputStream in, long max) throws IOException {
    MessageDigest md5 = digest("MD5");
    MessageDigest sha = digest("SHA-256");
    Path path = Files.createTempFile(dir, "blob", ".bin");
    long size = 0;
    try (OutputStream out = Files.newOutputStream(path)) {
      byte[] buf = new byte[64 * 1024];
      int n;
      while ((n = in.read(buf)) >= 0) {
        size += n;
        if (size > max) {
          throw new TooLarge();
        }
        md5.update(buf, 0, n);
        sha.update(buf, 0, n);
        out.write(buf, 0, n);
      }
    } catch (IOException e) {
      Files.deleteIfExists(path);
      throw e;
    }
    HexFormat hex = HexFormat.of();
    return new Blob(path, size, hex.formatHex(md5.digest()), hex.formatHex(sha.digest()));
  }

  static MessageDigest digest(String name) {
    try {
      return MessageDigest.getInstance(name);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(name + " missing from the JDK", e);
    }
  }

  static String sha256Hex(String text) {
    return HexFormat.of()
        .formatHex(
            digest("SHA-256").digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
  }
}
