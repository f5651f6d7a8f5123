package io.github.osf4j.bench;

import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What to run: the benches picked, the scale (1.0 = the sizes of issue 7), the timed runs per
 * figure (the median is reported) and the scratch folder.
 */
record Options(Set<String> benches, double scale, int runs, Path work, boolean keep) {
  static final List<String> ALL = List.of("scan", "hash", "list", "transfer", "sync", "start");

  static final String USAGE =
      "usage: bench/run [--quick | --scale X] [--only scan,hash,list,transfer,sync,start] [--runs N]"
          + " [--work DIR] [--keep]\n"
          + "  --quick is --scale 0.01; --runs N timed runs per figure (median, default 3);\n"
          + "  --work DIR scratch folder (default /tmp/osf4j-bench-PID, deleted afterwards unless"
          + " --keep)";

  Options {
    benches = Set.copyOf(benches);
    if (scale <= 0 || scale > 1) {
      throw new IllegalArgumentException("--scale must be in (0, 1]");
    }
    if (runs < 1) {
      throw new IllegalArgumentException("--runs must be at least 1");
    }
  }

  /** Parses the command line; throws IllegalArgumentException with the reason. */
  static Options parse(String[] args) {
    Set<String> benches = new LinkedHashSet<>(ALL);
    double scale = 1.0;
    int runs = 3;
    Path work = Path.of("/tmp/osf4j-bench-" + ProcessHandle.current().pid());
    boolean keep = false;
    for (int i = 0; i < args.length; i++) {
      String flag = args[i];
      switch (flag) {
        case "--quick" -> scale = 0.01;
        case "--keep" -> keep = true;
        case "--scale" -> scale = Double.parseDouble(value(args, ++i, flag));
        case "--runs" -> runs = Integer.parseInt(value(args, ++i, flag));
        case "--work" -> work = Path.of(value(args, ++i, flag));
        case "--only" -> benches = only(value(args, ++i, flag));
        default -> throw new IllegalArgumentException("unknown flag " + flag);
      }
    }
    return new Options(benches, scale, runs, work, keep);
  }

  private static Set<String> only(String list) {
    Set<String> picked = new LinkedHashSet<>();
    for (String name : list.split(",", -1)) {
      if (!ALL.contains(name.trim())) {
        throw new IllegalArgumentException("unknown bench " + name + "; pick from " + ALL);
      }
      picked.add(name.trim());
    }
    return picked;
  }

  private static String value(String[] args, int i, String flag) {
    if (i >= args.length) {
      throw new IllegalArgumentException("missing value for " + flag);
    }
    return args[i];
  }

  /** {@code n} scaled, at least {@code min}. */
  int scaled(long n, long min) {
    return (int) Math.max(min, Math.round(n * scale));
  }

  long scaledBytes(long n, long min) {
    return Math.max(min, Math.round(n * scale));
  }

  boolean picked(String bench) {
    return benches.contains(bench);
  }
}
