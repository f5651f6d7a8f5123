package io.github.osf4j.core;

/**
 * A stream that hashes what is written to it for a caller who then checks the bytes against OSF's
 * size and hashes itself (the sync's pending files do); a {@link RemoteStorage} downloading into
 * one may check only the size, so that each downloaded byte is hashed once.
 */
public interface HashingSink {}
