package io.github.osf4j.store.json;

import static java.nio.file.StandardOpenOption.CREATE_NEW;
import static java.nio.file.StandardOpenOption.READ;
import static java.nio.file.StandardOpenOption.WRITE;
import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.osf4j.core.ProjectLockedException;
import io.github.osf4j.core.ProjectStore;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Takes and releases project locks: a JSON file (pid, host, time) that its owner also holds an
 * operating-system lock on for as long as it runs. A new lock is created with {@code CREATE_NEW};
 * an existing one is taken over only when its OS lock is free (its process is gone: the OS drops
 * the lock of a dead process, and of two runs only one gets it), it names this host, and the probe
 * agrees that its process is no longer running. Any other lock is refused with its host, pid and
 * age, unless the caller breaks it. Thread-safe.
 */
final class ProjectLocker {
  private static final int ATTEMPTS = 5;

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

  /**
   * Takes the lock in {@code lockFile}, taking over a stale one; with {@code breakOthers}, any
   * other run's lock is removed first.
   */
  ProjectStore.Lock lock(Path lockFile, boolean breakOthers) throws IOException {
    LockFile file = new LockFile(lockFile, json);
    String broken = null;
    for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
      Optional<Held> created = create(file, broken);
      if (created.isPresent()) {
        return created.get();
      }
      Existing existing = existing(file);
      if (existing instanceof Stale stale) {
        return stale.held();
      }
      if (existing instanceof Refused refused) {
        if (!breakOthers) {
          throw new ProjectLockedException(refused.message());
        }
        file.removeIfStill(refused.key());
        broken = "broke the lock of " + refused.owner() + " (--break-lock)";
      }
    }
    throw new ProjectLockedException(
        "Lock file " + lockFile + " kept changing while this run tried to take it; try again.");
  }

  private Optional<Held> create(LockFile file, @Nullable String notice) throws IOException {
    FileChannel channel;
    try {
      channel = FileChannel.open(file.path(), CREATE_NEW, READ, WRITE);
    } catch (FileAlreadyExistsException e) {
      return Optional.empty();
    }
    return lockCreated(file, channel, notice);
  }

  /** What is in the way: a stale lock (now ours), a refusal, or nothing any more (retry). */
  private Existing existing(LockFile file) throws IOException {
    Optional<Object> key = file.key();
    FileChannel channel;
    try {
      channel = FileChannel.open(file.path(), READ, WRITE);
    } catch (NoSuchFileException e) {
      return new Gone();
    }
    boolean kept = false;
    try {
      FileLock osLock = tryLock(channel);
      LockInfo owner = file.read(channel);
      if (key.isEmpty() || !key.equals(file.key())) {
        return new Gone();
      }
      String refusal = refusal(file, osLock != null, owner);
      if (refusal != null) {
        return new Refused(refusal, owner == null ? "an unreadable lock" : age(owner), key);
      }
      String notice =
          owner == null
              ? "took over an unreadable lock file " + file.path() + " (its run is gone)"
              : "took over a stale lock: " + age(owner) + " is no longer running";
      Optional<Held> held = own(file, channel, notice, requireNonNull(osLock, "osLock"), false);
      kept = held.isPresent();
      return held.<Existing>map(Stale::new).orElseGet(Gone::new);
    } finally {
      if (!kept) {
        channel.close();
      }
    }
  }

  private Optional<Held> lockCreated(LockFile file, FileChannel channel, @Nullable String notice)
      throws IOException {
    FileLock osLock;
    try {
      osLock = tryLock(channel);
    } catch (IOException | RuntimeException e) {
      channel.close();
      throw e;
    }
    if (osLock == null) {
      channel.close();
      return Optional.empty();
    }
    Optional<Held> held = own(file, channel, notice, osLock, true);
    if (held.isEmpty()) {
      channel.close();
    }
    return held;
  }

  /** Writes this run's info into the locked channel and hands out the lock. */
  private Optional<Held> own(
      LockFile file, FileChannel channel, @Nullable String notice, FileLock osLock, boolean created)
      throws IOException {
    LockInfo mine = new LockInfo(pid, host, clock.instant());
    try {
      file.write(channel, info(mine));
    } catch (IOException e) {
      if (created) {
        Files.deleteIfExists(file.path());
      }
      throw e;
    }
    Optional<Object> key = file.key();
    return Optional.of(new Held(file, channel, osLock, mine, key, notice));
  }

  /** Why the lock cannot be taken over, or null when it is stale. */
  private @Nullable String refusal(LockFile file, boolean osLockFree, @Nullable LockInfo owner) {
    if (owner == null) {
      return osLockFree
          ? null
          : "Lock file "
              + file.path()
              + " is being written by an osf4j run that is starting; try again in a moment.";
    }
    if (osLockFree && owner.host().equals(host) && !probe.isAlive(owner.pid(), owner.started())) {
      return null;
    }
    String where = owner.host().equals(host) ? "" : " (another host: osf4j cannot tell if it runs)";
    return "the project is locked by another osf4j run: "
        + age(owner)
        + where
        + " (lock file "
        + file.path()
        + "). Wait for it to finish; if it is not running any more, rerun with --break-lock";
  }

  /** {@code process 42 on host lab, locked 3 min ago (2026-11-26T14:30:05Z)}. */
  private String age(LockInfo owner) {
    return "process "
        + owner.pid()
        + " on host "
        + owner.host()
        + ", "
        + Ages.since(owner.started(), clock.instant())
        + " ("
        + owner.started().truncatedTo(ChronoUnit.SECONDS)
        + ")";
  }

  private byte[] info(LockInfo info) throws IOException {
    ObjectNode node = json.createObjectNode();
    node.put("format", 1);
    node.put("pid", info.pid());
    node.put("host", info.host());
    node.put("started", info.started().toString());
    return json.writeValueAsBytes(node);
  }

  /** The OS lock, or null when another process (or this JVM) holds it. */
  private static @Nullable FileLock tryLock(FileChannel channel) throws IOException {
    try {
      return channel.tryLock();
    } catch (OverlappingFileLockException heldInThisJvm) {
      return null;
    }
  }

  /** What {@link #existing} found. */
  private sealed interface Existing permits Stale, Refused, Gone {}

  /** A stale lock, taken over. */
  private record Stale(Held held) implements Existing {}

  /** A lock that is not ours to take. */
  private record Refused(String message, String owner, Optional<Object> key) implements Existing {}

  /** The file went away or was replaced meanwhile. */
  private record Gone() implements Existing {}

  /** A held lock; closing it removes the file if it is still this lock's. Idempotent. */
  private static final class Held implements ProjectStore.Lock {
    private final LockFile file;
    private final FileChannel channel;
    private final FileLock osLock;
    private final LockInfo info;
    private final Optional<Object> key;
    private final @Nullable String notice;
    private boolean closed;

    Held(
        LockFile file,
        FileChannel channel,
        FileLock osLock,
        LockInfo info,
        Optional<Object> key,
        @Nullable String notice) {
      this.file = file;
      this.channel = channel;
      this.osLock = osLock;
      this.info = info;
      this.key = key;
      this.notice = notice;
    }

    @Override
    public Optional<String> notice() {
      return Optional.ofNullable(notice);
    }

    @Override
    public synchronized void close() throws IOException {
      if (closed) {
        return;
      }
      closed = true;
      try {
        file.removeIfStill(key);
      } finally {
        try {
          if (osLock.isValid()) {
            osLock.release();
          }
        } finally {
          channel.close();
        }
      }
    }

    @Override
    public String toString() {
      return "Lock[" + file.path() + ", " + info.describe() + "]";
    }
  }
}
