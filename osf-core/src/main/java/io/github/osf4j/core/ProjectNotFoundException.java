package io.github.osf4j.core;

import java.io.IOException;

/** The project (node) does not exist, was deleted, or is not visible to this user. */
public class ProjectNotFoundException extends IOException {
  private static final long serialVersionUID = 1L;

  public ProjectNotFoundException(String message) {
    super(message);
  }

  public ProjectNotFoundException(String message, Throwable cause) {
    super(message, cause);
  }
}
