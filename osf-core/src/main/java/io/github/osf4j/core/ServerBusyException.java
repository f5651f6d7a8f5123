package io.github.osf4j.core;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/**
 * The server asks the client to wait longer than it is willing to (HTTP 429 with a long {@code
 * Retry-After}): the executor stops the run, keeping what finished.
 */
public class ServerBusyException extends ServerException {
  private static final long serialVersionUID = 1L;

  private final Instant retryAt;

  public ServerBusyException(String message, Instant retryAt) {
    super(message);
    this.retryAt = requireNonNull(retryAt, "retryAt");
  }

  /** When the server said it will take requests again. */
  public Instant retryAt() {
    return retryAt;
  }
}
