package io.github.osf4j.http;

import java.io.IOException;

/** Writing downloaded bytes to the caller's stream failed; a local problem, never retried. */
final class LocalWriteException extends IOException {
  private static final long serialVersionUID = 1L;

  LocalWriteException(String message, IOException cause) {
    super(message, cause);
  }
}
