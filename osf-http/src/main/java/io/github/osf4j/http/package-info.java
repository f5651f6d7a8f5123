/** The remote port over OSF API v2 and WaterButler v1. */
@NullMarked
package io.github.osf4j.http;

import org.jspecify.annotations.NullMarked;
