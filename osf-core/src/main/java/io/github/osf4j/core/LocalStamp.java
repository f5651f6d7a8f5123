package io.github.osf4j.core;

import org.jspecify.annotations.Nullable;

/**
 * The local fast-check stamp: when size, modification time and (where the platform has one) file
 * key all match the base, the scanner may reuse the base's hash instead of reading the file.
 *
 * @param size bytes on disk
 * @param modifiedMillis last modification, milliseconds since the epoch (UTC)
 * @param fileKey the platform's file identity (inode), or null where there is none
 */
public record LocalStamp(long size, long modifiedMillis, @Nullable String fileKey) {

  public LocalStamp {
    if (size < 0) {
      throw new IllegalArgumentException("size < 0: " + size);
    }
  }
}
