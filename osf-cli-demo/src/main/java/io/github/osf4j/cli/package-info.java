/** The osf4j command. */
@NullMarked
package io.github.osf4j.cli;

import org.jspecify.annotations.NullMarked;
