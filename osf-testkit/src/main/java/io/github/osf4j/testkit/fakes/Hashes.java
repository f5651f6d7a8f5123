package io.github.osf4j.testkit.fakes;

import io.github.osf4j.core.Entry;
import io.github.osf4j.core.RelPath;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Digests for the fakes. */
final class Hashes {
  private Hashes() {}

  static String md5(byte[] bytes) {
    return hex("MD5", bytes);
  }

  static String sha256(byte[] bytes) {
    return hex("SHA-256", bytes);
  }

  /** A file entry describing {@code bytes}. */
  static Entry fileEntry(RelPath path, byte[] bytes) {
    return Entry.file(path, bytes.length, md5(bytes), sha256(bytes));
  }

  private static String hex(String algorithm, byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance(algorithm).digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(algorithm + " is missing from this JDK", e);
    }
  }
}
