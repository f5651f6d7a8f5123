package io.github.osf4j.store.json;

import static java.util.Objects.requireNonNull;

import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Where osf4j keeps its per-user configuration, and where pyosf kept its tokens, on this platform.
 *
 * <p>Linux and other Unix: {@code $XDG_CONFIG_HOME/osf4j} (when set and absolute) or {@code
 * ~/.config/osf4j}; macOS: {@code ~/Library/Application Support/osf4j}; Windows: {@code
 * %APPDATA%\osf4j} (or {@code ~\AppData\Roaming\osf4j}). pyosf: {@code ~/.pyosf} and, on Linux,
 * {@code ~/.local/share/pyosf}. Immutable.
 */
public final class ConfigDirs {

  private final Path configDir;
  private final List<Path> pyosfDirs;

  private ConfigDirs(Path configDir, List<Path> pyosfDirs) {
    this.configDir = configDir;
    this.pyosfDirs = List.copyOf(pyosfDirs);
  }

  /** The folders of the user running this JVM, from its environment and system properties. */
  public static ConfigDirs forCurrentUser() {
    return of(
        System.getenv(),
        System.getProperty("os.name", ""),
        System.getProperty("user.home", ""),
        FileSystems.getDefault());
  }

  /**
   * The folders for these inputs.
   *
   * @param env environment variables ({@code XDG_CONFIG_HOME}, {@code APPDATA} are read)
   * @param osName the {@code os.name} system property
   * @param userHome the {@code user.home} system property
   * @param fs the file system the paths belong to
   */
  public static ConfigDirs of(
      Map<String, String> env, String osName, String userHome, FileSystem fs) {
    requireNonNull(env, "env");
    Path home = fs.getPath(requireNonNull(userHome, "userHome"));
    String os = osName.toLowerCase(Locale.ROOT);
    Path pyosfHome = home.resolve(".pyosf");
    if (os.startsWith("windows")) {
      Path appData = absolute(fs, env.get("APPDATA"));
      Path base = appData != null ? appData : home.resolve("AppData").resolve("Roaming");
      return new ConfigDirs(base.resolve("osf4j"), List.of(pyosfHome));
    }
    if (os.startsWith("mac") || os.startsWith("darwin")) {
      Path support = home.resolve("Library").resolve("Application Support");
      return new ConfigDirs(support.resolve("osf4j"), List.of(pyosfHome));
    }
    Path xdg = absolute(fs, env.get("XDG_CONFIG_HOME"));
    Path base = xdg != null ? xdg : home.resolve(".config");
    Path pyosfData = home.resolve(".local").resolve("share").resolve("pyosf");
    return new ConfigDirs(base.resolve("osf4j"), List.of(pyosfHome, pyosfData));
  }

  /** osf4j's configuration folder (it may not exist yet). */
  public Path configDir() {
    return configDir;
  }

  /** The folders where pyosf may have left a {@code tokens.json}, in the order they are tried. */
  public List<Path> pyosfDirs() {
    return pyosfDirs;
  }

  /** The token store settings for these folders. */
  public TokenStoreConfig tokenStoreConfig() {
    return new TokenStoreConfig(configDir, pyosfDirs);
  }

  @Override
  public String toString() {
    return "ConfigDirs[" + configDir + ", pyosf " + pyosfDirs + "]";
  }

  private static @Nullable Path absolute(FileSystem fs, @Nullable String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    Path path = fs.getPath(value);
    return path.isAbsolute() ? path : null;
  }
}
