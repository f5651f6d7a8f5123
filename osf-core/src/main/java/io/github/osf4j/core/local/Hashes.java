package io.github.osf4j.core.local;

/** The size and hex digests of bytes read or written. */
record Hashes(long size, String md5, String sha256) {}
