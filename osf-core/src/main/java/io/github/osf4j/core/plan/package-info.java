/**
 * The planner: a pure function from base, local and remote snapshots to a {@link
 * io.github.osf4j.core.Plan} that follows docs/SYNC-RULES.md, and a simulator that applies a plan
 * to snapshots.
 */
@NullMarked
package io.github.osf4j.core.plan;

import org.jspecify.annotations.NullMarked;
