package io.github.osf4j.store.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One lock file on disk: its identity, and its content read and written through an open channel
 * (never through a second stream of this process, whose closing would drop the OS lock).
 */
record LockFile(Path path, ObjectMapper json) {
  private static final String NO_KEY = "no file key on this platform";

  /** Which file {@link #path} names now (its file key), or empty when there is none. */
  Optional<Object> key() throws IOException {
    try {
      Object key =
          Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS)
              .fileKey();
      return Optional.of(key != null ? key : NO_KEY);
    } catch (NoSuchFileException e) {
      return Optional.empty();
    }
  }

  /** Deletes the file if {@link #path} still names the file of {@code expected}. */
  void removeIfStill(Optional<Object> expected) throws IOException {
    if (expected.isPresent() && expected.equals(key())) {
      Files.deleteIfExists(path);
    }
  }

  /** Replaces the content of the open lock file with {@code bytes}, durably. */
  void write(FileChannel channel, byte[] bytes) throws IOException {
    channel.truncate(0);
    ByteBuffer buffer = ByteBuffer.wrap(bytes);
    long position = 0;
    while (buffer.hasRemaining()) {
      position += channel.write(buffer, position);
    }
    channel.force(true);
  }

  /** The lock's owner, or null when the file is empty, incomplete or not a lock. */
  @Nullable LockInfo read(FileChannel channel) throws IOException {
    long size = channel.size();
    if (size <= 0 || size > 64 * 1024) {
      return null;
    }
    ByteBuffer buffer = ByteBuffer.allocate((int) size);
    long position = 0;
    while (buffer.hasRemaining()) {
      int n = channel.read(buffer, position);
      if (n < 0) {
        break;
      }
      position += n;
    }
    return parse(buffer.array());
  }

  private @Nullable LockInfo parse(byte[] bytes) {
    JsonNode node;
    try {
      node = json.readTree(bytes);
    } catch (IOException e) {
      return null;
    }
    JsonNode pidNode = node == null ? null : node.get("pid");
    JsonNode hostNode = node == null ? null : node.get("host");
    JsonNode startedNode = node == null ? null : node.get("started");
    if (pidNode == null || !pidNode.canConvertToLong() || hostNode == null || startedNode == null) {
      return null;
    }
    try {
      Instant started = Instant.parse(startedNode.asText());
      return new LockInfo(pidNode.asLong(), hostNode.asText(), started);
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
