package io.github.osf4j.http;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.Locale;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** RFC 6238 codes (HMAC-SHA1, 30 s, 6 digits), as an authenticator app computes them. */
final class TestTotp {
  private TestTotp() {}

  static String code(String base32Secret, Instant at) throws Exception {
    Mac mac = Mac.getInstance("HmacSHA1");
    mac.init(new SecretKeySpec(base32(base32Secret), "HmacSHA1"));
    byte[] h = mac.doFinal(ByteBuffer.allocate(8).putLong(at.getEpochSecond() / 30).array());
    int off = h[h.length - 1] & 0x0f;
    int bin =
        ((h[off] & 0x7f) << 24)
            | ((h[off + 1] & 0xff) << 16)
            | ((h[off + 2] & 0xff) << 8)
            | (h[off + 3] & 0xff);
    return String.format(Locale.ROOT, "%06d", bin % 1_000_000);
  }

  private static byte[] base32(String secret) {
    String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int buffer = 0;
    int bits = 0;
    for (char c : secret.toUpperCase(Locale.ROOT).replace("=", "").toCharArray()) {
      buffer = (buffer << 5) | alphabet.indexOf(c);
      bits += 5;
      if (bits >= 8) {
        out.write((buffer >> (bits - 8)) & 0xff);
        bits -= 8;
      }
    }
    return out.toByteArray();
  }
}
