package io.github.osf4j.cli;

import static java.util.Objects.requireNonNull;

import io.github.osf4j.core.TokenSource;
import java.time.Duration;

/**
 * The OSF servers a command talks to, the tokens it sends (none before logging in) and how it paces
 * its requests.
 *
 * @param apiUrl API v2 base URL
 * @param filesUrl WaterButler v1 base URL
 * @param tokens the access token to send, empty for anonymous requests (logging in with a password)
 * @param maxRate the most requests per second ({@code --max-rate}), 0 for no limit
 * @param maxWait the longest pause a busy server may ask for ({@code --max-wait})
 * @param quotas the server's storage quotas per project ({@code --quota})
 */
record Endpoint(
    String apiUrl,
    String filesUrl,
    TokenSource tokens,
    double maxRate,
    Duration maxWait,
    Quotas quotas) {
  Endpoint {
    requireNonNull(tokens, "tokens");
    requireNonNull(quotas, "quotas");
    requireNonNull(apiUrl, "apiUrl");
    requireNonNull(filesUrl, "filesUrl");
    requireNonNull(maxWait, "maxWait");
  }
}
