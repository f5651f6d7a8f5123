package io.github.osf4j.http;

import io.github.osf4j.core.AccessToken;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.jspecify.annotations.Nullable;

/** The value of an {@code Authorization} header, or none. Never printed. Immutable. */
final class Credentials {
  static final Credentials NONE = new Credentials(null);

  private final @Nullable String header;

  private Credentials(@Nullable String header) {
    this.header = header;
  }

  static Credentials bearer(AccessToken token) {
    return new Credentials("Bearer " + token.value());
  }

  static Credentials basic(String username, String password) {
    String pair = username + ":" + password;
    return new Credentials(
        "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8)));
  }

  /** The header value, or null for none. Only the transport calls this. */
  @Nullable String header() {
    return header;
  }

  @Override
  public String toString() {
    return header == null ? "Credentials[none]" : "Credentials[redacted]";
  }
}
