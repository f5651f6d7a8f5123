package io.github.osf4j.core;

import static java.util.Objects.requireNonNull;

/** A path (and its subtree) left alone, with the reason a person can act on. */
public record Skip(RelPath path, String reason) {

  public Skip {
    requireNonNull(path, "path");
    requireNonNull(reason, "reason");
  }
}
