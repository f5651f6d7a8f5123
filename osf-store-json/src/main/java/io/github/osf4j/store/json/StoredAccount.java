package io.github.osf4j.store.json;

import static java.util.Objects.requireNonNull;

import io.github.osf4j.core.AccessToken;
import io.github.osf4j.core.OsfServer;
import java.util.Locale;

/**
 * One account in the token file: the server its token belongs to, the user and the token. Its
 * toString redacts the token (see {@link AccessToken}).
 */
record StoredAccount(OsfServer server, String userId, String username, AccessToken token) {

  StoredAccount {
    requireNonNull(server, "server");
    requireNonNull(userId, "userId");
    requireNonNull(username, "username");
    requireNonNull(token, "token");
    if (userId.isBlank()) {
      throw new IllegalArgumentException("empty user id");
    }
  }

  /** Whether {@code account} on {@code on} is this user id, or this username ignoring case. */
  boolean isNamed(OsfServer on, String account) {
    return server.equals(on) && (userId.equals(account) || sameUsername(username, account));
  }

  /** Whether this is {@code other}'s account on the same server. */
  boolean sameAccount(StoredAccount other) {
    return server.equals(other.server) && userId.equals(other.userId);
  }

  static boolean sameUsername(String a, String b) {
    return !a.isEmpty() && a.toLowerCase(Locale.ROOT).equals(b.toLowerCase(Locale.ROOT));
  }
}
