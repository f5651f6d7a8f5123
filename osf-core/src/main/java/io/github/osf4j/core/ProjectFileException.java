package io.github.osf4j.core;

import java.io.IOException;

/**
 * A project or token file is unreadable, corrupt, truncated or of a newer format; it is left
 * untouched.
 */
public class ProjectFileException extends IOException {
  private static final long serialVersionUID = 1L;

  public ProjectFileException(String message) {
    super(message);
  }

  public ProjectFileException(String message, Throwable cause) {
    super(message, cause);
  }
}
