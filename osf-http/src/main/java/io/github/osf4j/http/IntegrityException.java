package io.github.osf4j.http;

import java.io.IOException;

/** Transferred bytes do not match the size or hash they should have; never retried blindly. */
final class IntegrityException extends IOException {
  private static final long serialVersionUID = 1L;

  IntegrityException(String message) {
    super(message);
  }
}
