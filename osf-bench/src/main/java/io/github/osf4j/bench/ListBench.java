package io.github.osf4j.bench;

import io.github.osf4j.core.RemoteStorage;
import io.github.osf4j.core.Snapshot;
import io.github.osf4j.testkit.Fault;
import io.github.osf4j.testkit.RequestLog;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;

/**
 * 3. Listing a remote tree through the emulator with a fixed latency per request: osf4j's request
 * count and wall time beside the floor (folders / concurrency x latency) and a sequential v2 page
 * walk at page size 10.
 */
final class ListBench {
  static final Duration LATENCY = Duration.ofMillis(50);

  private final Options options;
  private final Report report;
  private final Duration latency;

  ListBench(Options options, Report report) {
    this(options, report, LATENCY);
  }

  ListBench(Options options, Report report, Duration latency) {
    this.options = options;
    this.report = report;
    this.latency = latency;
  }

  void run() throws IOException {
    int folders = options.scaled(1_000, 10);
    Tree tree = Tree.of(folders, folders * 10, 16);
    Path data = options.work().resolve("list-emulator");
    try (Emulator emulator = new Emulator(data)) {
      report.note("list: " + tree.files() + " files in " + tree.folderCount() + " folders");
      emulator.populate(tree);
      emulator.server().faults().add(Fault.latency(latency));
      measure(emulator, tree);
    }
  }

  private void measure(Emulator emulator, Tree tree) throws IOException {
    RemoteStorage remote = emulator.remote();
    RequestLog log = emulator.server().requests();
    String project = emulator.projectId();
    check(remote.list(project), tree);
    int runs = options.runs();
    long[] walls = new long[runs];
    int requests = 0;
    for (int i = 0; i < runs; i++) {
      log.clear();
      long start = System.nanoTime();
      Snapshot listed = remote.list(project);
      walls[i] = System.nanoTime() - start;
      requests = log.count();
      check(listed, tree);
    }
    long wall = Stats.median(walls);
    int n = tree.folderCount();
    long floor = latency.toNanos() * n / Emulator.CONCURRENCY;
    PeerWalk peer = new PeerWalk(emulator.token());
    log.clear();
    long start = System.nanoTime();
    int seen = peer.walk(emulator.server().apiUrl(), project);
    long peerWall = System.nanoTime() - start;
    if (seen != tree.files()) {
      throw new IOException("the page walk saw " + seen + " files, expected " + tree.files());
    }
    report.add(
        new Row(
            "3 list",
            "requests, " + tree.files() + " files in " + n + " folders",
            String.valueOf(requests),
            "v2 walk (page size 10): " + log.count(),
            "<= folders + 1 = " + (n + 1),
            requests <= n + 1));
    double ratio = (double) wall / floor;
    report.add(
        new Row(
            "3 list",
            "wall at " + latency.toMillis() + " ms/request",
            Stats.seconds(wall) + " (" + Stats.ratio(ratio) + " floor)",
            "floor "
                + n
                + "/"
                + Emulator.CONCURRENCY
                + "x"
                + LATENCY.toMillis()
                + "ms: "
                + Stats.seconds(floor)
                + "; v2 walk (1 run): "
                + Stats.seconds(peerWall),
            "<= 1.3x floor",
            ratio <= 1.3));
  }

  private static void check(Snapshot listed, Tree tree) throws IOException {
    long files = listed.fileCount();
    if (files != tree.files() || listed.size() != tree.files() + tree.folderCount()) {
      throw new IOException("listed " + listed.size() + " entries, " + files + " files");
    }
  }
}
