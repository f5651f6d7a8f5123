package io.github.osf4j.testkit.fakes;

import io.github.osf4j.core.AccessToken;
import io.github.osf4j.core.TokenStore;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Tokens per account in memory, most recent last in insertion order. Thread-safe. */
public final class InMemoryTokenStore implements TokenStore {

  private final Map<String, Account> accounts = new LinkedHashMap<>();

  @Override
  public synchronized Optional<AccessToken> get(String account) {
    return find(account).map(Account::token);
  }

  @Override
  public synchronized void put(String userId, String username, AccessToken token) {
    accounts.remove(userId);
    accounts.put(userId, new Account(userId, username, token));
  }

  @Override
  public synchronized boolean remove(String account) {
    Optional<Account> found = find(account);
    found.ifPresent(a -> accounts.remove(a.userId()));
    return found.isPresent();
  }

  @Override
  public synchronized List<String> accounts() {
    List<String> ids = new ArrayList<>(accounts.keySet());
    java.util.Collections.reverse(ids);
    return ids;
  }

  /** The username stored with {@code userId}, if any. */
  public synchronized Optional<String> username(String userId) {
    return Optional.ofNullable(accounts.get(userId)).map(Account::username);
  }

  private Optional<Account> find(String account) {
    Account byId = accounts.get(account);
    if (byId != null) {
      return Optional.of(byId);
    }
    return accounts.values().stream()
        .filter(a -> !a.username().isEmpty() && a.username().equals(account))
        .findFirst();
  }

  private record Account(String userId, String username, AccessToken token) {
    @Override
    public String toString() {
      return "Account[" + userId + "]";
    }
  }
}
