package io.github.osf4j.core;

import java.io.IOException;

/** Another run holds the project's lock, or a stale lock from a dead process is in the way. */
public class ProjectLockedException extends IOException {
  private static final long serialVersionUID = 1L;

  public ProjectLockedException(String message) {
    super(message);
  }

  public ProjectLockedException(String message, Throwable cause) {
    super(message, cause);
  }
}
