package io.github.osf4j.core;

import java.io.IOException;

/**
 * The server refused the credentials: missing, invalid, expired or revoked token, or a wrong
 * password.
 */
public class AuthenticationException extends IOException {
  private static final long serialVersionUID = 1L;

  public AuthenticationException(String message) {
    super(message);
  }

  public AuthenticationException(String message, Throwable cause) {
    super(message, cause);
  }
}
