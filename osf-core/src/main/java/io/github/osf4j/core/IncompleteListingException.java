package io.github.osf4j.core;

import java.io.IOException;

/**
 * A remote listing failed or looked inconsistent; it is never handed to the planner in part (P9).
 */
public class IncompleteListingException extends IOException {
  private static final long serialVersionUID = 1L;

  public IncompleteListingException(String message) {
    super(message);
  }

  public IncompleteListingException(String message, Throwable cause) {
    super(message, cause);
  }
}
