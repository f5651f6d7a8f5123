package io.github.osf4j.core;

/**
 * Makes a project's plan from the base and both sides: the planner's pure function, e.g. {@code new
 * io.github.osf4j.core.plan.Planner(clock)::plan}.
 */
@FunctionalInterface
public interface ProjectPlanner {

  /**
   * The plan that brings {@code local} and {@code remote} in sync, given the index {@code base}.
   */
  Plan plan(Snapshot base, Snapshot local, Snapshot remote, SyncOptions options);
}
