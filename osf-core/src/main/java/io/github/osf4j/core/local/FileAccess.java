package io.github.osf4j.core.local;

import java.io.IOException;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * How the scanner lists folders and opens files for hashing, and a hook after each chunk read: a
 * seam for tests (unreadable files on Jimfs, a file changing while hashed, a listing that fails
 * halfway). Implementations are thread-safe.
 */
interface FileAccess {

  FileAccess DEFAULT = new FileAccess() {};

  /** Lists the children of {@code dir}. */
  default DirectoryStream<Path> list(Path dir) throws IOException {
    return Files.newDirectoryStream(dir);
  }

  /** Opens {@code file} for reading without following a symbolic link. */
  default SeekableByteChannel open(Path file) throws IOException {
    return Files.newByteChannel(file, StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS);
  }

  /** Called after each chunk of {@code file} is read, with the bytes read so far. */
  default void afterChunk(Path file, long bytesSoFar) throws IOException {}
}
