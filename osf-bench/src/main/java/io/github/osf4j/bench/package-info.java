/** The benchmark harness: osf4j measured beside the machine's tools, the floor and the peers. */
@NullMarked
package io.github.osf4j.bench;

import org.jspecify.annotations.NullMarked;
