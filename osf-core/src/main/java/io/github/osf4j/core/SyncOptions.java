package io.github.osf4j.core;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * How a sync plans and runs.
 *
 * @param policy who keeps the name in a conflict
 * @param maxDeletePercent abort when a run would delete more than this share of either side's files
 *     (0-100)
 * @param force run even when the safety verdict is unsafe
 * @param jobs parallel transfers (at least 1)
 * @param mode which sides the run may change; the one-way modes ignore {@code policy} (the side
 *     they write keeps its changed version as a conflict copy)
 * @param deletes whether a one-way run propagates deletions (always true for two-way runs)
 * @param backups whether local files are backed up before the run overwrites or deletes them
 * @param components the project's component folders, which the planner keeps apart: nothing moves
 *     between two of them (or the project), a component's own folder is never deleted on OSF, and
 *     under a read-only one the plan only pulls. A project that includes components sets them from
 *     OSF at each analysis; empty for a project without components
 */
public record SyncOptions(
    ConflictPolicy policy,
    int maxDeletePercent,
    boolean force,
    int jobs,
    SyncMode mode,
    boolean deletes,
    BackupPolicy backups,
    List<ComponentFolder> components) {

  public static final SyncOptions DEFAULTS =
      new SyncOptions(ConflictPolicy.KEEP_BOTH, 50, false, 4);

  /** Two-way options. */
  public SyncOptions(ConflictPolicy policy, int maxDeletePercent, boolean force, int jobs) {
    this(policy, maxDeletePercent, force, jobs, SyncMode.BOTH_WAYS, true);
  }

  /** Options keeping the default {@link BackupPolicy}. */
  public SyncOptions(
      ConflictPolicy policy,
      int maxDeletePercent,
      boolean force,
      int jobs,
      SyncMode mode,
      boolean deletes) {
    this(policy, maxDeletePercent, force, jobs, mode, deletes, BackupPolicy.DEFAULT);
  }

  /** Options without component folders. */
  public SyncOptions(
      ConflictPolicy policy,
      int maxDeletePercent,
      boolean force,
      int jobs,
      SyncMode mode,
      boolean deletes,
      BackupPolicy backups) {
    this(policy, maxDeletePercent, force, jobs, mode, deletes, backups, List.of());
  }

  public SyncOptions {
    requireNonNull(policy, "policy");
    requireNonNull(mode, "mode");
    requireNonNull(backups, "backups");
    components = List.copyOf(components);
    deletes = deletes || mode == SyncMode.BOTH_WAYS;
    if (maxDeletePercent < 0 || maxDeletePercent > 100) {
      throw new IllegalArgumentException("maxDeletePercent must be 0-100: " + maxDeletePercent);
    }
    if (jobs < 1 || jobs > 64) {
      throw new IllegalArgumentException("jobs must be 1-64: " + jobs);
    }
  }

  public SyncOptions withPolicy(ConflictPolicy newPolicy) {
    return new SyncOptions(
        newPolicy, maxDeletePercent, force, jobs, mode, deletes, backups, components);
  }

  public SyncOptions withMaxDeletePercent(int percent) {
    return new SyncOptions(policy, percent, force, jobs, mode, deletes, backups, components);
  }

  public SyncOptions withForce(boolean newForce) {
    return new SyncOptions(
        policy, maxDeletePercent, newForce, jobs, mode, deletes, backups, components);
  }

  public SyncOptions withJobs(int newJobs) {
    return new SyncOptions(
        policy, maxDeletePercent, force, newJobs, mode, deletes, backups, components);
  }

  /**
   * These options in {@code newMode}; {@code newDeletes} says whether a one-way run propagates
   * deletions (ignored, always true, for {@link SyncMode#BOTH_WAYS}).
   */
  public SyncOptions withMode(SyncMode newMode, boolean newDeletes) {
    return new SyncOptions(
        policy, maxDeletePercent, force, jobs, newMode, newDeletes, backups, components);
  }

  /** These options with {@code newBackups} as the backup policy. */
  public SyncOptions withBackups(BackupPolicy newBackups) {
    return new SyncOptions(
        policy, maxDeletePercent, force, jobs, mode, deletes, newBackups, components);
  }

  /** These options with the project's component folders (see {@link #components()}). */
  public SyncOptions withComponents(List<ComponentFolder> newComponents) {
    return new SyncOptions(
        policy, maxDeletePercent, force, jobs, mode, deletes, backups, newComponents);
  }
}
