package io.github.osf4j.testkit.fakes;

import io.github.osf4j.core.AccessToken;
import io.github.osf4j.core.OsfServer;
import io.github.osf4j.core.TokenStore;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Tokens per server and account in memory, most recent last in insertion order. Thread-safe. */
public final class InMemoryTokenStore implements TokenStore {

  private final Map<Key, Account> accounts = new LinkedHashMap<>();

  @Override
  public synchronized Optional<AccessToken> get(OsfServer server, String account) {
    return find(server, account).map(Account::token);
  }

  @Override
  public synchronized void put(
      OsfServer server, String userId, String username, AccessToken token) {
    Key key = new Key(server, userId);
    accounts.remove(key);
    accounts.put(key, new Account(username, token));
  }

  @Override
  public synchronized boolean remove(OsfServer server, String account) {
    Optional<Key> found = findKey(server, account);
    found.ifPresent(accounts::remove);
    return found.isPresent();
  }

  @Override
  public synchronized List<String> accounts(OsfServer server) {
    List<String> ids = new ArrayList<>();
    accounts.keySet().stream()
        .filter(k -> k.server().equals(server))
        .forEach(k -> ids.add(k.userId()));
    Collections.reverse(ids);
    return ids;
  }

  @Override
  public synchronized List<OsfServer> servers() {
    return accounts.keySet().stream().map(Key::server).distinct().toList();
  }

  /** The username stored with {@code userId} on {@code server}, if any. */
  public synchronized Optional<String> username(OsfServer server, String userId) {
    return Optional.ofNullable(accounts.get(new Key(server, userId))).map(Account::username);
  }

  private Optional<Account> find(OsfServer server, String account) {
    return findKey(server, account).map(accounts::get);
  }

  private Optional<Key> findKey(OsfServer server, String account) {
    Key byId = new Key(server, account);
    if (accounts.containsKey(byId)) {
      return Optional.of(byId);
    }
    return accounts.entrySet().stream()
        .filter(e -> e.getKey().server().equals(server))
        .filter(e -> !e.getValue().username().isEmpty() && e.getValue().username().equals(account))
        .map(Map.Entry::getKey)
        .findFirst();
  }

  private record Key(OsfServer server, String userId) {}

  private record Account(String username, AccessToken token) {
    @Override
    public String toString() {
      return "Account[" + username + "]";
    }
  }
}
