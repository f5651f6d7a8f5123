package io.github.osf4j.core.local;

import io.github.osf4j.core.Snapshot;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * A benchmark harness, not a test: prints scan timings on a real folder.
 *
 * <pre>
 * java -cp osf-core/target/classes:osf-core/target/test-classes \
 *     io.github.osf4j.core.local.ScanBenchmark ROOT [rounds] [threads]
 * java -cp ... io.github.osf4j.core.local.ScanBenchmark --make-tree ROOT files size-bytes
 * </pre>
 *
 * <p>Each round does a full scan (every file hashed) and then a no-change scan with the first
 * result as base (every hash reused).
 */
final class ScanBenchmark {
  private ScanBenchmark() {}

  public static void main(String[] args) throws IOException {
    if (args.length > 0 && args[0].equals("--make-tree")) {
      makeTree(Path.of(args[1]), Integer.parseInt(args[2]), Integer.parseInt(args[3]));
      return;
    }
    if (args.length == 0) {
      System.err.println("usage: ScanBenchmark ROOT [rounds] [threads] | --make-tree ROOT n size");
      System.exit(2);
    }
    Path root = Path.of(args[0]);
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
    int threads =
        args.length > 2 ? Integer.parseInt(args[2]) : Runtime.getRuntime().availableProcessors();
    NioLocalFiles files = new NioLocalFiles(root, List.of(), threads);
    for (int round = 1; round <= rounds; round++) {
      long start = System.nanoTime();
      Snapshot full = files.scan(Snapshot.empty());
      long hashed = System.nanoTime();
      Snapshot again = files.scan(full);
      long reused = System.nanoTime();
      long bytes = full.entries().values().stream().mapToLong(e -> e.size()).sum();
      System.out.printf(
          Locale.ROOT,
          "round %d: %d entries, %d problems, %.1f MiB; full scan %.3f s (%.1f MiB/s);"
              + " no-change scan %.3f s%n",
          round,
          full.size(),
          full.problems().size(),
          bytes / 1048576.0,
          (hashed - start) / 1e9,
          bytes / 1048576.0 / Math.max(1e-9, (hashed - start) / 1e9),
          (reused - hashed) / 1e9);
      if (!again.equals(full)) {
        System.out.println("  note: the no-change scan differs (files changed meanwhile?)");
      }
    }
  }

  /** Writes {@code count} files of {@code size} pseudo-random bytes, 1000 per folder. */
  private static void makeTree(Path root, int count, int size) throws IOException {
    byte[] data = new byte[size];
    long seed = 42;
    for (int i = 0; i < count; i++) {
      for (int j = 0; j < size; j++) {
        seed = seed * 6364136223846793005L + 1442695040888963407L;
        data[j] = (byte) (seed >>> 56);
      }
      Path folder = Files.createDirectories(root.resolve("d" + (i / 1000)));
      Files.write(folder.resolve("f" + i + ".bin"), data);
    }
  }
}
