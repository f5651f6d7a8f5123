/**
 * The default {@link io.github.osf4j.core.LocalFiles} on {@code java.nio.file}: the scanner with
 * its fast check and parallel streaming hashes, the ignore rules, and writes through temp files.
 * This is the one package of the core that does I/O.
 */
@NullMarked
package io.github.osf4j.core.local;

import org.jspecify.annotations.NullMarked;
