package io.github.osf4j.core;

/**
 * Who keeps the original name when both sides changed a file (R5, R6). Nothing is ever discarded:
 * the other version is kept as a conflict copy.
 */
public enum ConflictPolicy {
  /** The remote (shared) version keeps the name; the local one becomes the {@code -local} copy. */
  KEEP_BOTH,
  /** The local version keeps the name; the remote one becomes the {@code -osf} copy. */
  PREFER_LOCAL,
  /** The version modified last keeps the name (remote on a tie or when unknown). */
  PREFER_NEWER
}
