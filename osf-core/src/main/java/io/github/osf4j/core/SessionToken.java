package io.github.osf4j.core;

import java.util.Optional;

/**
 * The token of the current login: the {@link TokenSource} a {@link RemoteStorage} sends, set by
 * {@code Session} (in {@code core.sync}) when someone logs in. Thread-safe; never prints the token.
 */
public final class SessionToken implements TokenSource {

  private volatile Optional<AccessToken> current = Optional.empty();

  @Override
  public Optional<AccessToken> token() {
    return current;
  }

  /** Sends {@code token} from now on. */
  public void set(AccessToken token) {
    current = Optional.of(token);
  }

  /** Sends no token from now on. */
  public void clear() {
    current = Optional.empty();
  }

  @Override
  public String toString() {
    return token().isPresent() ? "SessionToken[set]" : "SessionToken[none]";
  }
}
