package io.github.osf4j.core;

import java.io.IOException;

/**
 * The credentials are valid but may not do this: not a contributor, read-only project, or a token
 * without the osf.full_write scope.
 */
public class PermissionDeniedException extends IOException {
  private static final long serialVersionUID = 1L;

  public PermissionDeniedException(String message) {
    super(message);
  }

  public PermissionDeniedException(String message, Throwable cause) {
    super(message, cause);
  }
}
