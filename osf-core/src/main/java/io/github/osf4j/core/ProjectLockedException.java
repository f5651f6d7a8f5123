package io.github.osf4j.core;

import java.io.IOException;

/** Another run (a live process, or one on another host) holds the project's lock. */
public class ProjectLockedException extends IOException {
  private static final long serialVersionUID = 1L;

  public ProjectLockedException(String message) {
    super(message);
  }

  public ProjectLockedException(String message, Throwable cause) {
    super(message, cause);
  }
}
