package io.github.osf4j.store.json;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.util.List;

/**
 * Where the token store keeps its file and where it looks for pyosf's tokens.
 *
 * @param configDir osf4j's configuration folder; the tokens live in {@code tokens.json} there
 * @param pyosfDirs folders that may hold pyosf's {@code tokens.json}, tried in order when osf4j has
 *     no token for an account; empty to never look
 */
public record TokenStoreConfig(Path configDir, List<Path> pyosfDirs) {

  public TokenStoreConfig {
    requireNonNull(configDir, "configDir");
    pyosfDirs = List.copyOf(pyosfDirs);
  }

  /** The platform's folders for the user running this JVM (see {@link ConfigDirs}). */
  public static TokenStoreConfig forCurrentUser() {
    return ConfigDirs.forCurrentUser().tokenStoreConfig();
  }

  /** The token file: {@code tokens.json} in {@link #configDir}. */
  public Path tokenFile() {
    return configDir.resolve("tokens.json");
  }
}
