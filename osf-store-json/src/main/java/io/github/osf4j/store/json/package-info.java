/** Project files and tokens as JSON. */
@NullMarked
package io.github.osf4j.store.json;

import org.jspecify.annotations.NullMarked;
