package io.github.osf4j.bench;

import io.github.osf4j.core.SyncOptions;
import io.github.osf4j.testkit.Fault;
import io.github.osf4j.testkit.RequestLog;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * 5. End to end: the first sync of a tree of small files to the emulator with a fixed latency, then
 * the no-op syncs that follow, each a fresh osf4j JVM as a user's next run would be (Session and
 * Project over the HTTP adapter, NioLocalFiles and the JSON project file).
 */
final class SyncBench {
  static final Duration LATENCY = Duration.ofMillis(20);

  private final Options options;
  private final Report report;

  SyncBench(Options options, Report report) {
    this.options = options;
    this.report = report;
  }

  void run() throws IOException {
    int files = options.scaled(10_000, 100);
    Tree tree = Tree.of(Math.max(2, files / 10), files, 4096);
    Path root = options.work().resolve("sync");
    report.note("sync: writing " + files + " files of 4 KiB in " + tree.folderCount() + " folders");
    tree.write(root, 6);
    Path projectFile = options.work().resolve("sync-project.json");
    Files.deleteIfExists(projectFile);
    try (Emulator emulator = new Emulator(options.work().resolve("sync-emulator"))) {
      emulator.server().faults().add(Fault.latency(LATENCY));
      List<String> args =
          List.of(
              "sync",
              emulator.server().apiUrl(),
              emulator.server().filesUrl(),
              emulator.projectId(),
              emulator.server().userId(),
              root.toString(),
              projectFile.toString());
      RequestLog log = emulator.server().requests();
      log.clear();
      Map<String, Long> first = ChildJvm.run(emulator.token(), with(args, "1"));
      int firstRequests = log.count();
      if (ChildJvm.get(first, "done") < files || ChildJvm.get(first, "failed") != 0) {
        throw new IOException("the first sync did not complete: " + first);
      }
      first(tree, first, firstRequests);
      noOp(emulator, args, tree);
    }
  }

  /**
   * The first sync on the command's defaults (no budget of its own, 8 requests in flight, 4 jobs)
   * against its floor: every request it sent, {@code jobs} at a time, each taking the latency.
   */
  private void first(Tree tree, Map<String, Long> first, int requests) throws IOException {
    int jobs = SyncOptions.DEFAULTS.jobs();
    long floor = LATENCY.toNanos() * requests / jobs;
    long wall = ChildJvm.get(first, "wall_ns");
    report.add(
        new Row(
            "5 sync",
            "first sync on defaults, "
                + tree.files()
                + " files of 4 KiB in "
                + tree.folderCount()
                + " folders, "
                + LATENCY.toMillis()
                + " ms/req",
            Stats.seconds(wall)
                + " ("
                + String.format(java.util.Locale.ROOT, "%.2f", (double) wall / floor)
                + "x floor), CPU "
                + Stats.seconds(ChildJvm.get(first, "cpu_ns")),
            "floor "
                + requests
                + " requests/"
                + jobs
                + " jobs x "
                + LATENCY.toMillis()
                + "ms: "
                + Stats.seconds(floor),
            "<= 1.2x floor, CPU <= 8 s",
            wall <= floor * 6 / 5 && ChildJvm.get(first, "cpu_ns") <= 8_000_000_000L));
  }

  private void noOp(Emulator emulator, List<String> args, Tree tree) throws IOException {
    int runs = options.runs();
    long[] walls = new long[runs];
    long[] cpus = new long[runs];
    long[] warmWalls = new long[runs];
    long[] warmCpus = new long[runs];
    int requests = 0;
    RequestLog log = emulator.server().requests();
    for (int i = 0; i < runs; i++) {
      log.clear();
      Map<String, Long> run = ChildJvm.run(emulator.token(), with(args, "2"));
      requests = log.count() / 2;
      if (ChildJvm.get(run, "done") != 0 || ChildJvm.get(run, "failed") != 0) {
        throw new IOException("the no-op sync did something: " + run);
      }
      walls[i] = ChildJvm.get(run, "wall_ns");
      cpus[i] = ChildJvm.get(run, "cpu_ns");
      warmWalls[i] = ChildJvm.get(run, "warm_wall_ns");
      warmCpus[i] = ChildJvm.get(run, "warm_cpu_ns");
    }
    int n = tree.folderCount();
    long floor = LATENCY.toNanos() * n / Emulator.CONCURRENCY;
    long wall = Stats.median(walls);
    long cpu = Stats.median(cpus);
    long budget = 1_500_000_000L;
    long slack = 1_000_000_000L;
    report.add(
        new Row(
            "5 sync",
            "no-op sync CPU (fresh JVM: class loading, JIT, GC included)",
            Stats.seconds(cpu),
            requests + " requests (folders + 1 = " + (n + 1) + ", +1 whoAmI)",
            "<= 1.5 s",
            cpu <= budget));
    report.add(
        new Row(
            "5 sync",
            "no-op sync wall",
            Stats.seconds(wall),
            "listing floor "
                + n
                + "/"
                + Emulator.CONCURRENCY
                + "x"
                + LATENCY.toMillis()
                + "ms: "
                + Stats.seconds(floor),
            "<= floor + 1 s",
            wall <= floor + slack));
    long warmCpu = Stats.median(warmCpus);
    report.add(
        new Row(
            "5 sync",
            "no-op sync again in the same JVM (warm)",
            "CPU " + Stats.seconds(warmCpu) + ", wall " + Stats.seconds(Stats.median(warmWalls)),
            "listing floor " + Stats.seconds(floor),
            "CPU <= 0.5 s",
            warmCpu <= 500_000_000L));
  }

  private static List<String> with(List<String> args, String repeat) {
    List<String> all = new ArrayList<>(args);
    all.add(repeat);
    return all;
  }
}
