package io.github.osf4j.http;

import java.io.IOException;

/**
 * OSF answered a request with a status this adapter has no better exception for (400, 404, ...).
 */
final class HttpStatusException extends IOException {
  private static final long serialVersionUID = 1L;

  private final int status;

  HttpStatusException(int status, String message) {
    super(message);
    this.status = status;
  }

  int status() {
    return status;
  }
}
