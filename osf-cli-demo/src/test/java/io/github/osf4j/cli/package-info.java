/** Tests of the osf4j command, end to end against the emulator. */
@NullMarked
package io.github.osf4j.cli;

import org.jspecify.annotations.NullMarked;
