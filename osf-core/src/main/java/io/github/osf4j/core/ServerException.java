package io.github.osf4j.core;

import java.io.IOException;

/** The server or the network failed (5xx, maintenance, timeouts, resets) after all retries. */
public class ServerException extends IOException {
  private static final long serialVersionUID = 1L;

  public ServerException(String message) {
    super(message);
  }

  public ServerException(String message, Throwable cause) {
    super(message, cause);
  }
}
