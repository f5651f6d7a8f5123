package io.github.osf4j.core;

/**
 * A project's use of OSF storage against its quota. OSF counts every stored version of every file,
 * so an upload, a new version of an existing file included, adds its whole size.
 *
 * @param usedBytes bytes stored now, as OSF last computed them
 * @param limitBytes the project's quota: on osf.io {@link #OSF_PRIVATE_LIMIT} for private projects
 *     and {@link #OSF_PUBLIC_LIMIT} for public ones
 * @param isPublic whether the project is public (the quota depends on it)
 */
public record StorageUsage(long usedBytes, long limitBytes, boolean isPublic) {

  /** osf.io's quota of a private project: 5 GB (10^9 bytes each). */
  public static final long OSF_PRIVATE_LIMIT = 5_000_000_000L;

  /** osf.io's quota of a public project: 50 GB (10^9 bytes each). */
  public static final long OSF_PUBLIC_LIMIT = 50_000_000_000L;

  /** The share of the quota from which OSF warns, in percent. */
  public static final int WARN_PERCENT = 90;

  public StorageUsage {
    if (usedBytes < 0 || limitBytes <= 0) {
      throw new IllegalArgumentException(
          "usedBytes must be >= 0 and limitBytes > 0: " + usedBytes + ", " + limitBytes);
    }
  }

  /** Whether the project uses at least {@link #WARN_PERCENT} % of its quota (or more). */
  public boolean isNear() {
    return usedBytes * 100.0 >= limitBytes * (double) WARN_PERCENT;
  }

  /** Whether the project uses more than its quota. */
  public boolean isOver() {
    return usedBytes > limitBytes;
  }

  /** The bytes that may still be stored, 0 when none. */
  public long freeBytes() {
    return Math.max(0, limitBytes - usedBytes);
  }

  /** The used share of the quota in whole percent, rounded down. */
  public long percent() {
    return (long) Math.floor(usedBytes * 100.0 / limitBytes);
  }
}
