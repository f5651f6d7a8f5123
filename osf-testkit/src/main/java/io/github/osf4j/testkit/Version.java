package io.github.osf4j.testkit;

import java.nio.file.Path;
import java.time.Instant;

/** One stored version of a file: its bytes on disk and their digests. */
record Version(int number, long size, String md5, String sha256, Path blob, Instant created) {}
