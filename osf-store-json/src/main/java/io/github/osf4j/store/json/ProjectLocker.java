package io.github.osf4j.store.json;

import static java.nio.file.StandardOpenOption.CREATE_NEW;
import static java.nio.file.StandardOpenOption.WRITE;
import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.osf4j.core.ProjectLockedException;
import io.github.osf4j.core.ProjectStore;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import org.jspecify.annotations.Nullable;

/**
 * Takes and releases project locks: a JSON file (pid, host, time) created with {@code CREATE_NEW},
 * so exactly one of two racing runs gets it. A lock whose process is gone is reported as stale,
 * never taken over silently: the pid may have been reused, and deleting is the user's call.
 * Thread-safe.
 */
final class ProjectLocker {

  private final ObjectMapper json = new ObjectMapper();
  private final Clock clock;
  private final ProcessProbe probe;
  private final long pid;
  private final String host;

  ProjectLocker(Clock clock, ProcessProbe probe, long pid, String host) {
    this.clock = requireNonNull(clock, "clock");
    this.probe = requireNonNull(probe, "probe");
    this.pid = pid;
    this.host = requireNonNull(host, "host");
  }

  ProjectStore.Lock lock(Path lockFile) throws IOException {
    LockInfo mine = new LockInfo(pid, host, clock.instant());
    try (OutputStream out = Files.newOutputStream(lockFile, CREATE_NEW, WRITE)) {
      writeInfo(mine, out, lockFile);
    } catch (FileAlreadyExistsException e) {
      throw refusal(lockFile);
    }
    return new Held(lockFile, mine);
  }

  private void writeInfo(LockInfo info, OutputStream out, Path lockFile) throws IOException {
    ObjectNode node = json.createObjectNode();
    node.put("format", 1);
    node.put("pid", info.pid());
    node.put("host", info.host());
    node.put("started", info.started().toString());
    try {
      out.write(json.writeValueAsBytes(node));
    } catch (IOException e) {
      Files.deleteIfExists(lockFile);
      throw e;
    }
  }

  private ProjectLockedException refusal(Path lockFile) throws IOException {
    LockInfo owner;
    try {
      owner = readInfo(lockFile);
    } catch (NoSuchFileException gone) {
      return new ProjectLockedException(
          "Lock file " + lockFile + " was released while this run tried to take it; try again.");
    }
    if (owner == null) {
      return new ProjectLockedException(
          "Lock file "
              + lockFile
              + " exists but cannot be read: a run may be starting, or one crashed while taking"
              + " the lock. If no osf4j run is active on this project, delete that file.");
    }
    if (owner.host().equals(host) && !probe.isAlive(owner.pid(), owner.started())) {
      return new ProjectLockedException(
          "Stale lock: "
              + owner.describe()
              + ", which is no longer running. Delete "
              + lockFile
              + " to clear it, then try again.");
    }
    return new ProjectLockedException(
        "Project is locked by another osf4j run: "
            + owner.describe()
            + " (lock file "
            + lockFile
            + "). Wait for it to finish; if you are sure it is no longer running, delete that"
            + " file.");
  }

  /** The lock's owner, or null when the file is empty, incomplete or not a lock. */
  private @Nullable LockInfo readInfo(Path lockFile) throws IOException {
    JsonNode node;
    try (InputStream in = Files.newInputStream(lockFile)) {
      node = json.readTree(in);
    } catch (NoSuchFileException e) {
      throw e;
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

  /** A held lock; closing it removes the file if it is still this lock's. Idempotent. */
  private final class Held implements ProjectStore.Lock {
    private final Path lockFile;
    private final LockInfo info;
    private boolean closed;

    Held(Path lockFile, LockInfo info) {
      this.lockFile = lockFile;
      this.info = info;
    }

    @Override
    public synchronized void close() throws IOException {
      if (closed) {
        return;
      }
      closed = true;
      LockInfo current;
      try {
        current = readInfo(lockFile);
      } catch (NoSuchFileException e) {
        return;
      }
      if (info.equals(current)) {
        Files.deleteIfExists(lockFile);
      }
    }

    @Override
    public String toString() {
      return "Lock[" + lockFile + ", " + info.describe() + "]";
    }
  }
}
