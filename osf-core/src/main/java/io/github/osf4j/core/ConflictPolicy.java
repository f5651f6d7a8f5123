package io.github.osf4j.core;

import java.util.Locale;

/**
 * Who keeps the original name when both sides changed a file. Nothing is ever discarded: the other
 * version is kept as a conflict copy.
 */
public enum ConflictPolicy {
  /** The remote (shared) version keeps the name; the local one becomes the {@code -local} copy. */
  KEEP_BOTH,
  /** The local version keeps the name; the remote one becomes the {@code -osf} copy. */
  PREFER_LOCAL,
  /** Same as {@link #KEEP_BOTH}. */
  PREFER_REMOTE,
  /** The version modified last keeps the name (remote on a tie or when unknown). */
  PREFER_NEWER;

  /** The command-line spelling, e.g. {@code keep-both}. */
  public String cliName() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** Parses the command-line spelling. */
  public static ConflictPolicy fromCliName(String name) {
    for (ConflictPolicy policy : values()) {
      if (policy.cliName().equals(name)) {
        return policy;
      }
    }
    throw new IllegalArgumentException(
        "unknown conflict policy '"
            + name
            + "': use keep-both, prefer-local, prefer-remote or"
            + " prefer-newer");
  }
}
