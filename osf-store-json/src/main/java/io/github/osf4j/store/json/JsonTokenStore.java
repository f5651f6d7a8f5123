package io.github.osf4j.store.json;

import static java.util.Objects.requireNonNull;

import io.github.osf4j.core.AccessToken;
import io.github.osf4j.core.OsfServer;
import io.github.osf4j.core.TokenStore;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Tokens in one JSON file, {@code tokens.json} in osf4j's configuration folder, mode 0600 (folder
 * 0700) where the file system is POSIX, replaced atomically on every change. Each token is stored
 * with its server and found only for it. For osf.io, falls back to pyosf's tokens (read-only) for a
 * username osf4j has no token for, unless {@link #remove} forgot it.
 *
 * <p>Thread-safe within one instance; across processes the last writer wins, never a torn file.
 */
final class JsonTokenStore implements TokenStore {

  private static final String OWNER_ONLY_FILE = "rw-------";
  private static final String OWNER_ONLY_FOLDER = "rwx------";

  private final TokenStoreConfig config;
  private final PyosfTokens pyosf;
  private final UnaryOperator<OutputStream> outputHook;

  @Inject
  JsonTokenStore(TokenStoreConfig config) {
    this(config, UnaryOperator.identity());
  }

  JsonTokenStore(TokenStoreConfig config, UnaryOperator<OutputStream> outputHook) {
    this.config = requireNonNull(config, "config");
    this.pyosf = new PyosfTokens(config.pyosfDirs());
    this.outputHook = requireNonNull(outputHook, "outputHook");
  }

  @Override
  public synchronized Optional<AccessToken> get(OsfServer server, String account)
      throws IOException {
    requireNonNull(server, "server");
    requireNonNull(account, "account");
    TokenFile.Content content = TokenFile.read(config.tokenFile());
    for (StoredAccount stored : content.accounts()) {
      if (stored.isNamed(server, account)) {
        return Optional.of(stored.token());
      }
    }
    if (!server.equals(OsfServer.OSF_IO) || isIgnored(content, account)) {
      return Optional.empty();
    }
    return pyosf.find(account);
  }

  @Override
  public synchronized void put(OsfServer server, String userId, String username, AccessToken token)
      throws IOException {
    StoredAccount added = new StoredAccount(server, userId, username, token);
    TokenFile.Content content = TokenFile.read(config.tokenFile());
    List<StoredAccount> accounts = new ArrayList<>();
    accounts.add(added);
    for (StoredAccount other : content.accounts()) {
      if (!other.sameAccount(added)) {
        boolean aliasMoved =
            other.server().equals(server) && StoredAccount.sameUsername(other.username(), username);
        accounts.add(
            aliasMoved
                ? new StoredAccount(other.server(), other.userId(), "", other.token())
                : other);
      }
    }
    Set<String> ignored = new HashSet<>(content.pyosfIgnored());
    if (server.equals(OsfServer.OSF_IO)) {
      ignored.removeIf(name -> StoredAccount.sameUsername(name, username));
    }
    write(new TokenFile.Content(accounts, ignored));
  }

  @Override
  public synchronized boolean remove(OsfServer server, String account) throws IOException {
    requireNonNull(server, "server");
    requireNonNull(account, "account");
    TokenFile.Content content = TokenFile.read(config.tokenFile());
    List<StoredAccount> kept = new ArrayList<>();
    Set<String> ignored = new HashSet<>(content.pyosfIgnored());
    boolean removed = false;
    for (StoredAccount stored : content.accounts()) {
      if (stored.isNamed(server, account)) {
        removed = true;
        if (server.equals(OsfServer.OSF_IO)) {
          ignoreInPyosf(ignored, stored.username());
        }
      } else {
        kept.add(stored);
      }
    }
    if (server.equals(OsfServer.OSF_IO)) {
      removed |= ignoreInPyosf(ignored, account);
    }
    if (removed) {
      write(new TokenFile.Content(kept, ignored));
    }
    return removed;
  }

  @Override
  public synchronized List<String> accounts(OsfServer server) throws IOException {
    requireNonNull(server, "server");
    return TokenFile.read(config.tokenFile()).accounts().stream()
        .filter(stored -> stored.server().equals(server))
        .map(StoredAccount::userId)
        .toList();
  }

  @Override
  public synchronized List<OsfServer> servers() throws IOException {
    return TokenFile.read(config.tokenFile()).accounts().stream()
        .map(StoredAccount::server)
        .distinct()
        .toList();
  }

  @Override
  public String toString() {
    return "JsonTokenStore[" + config.tokenFile() + "]";
  }

  /** Stops the pyosf fallback for {@code username}; true when pyosf had a token for it. */
  private boolean ignoreInPyosf(Set<String> ignored, String username) {
    if (username.isEmpty() || isIgnored(ignored, username) || pyosf.find(username).isEmpty()) {
      return false;
    }
    return ignored.add(username);
  }

  private static boolean isIgnored(TokenFile.Content content, String account) {
    return isIgnored(content.pyosfIgnored(), account);
  }

  private static boolean isIgnored(Set<String> ignored, String account) {
    return ignored.stream().anyMatch(name -> StoredAccount.sameUsername(name, account));
  }

  private void write(TokenFile.Content content) throws IOException {
    Path file = config.tokenFile();
    boolean posix = file.getFileSystem().supportedFileAttributeViews().contains("posix");
    if (!Files.isDirectory(config.configDir())) {
      Files.createDirectories(config.configDir(), ownerOnly(posix, OWNER_ONLY_FOLDER));
    }
    List<FileAttribute<?>> attributes =
        posix
            ? List.of(
                PosixFilePermissions.asFileAttribute(
                    PosixFilePermissions.fromString(OWNER_ONLY_FILE)))
            : List.of();
    new AtomicFile(file, attributes, outputHook).write(out -> TokenFile.write(content, out), false);
  }

  private static FileAttribute<?>[] ownerOnly(boolean posix, String permissions) {
    return posix
        ? new FileAttribute<?>[] {
          PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString(permissions))
        }
        : new FileAttribute<?>[0];
  }
}
