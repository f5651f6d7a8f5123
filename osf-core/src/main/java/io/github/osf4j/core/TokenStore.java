package io.github.osf4j.core;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

/**
 * Access tokens per OSF server and account, kept where only the user can read them.
 *
 * <p>A token belongs to the server it was stored for and is never returned for another one. An
 * account is named by its user id; its username (e-mail) is an alias that finds it too.
 * Implementations are thread-safe and never put a token value in an exception message.
 */
public interface TokenStore {

  /** The token of the account with this user id or username on {@code server}. */
  Optional<AccessToken> get(OsfServer server, String account) throws IOException;

  /**
   * Stores (or replaces) the token of {@code userId} on {@code server}, also findable as {@code
   * username}.
   */
  void put(OsfServer server, String userId, String username, AccessToken token) throws IOException;

  /**
   * Forgets the token of the account with this user id or username on {@code server}; false when
   * there was none.
   */
  boolean remove(OsfServer server, String account) throws IOException;

  /** The user ids that have a token on {@code server}, the most recently stored first. */
  List<String> accounts(OsfServer server) throws IOException;

  /** The servers this store holds a token for, each once (none, for a store that cannot say). */
  default List<OsfServer> servers() throws IOException {
    return List.of();
  }
}
