package io.github.osf4j.core;

import java.io.IOException;

/** OSF refused an upload because the project's storage quota is used up (HTTP 507). */
public class QuotaExceededException extends IOException {
  private static final long serialVersionUID = 1L;

  public QuotaExceededException(String message) {
    super(message);
  }

  public QuotaExceededException(String message, Throwable cause) {
    super(message, cause);
  }
}
