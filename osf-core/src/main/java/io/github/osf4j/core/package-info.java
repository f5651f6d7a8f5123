/**
 * The osf4j domain: values, ports and outcomes. The planner lives in {@code core.plan}, the local
 * folder in {@code core.local}, and the engine that drives a sync (the {@code Session}/{@code
 * Project} facade, the executor and the index journal) in {@code core.sync}, above both.
 *
 * <p>The rules the engine implements are in {@code docs/SYNC-RULES.md} of the repository; the rule
 * ids this Javadoc cites (P1 to P9 for properties, R1 to R14 for the decision table) are defined
 * there. {@code docs/ARCHITECTURE.md} shows the modules, the ports and one sync as data flows
 * through them.
 */
@NullMarked
package io.github.osf4j.core;

import org.jspecify.annotations.NullMarked;
