package io.github.osf4j.core;

import java.io.IOException;
import org.jspecify.annotations.Nullable;

/**
 * A create, mkdir or move found the name already taken (HTTP 409). For uploads this is a
 * create/create conflict for the engine, not an error.
 */
public class NameTakenException extends IOException {
  private static final long serialVersionUID = 1L;

  private final transient @Nullable Entry existing;

  public NameTakenException(String message, @Nullable Entry existing) {
    super(message);
    this.existing = existing;
  }

  /** What already holds the name, when the server said. */
  public @Nullable Entry existing() {
    return existing;
  }
}
