package io.github.osf4j.core.plan;

import java.util.Locale;

/**
 * What the local file system allows in names, so that the planner skips paths that could not exist
 * on this machine instead of failing on them.
 *
 * @param caseInsensitive whether names that differ only in letter case are the same file (Windows,
 *     macOS by default)
 * @param windowsNames whether Windows rules apply: no reserved names (CON, PRN, AUX, NUL, COM1-9,
 *     LPT1-9, with any extension), no trailing dot or space, none of {@code <>:"|?*\} or control
 *     characters
 */
public record NameRules(boolean caseInsensitive, boolean windowsNames) {

  /** Linux and other case-sensitive POSIX file systems. */
  public static final NameRules POSIX = new NameRules(false, false);

  /** macOS with its default case-insensitive volume. */
  public static final NameRules MACOS = new NameRules(true, false);

  /** Windows (NTFS, FAT). */
  public static final NameRules WINDOWS = new NameRules(true, true);

  /** The rules for this machine, from the {@code os.name} system property. */
  public static NameRules forThisMachine() {
    return forOsName(System.getProperty("os.name", ""));
  }

  /** The rules for an operating system by its {@code os.name}. */
  public static NameRules forOsName(String osName) {
    String os = osName.toLowerCase(Locale.ROOT);
    if (os.startsWith("windows")) {
      return WINDOWS;
    }
    if (os.startsWith("mac") || os.startsWith("darwin")) {
      return MACOS;
    }
    return POSIX;
  }
}
