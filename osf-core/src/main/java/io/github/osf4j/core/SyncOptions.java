package io.github.osf4j.core;

import static java.util.Objects.requireNonNull;

/**
 * How a sync plans and runs.
 *
 * @param policy who keeps the name in a conflict
 * @param maxDeletePercent abort when a run would delete more than this share of either side's files
 *     (0-100)
 * @param force run even when the safety verdict is unsafe
 * @param jobs parallel transfers (at least 1)
 */
public record SyncOptions(ConflictPolicy policy, int maxDeletePercent, boolean force, int jobs) {

  public static final SyncOptions DEFAULTS =
      new SyncOptions(ConflictPolicy.KEEP_BOTH, 50, false, 4);

  public SyncOptions {
    requireNonNull(policy, "policy");
    if (maxDeletePercent < 0 || maxDeletePercent > 100) {
      throw new IllegalArgumentException("maxDeletePercent must be 0-100: " + maxDeletePercent);
    }
    if (jobs < 1 || jobs > 64) {
      throw new IllegalArgumentException("jobs must be 1-64: " + jobs);
    }
  }

  public SyncOptions withPolicy(ConflictPolicy newPolicy) {
    return new SyncOptions(newPolicy, maxDeletePercent, force, jobs);
  }

  public SyncOptions withMaxDeletePercent(int percent) {
    return new SyncOptions(policy, percent, force, jobs);
  }

  public SyncOptions withForce(boolean newForce) {
    return new SyncOptions(policy, maxDeletePercent, newForce, jobs);
  }

  public SyncOptions withJobs(int newJobs) {
    return new SyncOptions(policy, maxDeletePercent, force, newJobs);
  }
}
