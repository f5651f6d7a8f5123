/** Reliability and security tests of osf4j: faults, kills, hostile input and secrets. */
@NullMarked
package io.github.osf4j.reliability;

import org.jspecify.annotations.NullMarked;
