package io.github.osf4j.store.json;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import org.jspecify.annotations.Nullable;

/**
 * What identifies one version of a file cheaply: size, modification time and file key. A store
 * replaces only a file whose fingerprint it has read (or written) itself, or one it re-validates.
 */
record FileFingerprint(long size, FileTime modified, @Nullable Object fileKey) {

  /** The fingerprint of {@code file}, or null when it does not exist. */
  static @Nullable FileFingerprint of(Path file) throws IOException {
    try {
      BasicFileAttributes attrs = Files.readAttributes(file, BasicFileAttributes.class);
      return new FileFingerprint(attrs.size(), attrs.lastModifiedTime(), attrs.fileKey());
    } catch (NoSuchFileException e) {
      return null;
    }
  }
}
