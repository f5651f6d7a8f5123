package io.github.osf4j.cli;

import static java.util.Objects.requireNonNull;

import io.github.osf4j.core.AccessToken;
import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * The OSF servers a command talks to, the token it sends (none before logging in) and how it paces
 * its requests.
 *
 * @param apiUrl API v2 base URL
 * @param filesUrl WaterButler v1 base URL
 * @param token the access token, or null for anonymous requests (logging in with a password)
 * @param maxRate the most requests per second ({@code --max-rate}), 0 for no limit
 * @param maxWait the longest pause a busy server may ask for ({@code --max-wait})
 * @param quotas the server's storage quotas per project ({@code --quota})
 */
record Endpoint(
    String apiUrl,
    String filesUrl,
    @Nullable AccessToken token,
    double maxRate,
    Duration maxWait,
    Quotas quotas) {
  Endpoint {
    requireNonNull(quotas, "quotas");
    requireNonNull(apiUrl, "apiUrl");
    requireNonNull(filesUrl, "filesUrl");
    requireNonNull(maxWait, "maxWait");
  }
}
