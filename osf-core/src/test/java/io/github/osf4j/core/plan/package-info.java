@NullMarked
package io.github.osf4j.core.plan;

import org.jspecify.annotations.NullMarked;
