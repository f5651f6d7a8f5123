package io.github.osf4j.bench;

import io.github.osf4j.testkit.Fault;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * 6. Start time, whole processes: {@code osf4j --version} from the release image (unpacked from
 * {@code osf4j-dist/target}) beside {@code java -version}, the zip and the checkout's launcher for
 * context, and {@code osf4j whoami} against the emulator with a fixed latency beside curl making
 * the same request.
 */
final class StartBench {
  /** About the time one OSF API request takes from a researcher's desk. */
  static final Duration LATENCY = Duration.ofMillis(200);

  private final Options options;
  private final Report report;

  StartBench(Options options, Report report) {
    this.options = options;
    this.report = report;
  }

  void run() throws IOException {
    Path dir = options.work().resolve("start");
    Files.createDirectories(dir);
    Path image = unpack(find("-linux-x64.tar.gz"), dir.resolve("image"), "tar", "-xzf");
    Path zip = unpack(find(".zip"), dir.resolve("zip"), "unzip", "-q");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    String imageCommand = image.resolve("bin/osf4j").toString();
    String zipCommand = zip.resolve("bin/osf4j").toString();
    report.note("start: " + options.runs() + " runs of each command, after one untimed run");

    long javaVersion = median(List.of(java, "-version"), Map.of());
    long imageVersion = median(List.of(imageCommand, "--version"), Map.of());
    double ratio = (double) imageVersion / javaVersion;
    report.add(
        new Row(
            "6 start",
            "osf4j --version, release image (whole process)",
            Stats.millis(imageVersion) + " (" + Stats.ratio(ratio) + ")",
            "java -version: " + Stats.millis(javaVersion),
            "<= 2x java -version",
            ratio <= 2));
    long zipVersion =
        median(
            List.of(zipCommand, "--version"), Map.of("JAVA_HOME", System.getProperty("java.home")));
    report.add(
        Row.info(
            "6 start",
            "osf4j --version, zip on this Java",
            Stats.millis(zipVersion) + " (" + Stats.ratio((double) zipVersion / javaVersion) + ")",
            "java -version: " + Stats.millis(javaVersion)));
    Path checkout = Path.of("osf4j").toAbsolutePath();
    if (Files.isExecutable(checkout)) {
      long checkoutVersion = median(List.of(checkout.toString(), "--version"), Map.of());
      report.add(
          Row.info(
              "6 start",
              "./osf4j --version, checkout launcher (staleness check included)",
              Stats.millis(checkoutVersion)
                  + " ("
                  + Stats.ratio((double) checkoutVersion / javaVersion)
                  + ")",
              "java -version: " + Stats.millis(javaVersion)));
    }
    whoami(dir, imageCommand);
  }

  private void whoami(Path dir, String command) throws IOException {
    Path headers = dir.resolve("curl-headers");
    try (Emulator emulator = new Emulator(dir.resolve("emulator"))) {
      emulator.server().faults().add(Fault.latency(LATENCY));
      Files.writeString(headers, "Authorization: Bearer " + emulator.token() + "\n");
      Files.setPosixFilePermissions(headers, PosixFilePermissions.fromString("rw-------"));
      String api = emulator.server().apiUrl();
      long ours =
          median(
              List.of(
                  command,
                  "whoami",
                  "--api-url",
                  api,
                  "--files-url",
                  emulator.server().filesUrl(),
                  "--config-dir",
                  dir.resolve("config").toString()),
              Map.of("OSF_TOKEN", emulator.token()));
      long curl =
          median(List.of("curl", "-sS", "-f", "-H", "@" + headers, api + "users/me/"), Map.of());
      report.add(
          Row.info(
              "6 start",
              "osf4j whoami, release image, 1 request at " + LATENCY.toMillis() + " ms",
              Stats.millis(ours) + " (request " + Math.round(100.0 * curl / ours) + "% of it)",
              "curl, same request: " + Stats.millis(curl)));
    } finally {
      Files.deleteIfExists(headers);
    }
  }

  private long median(List<String> command, Map<String, String> env) throws IOException {
    Shell.time(command, env);
    long[] times = new long[options.runs()];
    for (int i = 0; i < times.length; i++) {
      times[i] = Shell.time(command, env);
    }
    return Stats.median(times);
  }

  /** The release artifact ending in {@code suffix} in osf4j-dist/target. */
  private static Path find(String suffix) throws IOException {
    Path target = Path.of("osf4j-dist", "target");
    if (Files.isDirectory(target)) {
      try (DirectoryStream<Path> files = Files.newDirectoryStream(target, "osf4j-*" + suffix)) {
        for (Path file : files) {
          return file;
        }
      }
    }
    throw new IOException(
        "no osf4j-dist/target/osf4j-*"
            + suffix
            + ": build the release artifacts first (mvn -B -pl osf4j-dist -am package)");
  }

  /** Unpacks an artifact into {@code into} and returns its single top folder. */
  private static Path unpack(Path artifact, Path into, String tool, String flag)
      throws IOException {
    Files.createDirectories(into);
    List<String> command = new ArrayList<>(List.of(tool, flag, artifact.toString()));
    command.addAll(
        tool.equals("tar") ? List.of("-C", into.toString()) : List.of("-d", into.toString()));
    Shell.time(command);
    try (DirectoryStream<Path> top = Files.newDirectoryStream(into)) {
      for (Path folder : top) {
        return folder;
      }
    }
    throw new IOException(artifact + " is empty");
  }
}
