package io.github.osf4j.core.sync;

import static java.util.Objects.requireNonNull;

import io.github.osf4j.core.Plan;
import io.github.osf4j.core.Snapshot;

/**
 * What the executor needs besides the ports: the plan and the snapshots it was made from.
 *
 * @param plan the plan to apply
 * @param base the index the plan was made against
 * @param local the local snapshot the plan was made from
 * @param plannedRemote the remote snapshot the plan was made from
 * @param freshRemote the latest remote listing (the same as {@code plannedRemote} when none newer
 *     exists), against which remote targets are re-checked
 */
record ExecutorInput(
    Plan plan, Snapshot base, Snapshot local, Snapshot plannedRemote, Snapshot freshRemote) {

  ExecutorInput {
    requireNonNull(plan, "plan");
    requireNonNull(base, "base");
    requireNonNull(local, "local");
    requireNonNull(plannedRemote, "plannedRemote");
    requireNonNull(freshRemote, "freshRemote");
  }

  /** The input for a plan just made from these snapshots. */
  static ExecutorInput of(Plan plan, Snapshot base, Snapshot local, Snapshot remote) {
    return new ExecutorInput(plan, base, local, remote, remote);
  }
}
