package io.github.osf4j.core.local;

import io.github.osf4j.core.RelPath;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;

/** A bounded pool of hashing threads for one scan, started on first use. Thread-safe. */
final class HashPool implements AutoCloseable {
  private final FileHasher hasher;
  private final int threads;
  private @Nullable ExecutorService executor;

  HashPool(FileHasher hasher, int threads) {
    this.hasher = hasher;
    this.threads = threads;
  }

  /** One file to hash: where, its key and spelling, and its attributes before reading. */
  record Job(Path file, RelPath key, @Nullable String spelling, BasicFileAttributes before) {}

  /**
   * Hashes {@code jobs} one after another on one thread: a task per batch rather than per file
   * spares a hand-over between threads for every small file.
   */
  Future<List<Hashed>> submit(List<Job> jobs) {
    return executor()
        .submit(
            () -> {
              List<Hashed> done = new ArrayList<>(jobs.size());
              for (Job job : jobs) {
                done.add(hasher.hash(job.file(), job.key(), job.spelling(), job.before()));
              }
              return done;
            });
  }

  /** The hasher, which also makes stamps. */
  FileHasher hasher() {
    return hasher;
  }

  /** Waits for one result of a hashing or listing task. */
  static <T> T await(Future<T> future) throws IOException {
    try {
      return future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while hashing");
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof IOException) {
        throw (IOException) cause;
      }
      if (cause instanceof RuntimeException) {
        throw (RuntimeException) cause;
      }
      throw new IllegalStateException("hashing failed", cause);
    }
  }

  private synchronized ExecutorService executor() {
    ExecutorService pool = executor;
    if (pool == null) {
      pool = fixed(threads, "osf4j-hash-");
      executor = pool;
    }
    return pool;
  }

  /** A fixed pool of {@code threads} daemon threads named {@code prefix} and a number. */
  static ExecutorService fixed(int threads, String prefix) {
    AtomicInteger count = new AtomicInteger();
    return new ThreadPoolExecutor(
        threads,
        threads,
        0,
        TimeUnit.SECONDS,
        new LinkedBlockingQueue<>(),
        task -> {
          Thread thread = new Thread(task, prefix + count.incrementAndGet());
          thread.setDaemon(true);
          return thread;
        });
  }

  /** Stops the threads, abandoning unfinished work. */
  @Override
  public synchronized void close() {
    ExecutorService pool = executor;
    if (pool != null) {
      pool.shutdownNow();
    }
  }
}
