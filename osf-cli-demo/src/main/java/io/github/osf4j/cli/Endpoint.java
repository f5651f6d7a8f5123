package io.github.osf4j.cli;

import static java.util.Objects.requireNonNull;

import io.github.osf4j.core.AccessToken;
import org.jspecify.annotations.Nullable;

/**
 * The OSF servers a command talks to and the token it sends (none before logging in).
 *
 * @param apiUrl API v2 base URL
 * @param filesUrl WaterButler v1 base URL
 * @param token the access token, or null for anonymous requests (logging in with a password)
 */
record Endpoint(String apiUrl, String filesUrl, @Nullable AccessToken token) {
  Endpoint {
    requireNonNull(apiUrl, "apiUrl");
    requireNonNull(filesUrl, "filesUrl");
  }
}
