package io.github.osf4j.bench;

import io.github.osf4j.core.Snapshot;
import io.github.osf4j.core.local.NioLocalFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * 2. First-time hashing (a scan with an empty base: MD5 and SHA-256 in one pass) of many 64 KiB
 * files and of one big file, beside {@code md5sum} and {@code sha256sum} on the same files. The
 * many files go to each tool as {@code find -print0 | xargs -0 TOOL} (one pipeline; xargs starts
 * one tool process per ~128 KiB of names, run one after another).
 */
final class HashBench {
  private final Options options;
  private final Report report;

  HashBench(Options options, Report report) {
    this.options = options;
    this.report = report;
  }

  void run() throws IOException {
    int files = options.scaled(10_000, 50);
    Tree tree = Tree.of(Math.max(1, files / 100), files, 64 * 1024);
    Path many = options.work().resolve("hash-many");
    report.note("hash: writing " + files + " files of 64 KiB");
    tree.write(many, 2);
    String dir = Shell.quote(many);
    measure(
        "many",
        many,
        tree.totalBytes(),
        "find " + dir + " -type f -print0 | xargs -0 md5sum",
        "find " + dir + " -type f -print0 | xargs -0 sha256sum",
        1.6);
    long big = options.scaledBytes(1L << 30, 8L << 20);
    Path bigDir = options.work().resolve("hash-big");
    Path bigFile = bigDir.resolve("big.bin");
    report.note("hash: writing one file of " + Stats.mib(big));
    Tree.writeBig(bigFile, big, 3);
    String file = Shell.quote(bigFile);
    measure("one big", bigDir, big, "md5sum " + file, "sha256sum " + file, 0.9);
    Files.delete(bigFile);
  }

  private void measure(String what, Path root, long bytes, String md5, String sha, double target)
      throws IOException {
    NioLocalFiles local = NioLocalFiles.of(root);
    local.scan(Snapshot.empty());
    Shell.bash(md5);
    Shell.bash(sha);
    int runs = options.runs();
    long[] ours = new long[runs];
    long[] md5s = new long[runs];
    long[] shas = new long[runs];
    for (int i = 0; i < runs; i++) {
      long start = System.nanoTime();
      local.scan(Snapshot.empty());
      ours[i] = System.nanoTime() - start;
      md5s[i] = Shell.bash(md5);
      shas[i] = Shell.bash(sha);
    }
    long us = Stats.median(ours);
    long m = Stats.median(md5s);
    long s = Stats.median(shas);
    double vsMd5 = Stats.mbps(bytes, us) / Stats.mbps(bytes, m);
    double vsSha = Stats.mbps(bytes, us) / Stats.mbps(bytes, s);
    String label = "hash " + what + " (" + Stats.mib(bytes) + "), md5+sha256";
    report.add(
        new Row(
            "2 hash",
            label + " vs md5sum",
            Stats.mbpsText(bytes, us) + " (" + Stats.ratio(vsMd5) + ")",
            "md5sum: " + Stats.mbpsText(bytes, m),
            ">= " + target + "x md5sum",
            vsMd5 >= target));
    report.add(
        Row.info(
            "2 hash",
            label + " vs sha256sum",
            Stats.mbpsText(bytes, us) + " (" + Stats.ratio(vsSha) + ")",
            "sha256sum: " + Stats.mbpsText(bytes, s)));
  }
}
