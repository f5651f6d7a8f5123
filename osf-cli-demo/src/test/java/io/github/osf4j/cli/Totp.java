package io.github.osf4j.cli;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.Locale;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** RFC 6238 one-time codes (SHA-1, 30 s, 6 digits) from a base32 secret, as OSF uses. */
final class Totp {
  private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

  private Totp() {}

  static String code(String base32Secret, Instant now) throws GeneralSecurityException {
    Mac mac = Mac.getInstance("HmacSHA1");
    mac.init(new SecretKeySpec(base32(base32Secret), "HmacSHA1"));
    byte[] hash = mac.doFinal(ByteBuffer.allocate(8).putLong(now.getEpochSecond() / 30).array());
    int offset = hash[hash.length - 1] & 0xf;
    int binary = ByteBuffer.wrap(hash, offset, 4).getInt() & 0x7fffffff;
    return String.format(Locale.ROOT, "%06d", binary % 1_000_000);
  }

  private static byte[] base32(String text) {
    String clean = text.replace("=", "").replace(" ", "").toUpperCase(Locale.ROOT);
    ByteBuffer out = ByteBuffer.allocate(clean.length() * 5 / 8);
    long buffer = 0;
    int bits = 0;
    for (int i = 0; i < clean.length(); i++) {
      char c = clean.charAt(i);
      buffer = (buffer << 5) | ALPHABET.indexOf(c);
      bits += 5;
      if (bits >= 8) {
        out.put((byte) (buffer >> (bits - 8)));
        bits -= 8;
      }
    }
    return out.array();
  }
}
