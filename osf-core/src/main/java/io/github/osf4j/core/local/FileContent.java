package io.github.osf4j.core.local;

import io.github.osf4j.core.Content;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/** A local file's bytes, opened anew for each read (never through a symbolic link). */
final class FileContent implements Content {
  private final Path file;
  private final long size;

  FileContent(Path file, long size) {
    this.file = file;
    this.size = size;
  }

  @Override
  public long size() {
    return size;
  }

  @Override
  public InputStream open() throws IOException {
    return Files.newInputStream(file, StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS);
  }
}
