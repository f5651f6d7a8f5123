package io.github.osf4j.cli;

import io.github.osf4j.core.AccessToken;
import io.github.osf4j.core.OsfServer;
import io.github.osf4j.core.TokenStore;
import java.io.IOException;
import java.util.List;
import java.util.Optional;

/**
 * The token store as the command sees it: every token read from it or stored in it becomes a secret
 * of the run, which no message prints.
 */
final class RedactingTokenStore implements TokenStore {
  private final TokenStore store;
  private final CliContext context;

  RedactingTokenStore(TokenStore store, CliContext context) {
    this.store = store;
    this.context = context;
  }

  @Override
  public Optional<AccessToken> get(OsfServer server, String account) throws IOException {
    Optional<AccessToken> token = store.get(server, account);
    token.ifPresent(t -> context.secret(t.value()));
    return token;
  }

  @Override
  public void put(OsfServer server, String userId, String username, AccessToken token)
      throws IOException {
    context.secret(token.value());
    store.put(server, userId, username, token);
  }

  @Override
  public boolean remove(OsfServer server, String account) throws IOException {
    return store.remove(server, account);
  }

  @Override
  public List<String> accounts(OsfServer server) throws IOException {
    return store.accounts(server);
  }

  @Override
  public List<OsfServer> servers() throws IOException {
    return store.servers();
  }
}
