package io.github.osf4j.core;

import static java.util.Objects.requireNonNull;

/** An OSF personal access token (or OAuth2 access token). Never printed: see {@link #toString}. */
public record AccessToken(String value) {

  public AccessToken {
    requireNonNull(value, "value");
    if (value.isBlank() || value.chars().anyMatch(c -> c <= ' ' || c == 0x7f)) {
      throw new IllegalArgumentException("an access token is one word of visible characters");
    }
  }

  @Override
  public String toString() {
    return "AccessToken[redacted]";
  }
}
