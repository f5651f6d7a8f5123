package io.github.osf4j.core;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

/**
 * Access tokens per OSF account, kept where only the user can read them.
 *
 * <p>An account is named by its user id; its username (e-mail) is an alias that finds it too.
 * Implementations are thread-safe and never put a token value in an exception message.
 */
public interface TokenStore {

  /** The token of the account with this user id or username. */
  Optional<AccessToken> get(String account) throws IOException;

  /** Stores (or replaces) the token of {@code userId}, also findable as {@code username}. */
  void put(String userId, String username, AccessToken token) throws IOException;

  /** Forgets the token of the account with this user id or username; false when there was none. */
  boolean remove(String account) throws IOException;

  /** The user ids that have a token, the most recently stored first. */
  List<String> accounts() throws IOException;
}
