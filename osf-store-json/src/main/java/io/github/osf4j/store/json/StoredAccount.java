package io.github.osf4j.store.json;

import static java.util.Objects.requireNonNull;

import io.github.osf4j.core.AccessToken;
import java.util.Locale;

/** One account in the token file; its toString redacts the token (see {@link AccessToken}). */
record StoredAccount(String userId, String username, AccessToken token) {

  StoredAccount {
    requireNonNull(userId, "userId");
    requireNonNull(username, "username");
    requireNonNull(token, "token");
    if (userId.isBlank()) {
      throw new IllegalArgumentException("empty user id");
    }
  }

  /** Whether {@code account} is this user id, or this username ignoring case. */
  boolean isNamed(String account) {
    return userId.equals(account) || sameUsername(username, account);
  }

  static boolean sameUsername(String a, String b) {
    return !a.isEmpty() && a.toLowerCase(Locale.ROOT).equals(b.toLowerCase(Locale.ROOT));
  }
}
