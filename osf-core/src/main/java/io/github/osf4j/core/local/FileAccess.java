package io.github.osf4j.core.local;

import java.io.IOException;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * How the scanner opens files for hashing, and a hook after each chunk read: a seam for tests
 * (unreadable files on Jimfs, a file changing while hashed). Implementations are thread-safe.
 */
interface FileAccess {

  FileAccess DEFAULT = new FileAccess() {};

  /** Opens {@code file} for reading without following a symbolic link. */
  default SeekableByteChannel open(Path file) throws IOException {
    return Files.newByteChannel(file, StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS);
  }

  /** Called after each chunk of {@code file} is read, with the bytes read so far. */
  default void afterChunk(Path file, long bytesSoFar) throws IOException {}
}
