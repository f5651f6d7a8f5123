package io.github.osf4j.core;

/**
 * Whether a run keeps the old bytes of a local file before it overwrites or deletes it, and for how
 * many days such backups stay (older ones are pruned at the end of a run).
 *
 * @param keep whether to back up local files before changing them
 * @param keepDays how many days backups are kept (1-36500)
 */
public record BackupPolicy(boolean keep, int keepDays) {

  /** Backups on, kept for 30 days. */
  public static final BackupPolicy DEFAULT = new BackupPolicy(true, 30);

  public BackupPolicy {
    if (keepDays < 1 || keepDays > 36_500) {
      throw new IllegalArgumentException("keepDays must be 1-36500: " + keepDays);
    }
  }

  /** This policy with backups switched off (pruning of older backups still keeps its days). */
  public BackupPolicy off() {
    return new BackupPolicy(false, keepDays);
  }

  /** This policy keeping backups {@code days} days. */
  public BackupPolicy keepingDays(int days) {
    return new BackupPolicy(keep, days);
  }
}
