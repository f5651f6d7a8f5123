package io.github.osf4j.testkit;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.Locale;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * RFC 6238 one-time codes (HMAC-SHA1, 30-second steps, 6 digits) from a base32 (RFC 4648) secret,
 * as an authenticator app computes them: what the emulator checks and what tests type in.
 */
public final class Totp {
  private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

  private Totp() {}

  static byte[] base32(String secret) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int buffer = 0;
    int bits = 0;
    for (char ch : secret.toUpperCase(Locale.ROOT).toCharArray()) {
      if (ch == '=' || ch == ' ' || ch == '-') {
        continue;
      }
      int v = ALPHABET.indexOf(ch);
      if (v < 0) {
        throw new IllegalArgumentException("not base32: " + ch);
      }
      buffer = (buffer << 5) | v;
      bits += 5;
      if (bits >= 8) {
        out.write((buffer >> (bits - 8)) & 0xff);
        bits -= 8;
      }
    }
    return out.toByteArray();
  }

  /** The code for {@code secret} at {@code at}. */
  public static String code(String secret, Instant at) {
    return code(base32(secret), Math.floorDiv(at.getEpochSecond(), 30));
  }

  static String code(byte[] key, long step) {
    try {
      Mac mac = Mac.getInstance("HmacSHA1");
      mac.init(new SecretKeySpec(key, "HmacSHA1"));
      byte[] h = mac.doFinal(ByteBuffer.allocate(8).putLong(step).array());
      int off = h[h.length - 1] & 0x0f;
      int bin =
          ((h[off] & 0x7f) << 24)
              | ((h[off + 1] & 0xff) << 16)
              | ((h[off + 2] & 0xff) << 8)
              | (h[off + 3] & 0xff);
      return String.format(Locale.ROOT, "%06d", bin % 1_000_000);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA1 missing from the JDK", e);
    }
  }

  /** Accepts the code of the current step and of one step either side (clock drift). */
  static boolean verify(String secret, String code, Instant now) {
    byte[] key = base32(secret);
    long step = Math.floorDiv(now.getEpochSecond(), 30);
    for (long s = step - 1; s <= step + 1; s++) {
      if (code(key, s).equals(code.trim())) {
        return true;
      }
    }
    return false;
  }
}
