package io.github.osf4j.core;

import java.util.Optional;

/** Supplies the access token a remote uses for its requests; empty when nobody is logged in. */
@FunctionalInterface
public interface TokenSource {

  /** The token to send now. Must be thread-safe. */
  Optional<AccessToken> token();

  /** A source that always answers {@code token}. */
  static TokenSource of(AccessToken token) {
    Optional<AccessToken> fixed = Optional.of(token);
    return () -> fixed;
  }
}
