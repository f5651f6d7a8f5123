package io.github.osf4j.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The benchmark harness: runs the benches picked on the command line and prints the table, each
 * osf4j figure beside its reference measured in the same run. Progress goes to stderr, the table to
 * stdout.
 */
public final class BenchMain {
  private BenchMain() {}

  /** Runs the harness; exits 2 on bad flags, 1 when a bench fails. */
  public static void main(String[] args) {
    Options options;
    try {
      options = Options.parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println("bench: " + e.getMessage());
      System.err.println(Options.USAGE);
      System.exit(2);
      return;
    }
    int code = 0;
    try {
      Report report = run(options, System.err);
      System.out.println(header(options));
      report.print(System.out);
    } catch (IOException | RuntimeException e) {
      System.err.println("bench: failed: " + e);
      e.printStackTrace(System.err);
      code = 1;
    }
    if (!options.keep()) {
      try {
        delete(options.work());
      } catch (IOException e) {
        System.err.println("bench: could not delete " + options.work() + ": " + e);
      }
    }
    System.exit(code);
  }

  /** Runs the picked benches in {@code options.work()} (emptied first; the caller deletes it). */
  static Report run(Options options, PrintStream log) throws IOException {
    Report report = new Report(log);
    Path work = options.work();
    delete(work);
    Files.createDirectories(work);
    if (options.picked("scan")) {
      new ScanBench(options, report).run();
    }
    if (options.picked("hash")) {
      new HashBench(options, report).run();
    }
    if (options.picked("list")) {
      new ListBench(options, report).run();
    }
    if (options.picked("transfer")) {
      new TransferBench(options, report).run();
    }
    if (options.picked("sync")) {
      new SyncBench(options, report).run();
    }
    if (options.picked("start")) {
      new StartBench(options, report).run();
    }
    return report;
  }

  static String header(Options options) {
    return String.format(
        Locale.ROOT,
        "osf4j bench: scale %s, median of %d runs, %d processors, load average %s",
        options.scale(),
        options.runs(),
        Runtime.getRuntime().availableProcessors(),
        loadAverage());
  }

  static String loadAverage() {
    try {
      String[] parts = Files.readString(Path.of("/proc/loadavg")).trim().split(" ", -1);
      return parts[0] + " " + parts[1] + " " + parts[2];
    } catch (IOException e) {
      return "unknown";
    }
  }

  private static void delete(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> all = Files.walk(root)) {
      for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
