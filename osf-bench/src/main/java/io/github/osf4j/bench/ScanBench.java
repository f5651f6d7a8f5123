package io.github.osf4j.bench;

import io.github.osf4j.core.Snapshot;
import io.github.osf4j.core.local.NioLocalFiles;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** 1. A no-change scan (base from a previous scan) beside {@code find -printf '%s %T@\n'}. */
final class ScanBench {
  private final Options options;
  private final Report report;

  ScanBench(Options options, Report report) {
    this.options = options;
    this.report = report;
  }

  void run() throws IOException {
    int files = options.scaled(100_000, 200);
    Tree tree = Tree.of(Math.max(2, files / 100), files, 256);
    Path root = options.work().resolve("scan");
    report.note("scan: writing " + files + " files of 256 B in " + tree.folderCount() + " folders");
    tree.write(root, 1);
    NioLocalFiles local = NioLocalFiles.of(root);
    Snapshot base = local.scan(Snapshot.empty());
    if (base.fileCount() != files) {
      throw new IOException("scan found " + base.fileCount() + " files, expected " + files);
    }
    List<String> find = List.of("find", root.toString(), "-type", "f", "-printf", "%s %T@\\n");
    local.scan(base);
    Shell.time(find);
    int runs = options.runs();
    long[] ours = new long[runs];
    long[] theirs = new long[runs];
    for (int i = 0; i < runs; i++) {
      long start = System.nanoTime();
      Snapshot again = local.scan(base);
      ours[i] = System.nanoTime() - start;
      if (again.fileCount() != files) {
        throw new IOException("rescan found " + again.fileCount() + " files");
      }
      theirs[i] = Shell.time(find);
    }
    long us = Stats.median(ours);
    long them = Stats.median(theirs);
    double ratio = (double) us / them;
    report.add(
        new Row(
            "1 scan",
            "no-change scan, " + files + " files",
            Stats.millis(us) + " (" + Stats.ratio(ratio) + ")",
            "find -printf: " + Stats.millis(them),
            "<= 1.2x find",
            ratio <= 1.2));
  }
}
