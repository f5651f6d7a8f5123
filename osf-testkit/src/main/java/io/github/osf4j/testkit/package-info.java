/** The OSF emulator (FakeOsfServer) and its standalone runner. */
@NullMarked
package io.github.osf4j.testkit;

import org.jspecify.annotations.NullMarked;
