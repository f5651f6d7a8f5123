package io.github.osf4j.cli;

import io.github.osf4j.core.AccessToken;
import io.github.osf4j.core.OsfServer;
import io.github.osf4j.core.RemoteStorage;
import io.github.osf4j.core.TokenStore;
import java.io.IOException;
import java.util.List;
import java.util.Optional;

/**
 * Finds the token a command runs with: OSF_TOKEN (sent to the server in effect), else one stored
 * for that very server. A token is never sent to a server it was not stored for.
 */
final class Accounts {
  private final OsfCommand root;

  Accounts(OsfCommand root) {
    this.root = root;
  }

  TokenStore store() {
    return root.component().tokens();
  }

  /**
   * The token of the first of {@code accounts} that has one stored for {@code server}, else of the
   * account most recently stored for it; OSF_TOKEN overrides them all.
   *
   * @throws CliException (exit 3) when there is none
   */
  AccessToken token(OsfServer server, List<String> accounts) throws IOException, CliException {
    String fromEnv = root.context().env("OSF_TOKEN");
    if (fromEnv != null) {
      return new AccessToken(fromEnv);
    }
    TokenStore store = store();
    for (String account : accounts) {
      if (!account.isBlank()) {
        Optional<AccessToken> token = store.get(server, account);
        if (token.isPresent()) {
          return remember(token.get());
        }
      }
    }
    List<String> known = store.accounts(server);
    if (!known.isEmpty()) {
      Optional<AccessToken> token = store.get(server, known.get(0));
      if (token.isPresent()) {
        return remember(token.get());
      }
    }
    throw new CliException(ExitCodes.AUTH, notLoggedIn(server));
  }

  /** The remote at the global options' server, with the token stored for it. */
  RemoteStorage remote() throws IOException, CliException {
    OsfServer server = root.server();
    return remote(server, token(server, List.of()));
  }

  RemoteStorage remote(OsfServer server, AccessToken token) {
    remember(token);
    return root.component()
        .connections()
        .create(
            new Endpoint(
                server.apiUrl(), server.filesUrl(), token, root.maxRate, root.maxWait, root.quotas))
        .remote();
  }

  /** The remote at the global options' server, without a token (to create one). */
  RemoteStorage anonymous() {
    OsfServer server = root.server();
    return root.component()
        .connections()
        .create(
            new Endpoint(
                server.apiUrl(), server.filesUrl(), null, root.maxRate, root.maxWait, root.quotas))
        .remote();
  }

  private static String notLoggedIn(OsfServer server) {
    if (server.equals(OsfServer.OSF_IO)) {
      return "not logged in: run osf4j login (or set OSF_TOKEN)";
    }
    return "not logged in to "
        + server.host()
        + ": run osf4j login --api-url "
        + server.apiUrl()
        + " --files-url "
        + server.filesUrl()
        + " (or set OSF_TOKEN)";
  }

  private AccessToken remember(AccessToken token) {
    root.context().secret(token.value());
    return token;
  }
}
