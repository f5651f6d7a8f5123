package io.github.osf4j.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * 4. Upload and download of one big file through the emulator (no latency): osf4j in a child JVM
 * ({@code RemoteStorage.upload} / {@code download}, peak RSS from VmHWM) beside {@code curl -T} /
 * {@code curl -o} on the same file and server. As in a sync, the child logs in, lists the project
 * and hashes the file (untimed) before the timed upload, which passes the scan's hash, and the
 * download; a last upload without a known hash (hashed while sending) is shown for information. The
 * token reaches curl in a header file, never on its command line.
 */
final class TransferBench {
  private final Options options;
  private final Report report;

  TransferBench(Options options, Report report) {
    this.options = options;
    this.report = report;
  }

  void run() throws IOException {
    long size = options.scaledBytes(1L << 30, 8L << 20);
    Path dir = options.work().resolve("transfer");
    Path file = dir.resolve("big.bin");
    Path received = dir.resolve("received.bin");
    report.note("transfer: writing one file of " + Stats.mib(size));
    Tree.writeBig(file, size, 5);
    Path headers = dir.resolve("curl-headers");
    try (Emulator emulator = new Emulator(options.work().resolve("transfer-emulator"))) {
      Files.writeString(headers, "Authorization: Bearer " + emulator.token() + "\n");
      Files.setPosixFilePermissions(headers, PosixFilePermissions.fromString("rw-------"));
      measure(emulator, file, received, headers, size);
    } finally {
      Files.deleteIfExists(headers);
      Files.deleteIfExists(received);
      Files.deleteIfExists(file);
    }
  }

  private void measure(Emulator emulator, Path file, Path received, Path headers, long size)
      throws IOException {
    int runs = options.runs();
    long[] up = new long[runs];
    long[] plain = new long[runs];
    long[] down = new long[runs];
    long[] curlUp = new long[runs];
    long[] curlDown = new long[runs];
    long hwm = 0;
    for (int i = 0; i < runs; i++) {
      Map<String, Long> ours =
          ChildJvm.run(
              emulator.token(),
              List.of(
                  "transfer",
                  emulator.server().apiUrl(),
                  emulator.server().filesUrl(),
                  emulator.projectId(),
                  file.toString(),
                  "osf4j-" + i + ".bin",
                  received.toString()));
      up[i] = ChildJvm.get(ours, "upload_ns");
      plain[i] = ChildJvm.get(ours, "plain_upload_ns");
      down[i] = ChildJvm.get(ours, "download_ns");
      hwm = Math.max(hwm, ChildJvm.get(ours, "hwm_kib"));
      Files.deleteIfExists(received);
      String name = "curl-" + i + ".bin";
      String server = "http://127.0.0.1:" + emulator.server().port() + "/";
      String folder = "/v1/resources/" + emulator.projectId() + "/providers/osfstorage/";
      // --request-target: with -T, curl would append the local file name to a path ending in "/".
      curlUp[i] =
          Shell.time(
              curl(
                  headers,
                  List.of(
                      "-T",
                      file.toString(),
                      "--request-target",
                      folder + "?kind=file&name=" + name),
                  server));
      String id =
          emulator
              .server()
              .fileId(emulator.projectId(), name)
              .orElseThrow(() -> new IOException("curl's upload is not on the server"));
      curlDown[i] =
          Shell.time(
              curl(headers, List.of("-o", received.toString()), server + folder.substring(1) + id));
      if (Files.size(received) != size) {
        throw new IOException("curl received " + Files.size(received) + " bytes");
      }
      Files.deleteIfExists(received);
    }
    add(
        "upload (hash known from the scan)",
        size,
        Stats.median(up),
        Stats.median(curlUp),
        "curl -T");
    long plainUp = Stats.median(plain);
    long curlUpMedian = Stats.median(curlUp);
    report.add(
        Row.info(
            "4 transfer",
            "upload " + Stats.mib(size) + ", hashed while sending (no known hash)",
            Stats.mbpsText(size, plainUp)
                + " ("
                + Stats.ratio(Stats.mbps(size, plainUp) / Stats.mbps(size, curlUpMedian))
                + ")",
            "curl -T: " + Stats.mbpsText(size, curlUpMedian)));
    add("download", size, Stats.median(down), Stats.median(curlDown), "curl -o");
    long limit = 150L << 20;
    report.add(
        new Row(
            "4 transfer",
            "peak RSS of the osf4j JVM (VmHWM, max of runs)",
            Stats.mib(hwm * 1024),
            "JVM flags: "
                + (ChildJvm.FLAGS.isEmpty() ? "defaults" : String.join(" ", ChildJvm.FLAGS)),
            "< 150 MiB",
            hwm * 1024 < limit));
  }

  private void add(String what, long size, long ours, long curl, String tool) {
    double ratio = Stats.mbps(size, ours) / Stats.mbps(size, curl);
    report.add(
        new Row(
            "4 transfer",
            what + " " + Stats.mib(size),
            Stats.mbpsText(size, ours) + " (" + Stats.ratio(ratio) + ")",
            tool + ": " + Stats.mbpsText(size, curl),
            ">= 1.0x curl",
            ratio >= 1.0));
  }

  private static List<String> curl(Path headers, List<String> flags, String url) {
    List<String> command =
        new ArrayList<>(List.of("curl", "-sS", "-f", "-H", "@" + headers, "-H", "Expect:"));
    command.addAll(flags);
    command.add(url);
    return command;
  }
}
