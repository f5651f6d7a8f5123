package io.github.osf4j.core;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * What a sync would do: the actions in a valid order, the conflicts and how they are resolved, the
 * skipped paths, and the safety verdict. Returned by the planner and by {@code analyze()}.
 *
 * <p>Ordering contract: {@link #actions()} is correct when run one after the other. An executor may
 * run an action early (in parallel) only when no earlier unfinished action touches the same path,
 * one of its ancestors, or one of its descendants (for moves, both ends count).
 */
public record Plan(
    List<Action> actions, List<Conflict> conflicts, List<Skip> skipped, Safety safety) {

  public Plan {
    actions = List.copyOf(actions);
    conflicts = List.copyOf(conflicts);
    skipped = List.copyOf(skipped);
    requireNonNull(safety, "safety");
  }

  /** Whether the plan changes nothing on either side (it may still record index entries). */
  public boolean isInSync() {
    return actions.stream().allMatch(a -> a instanceof Action.RecordOnly);
  }
}
