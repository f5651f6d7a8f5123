package io.github.osf4j.http;

import io.github.osf4j.core.AccessToken;
import io.github.osf4j.core.AuthenticationException;
import io.github.osf4j.core.TokenSource;
import java.util.Optional;

/** Turns the token source into request credentials. Thread-safe when the source is. */
final class Auth {
  private final TokenSource tokens;

  Auth(TokenSource tokens) {
    this.tokens = tokens;
  }

  /** Bearer credentials for the current token. */
  Credentials credentials() throws AuthenticationException {
    Optional<AccessToken> token = tokens.token();
    if (token.isEmpty()) {
      throw new AuthenticationException("not logged in: no OSF access token; log in first");
    }
    return Credentials.bearer(token.get());
  }
}
