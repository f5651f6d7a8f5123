package io.github.osf4j.http;

import io.github.osf4j.core.Content;
import io.github.osf4j.core.Entry;
import io.github.osf4j.core.RelPath;
import io.github.osf4j.core.Snapshot;
import io.github.osf4j.testkit.FakeOsfServer;
import io.github.osf4j.testkit.Fault;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Duration;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Prints the two figures of issue 4 that are benchmarks, not tests: listing wall time with 50 ms
 * latency per request, and the bytes a 1 GiB download moves when the connection resets at 50 %.
 * Run: {@code java -cp <test classpath> io.github.osf4j.http.Harness [concurrency] [downloadMiB]}.
 */
final class Harness {
  private Harness() {}

  public static void main(String[] args) throws Exception {
    int concurrency = args.length > 0 ? Integer.parseInt(args[0]) : 8;
    long mib = args.length > 1 ? Long.parseLong(args[1]) : 1024;
    listing(concurrency);
    if (mib > 0) {
      download(mib * 1024 * 1024);
    }
  }

  private static void listing(int concurrency) throws Exception {
    try (Emulator emu = Emulator.start()) {
      String node = emu.server.createProject("bench");
      for (int f = 0; f < 100; f++) {
        for (int i = 0; i < 10; i++) {
          emu.server.putFile(node, "folder" + f + "/file" + i + ".txt", new byte[] {(byte) i});
        }
      }
      OsfHttpConfig config = emu.config().toBuilder().concurrency(concurrency).build();
      HttpRemoteStorage storage = emu.storage(config, Emulator.TOKEN);
      Fault latency = Fault.latency(Duration.ofMillis(50));
      emu.server.faults().add(latency);
      long coldStart = System.nanoTime();
      storage.list(node);
      System.out.printf(
          "listing with latency, first in this JVM (cold JIT, new connections): %.0f ms%n",
          (System.nanoTime() - coldStart) / 1e6);
      // Warm-up as any JVM benchmark does, without latency so that it is quick: the JIT of the
      // client and of the emulator (sharing this JVM and its 2 cores) and the connection pool.
      emu.server.faults().clear();
      int warmups = Integer.getInteger("warmups", 30);
      for (int i = 0; i < warmups; i++) {
        storage.list(node);
      }
      System.out.printf("%d untimed warm-up listings without latency%n", warmups);
      emu.server.faults().add(latency);
      double[] runs = new double[5];
      Snapshot snapshot = Snapshot.empty();
      for (int r = 0; r < runs.length; r++) {
        emu.server.requests().clear();
        long start = System.nanoTime();
        snapshot = storage.list(node);
        runs[r] = (System.nanoTime() - start) / 1e6;
        System.out.printf("listing with latency, run %d: %.0f ms%n", r + 1, runs[r]);
      }
      java.util.Arrays.sort(runs);
      double millis = runs[runs.length / 2];
      double ideal = 100.0 / concurrency * 50;
      System.out.printf(
          "listing: %d files, %d folders, %d requests, concurrency %d: median %.0f ms"
              + " (ideal (folders/concurrency) x 50 ms = %.0f ms, ratio %.2f)%n",
          snapshot.fileCount(),
          snapshot.size() - snapshot.fileCount(),
          emu.server.requests().count(),
          concurrency,
          millis,
          ideal,
          millis / ideal);
    }
  }

  private static void download(long size) throws Exception {
    try (Emulator emu =
        Emulator.start(FakeOsfServer.builder().maxFileBytes(2L << 30).quotaBytes(4L << 30))) {
      String node = emu.server.createProject("big");
      OsfHttpConfig config = emu.config().toBuilder().maxFileBytes(2L << 30).build();
      HttpRemoteStorage storage = emu.storage(config, Emulator.TOKEN);
      Entry file = storage.upload(node, null, "big.bin", new Generated(size), d -> {});
      String id = java.util.Objects.requireNonNull(file.remote()).id();
      emu.server.faults().add(Fault.resetMidBody().onMethod("GET").onPathContaining(id).times(1));
      emu.server.requests().clear();
      AtomicLong received = new AtomicLong();
      AtomicLong written = new AtomicLong();
      long start = System.nanoTime();
      storage.download(node, file, new CountingSink(written), received::addAndGet);
      double seconds = (System.nanoTime() - start) / 1e9;
      System.out.printf(
          "download: %d bytes (%.2f GiB) with a reset at 50 %%: %d GET requests, %d bytes received"
              + " over the network (%.3f x the file), %d written, hash verified, %.1f s%n",
          size,
          size / (double) (1L << 30),
          emu.server.requests().count("GET", ".*"),
          received.get(),
          received.get() / (double) size,
          written.get(),
          seconds);
      System.out.println("requests: " + emu.server.requests().entries());
      RelPath.of("big.bin");
    }
  }

  /** Deterministic pseudo-random bytes of a given length, generated on the fly. */
  private static final class Generated implements Content {
    private final long size;

    Generated(long size) {
      this.size = size;
    }

    @Override
    public long size() {
      return size;
    }

    @Override
    public InputStream open() {
      return new InputStream() {
        private final Random random = new Random(7);
        private final byte[] block = new byte[64 * 1024];
        private long left = size;
        private int pos = block.length;

        @Override
        public int read() {
          byte[] one = new byte[1];
          return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) {
          if (left == 0) {
            return -1;
          }
          if (pos == block.length) {
            random.nextBytes(block);
            pos = 0;
          }
          int n = (int) Math.min(Math.min(len, block.length - pos), left);
          System.arraycopy(block, pos, b, off, n);
          pos += n;
          left -= n;
          return n;
        }
      };
    }
  }

  /** Counts what the download writes, keeping nothing. */
  private static final class CountingSink extends OutputStream {
    private final AtomicLong count;

    CountingSink(AtomicLong count) {
      this.count = count;
    }

    @Override
    public void write(int b) {
      count.incrementAndGet();
    }

    @Override
    public void write(byte[] b, int off, int len) {
      count.addAndGet(len);
    }
  }
}
