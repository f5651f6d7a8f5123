package io.github.osf4j.cli;

import io.github.osf4j.core.AccessToken;
import io.github.osf4j.core.RemoteStorage;
import io.github.osf4j.core.TokenStore;
import java.io.IOException;
import java.util.List;
import java.util.Optional;

/** Finds the token a command runs with: OSF_TOKEN, else a stored one. */
final class Accounts {
  private final OsfCommand root;

  Accounts(OsfCommand root) {
    this.root = root;
  }

  TokenStore store() {
    return root.component().tokens();
  }

  /**
   * The token of the first of {@code accounts} that has one stored, else of the most recently
   * stored account; OSF_TOKEN overrides them all.
   *
   * @throws CliException (exit 3) when there is none
   */
  AccessToken token(List<String> accounts) throws IOException, CliException {
    String fromEnv = root.context().env("OSF_TOKEN");
    if (fromEnv != null) {
      return new AccessToken(fromEnv);
    }
    TokenStore store = store();
    for (String account : accounts) {
      if (!account.isBlank()) {
        Optional<AccessToken> token = store.get(account);
        if (token.isPresent()) {
          return remember(token.get());
        }
      }
    }
    List<String> known = store.accounts();
    if (!known.isEmpty()) {
      Optional<AccessToken> token = store.get(known.get(0));
      if (token.isPresent()) {
        return remember(token.get());
      }
    }
    throw new CliException(ExitCodes.AUTH, "not logged in: run osf4j login (or set OSF_TOKEN)");
  }

  /** The remote at the global options' URLs, with the current account's token. */
  RemoteStorage remote() throws IOException, CliException {
    return remote(root.apiUrl(), root.filesUrl(), token(List.of()));
  }

  RemoteStorage remote(String apiUrl, String filesUrl, AccessToken token) {
    remember(token);
    return root.component().connections().create(new Endpoint(apiUrl, filesUrl, token)).remote();
  }

  /** The remote at the global options' URLs, without a token (to create one). */
  RemoteStorage anonymous() {
    return root.component()
        .connections()
        .create(new Endpoint(root.apiUrl(), root.filesUrl(), null))
        .remote();
  }

  private AccessToken remember(AccessToken token) {
    root.context().secret(token.value());
    return token;
  }
}
