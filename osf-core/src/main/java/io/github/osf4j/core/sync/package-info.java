/**
 * The sync engine and the library's front door: {@link io.github.osf4j.core.sync.Session} logs in
 * and opens projects, {@link io.github.osf4j.core.sync.Project} analyzes and applies one sync with
 * the executor and the index journal. It sits above {@code core.plan} and {@code core.local} and
 * uses their standard planner and local folder unless given others.
 */
@NullMarked
package io.github.osf4j.core.sync;

import org.jspecify.annotations.NullMarked;
