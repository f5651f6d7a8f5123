/** In-memory fakes of osf-core's ports, with recording, for tests without network. */
@NullMarked
package io.github.osf4j.testkit.fakes;

import org.jspecify.annotations.NullMarked;
