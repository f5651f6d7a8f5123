/**
 * The osf4j sync engine: values, ports, the planner, the executor and the {@code Session}/{@code
 * Project} facade.
 */
@NullMarked
package io.github.osf4j.core;

import org.jspecify.annotations.NullMarked;
