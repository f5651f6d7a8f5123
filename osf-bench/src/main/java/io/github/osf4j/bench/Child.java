package io.github.osf4j.bench;

import io.github.osf4j.core.AccessToken;
import io.github.osf4j.core.Content;
import io.github.osf4j.core.Entry;
import io.github.osf4j.core.LocalFiles;
import io.github.osf4j.core.ProjectConfig;
import io.github.osf4j.core.ProjectStore;
import io.github.osf4j.core.RelPath;
import io.github.osf4j.core.RemoteStorage;
import io.github.osf4j.core.SyncReport;
import io.github.osf4j.core.TokenSource;
import io.github.osf4j.core.TransferListener;
import io.github.osf4j.core.local.NioLocalFiles;
import io.github.osf4j.core.sync.Project;
import io.github.osf4j.core.sync.Session;
import io.github.osf4j.http.OsfHttp;
import io.github.osf4j.http.OsfHttpConfig;
import io.github.osf4j.store.json.JsonStores;
import io.github.osf4j.testkit.fakes.InMemoryTokenStore;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The osf4j side of the transfer and sync benches, run in a child JVM so that its peak RSS and CPU
 * time are its own. Prints one line of {@code key=value} pairs. The token comes from the
 * environment variable {@value #TOKEN_VARIABLE}, never from the command line.
 */
public final class Child {
  static final String TOKEN_VARIABLE = "OSF4J_BENCH_TOKEN";

  private Child() {}

  /**
   * {@code transfer API FILES PROJECT LOCAL_FILE REMOTE_NAME DOWNLOAD_TO} or {@code sync API FILES
   * PROJECT USER_ID ROOT PROJECT_FILE [REPEAT]}: a sync run REPEAT times in this JVM, the first
   * reported as {@code wall_ns}/{@code cpu_ns}, the last as {@code warm_wall_ns}/{@code
   * warm_cpu_ns}.
   */
  public static void main(String[] args) throws IOException {
    String value = System.getenv(TOKEN_VARIABLE);
    if (value == null || args.length < 7) {
      System.err.println("usage: Child transfer|sync ... (token in " + TOKEN_VARIABLE + ")");
      System.exit(2);
      return;
    }
    AccessToken token = new AccessToken(value);
    String line =
        switch (args[0]) {
          case "transfer" -> transfer(args, token);
          case "sync" -> sync(args, token);
          default -> throw new IllegalArgumentException("unknown mode " + args[0]);
        };
    System.out.println(line + " hwm_kib=" + peakRssKib());
  }

  private static String transfer(String[] a, AccessToken token) throws IOException {
    RemoteStorage remote =
        OsfHttp.remoteStorage(Emulator.config(a[1], a[2]), TokenSource.of(token));
    Path file = Path.of(a[4]);
    Path folder = file.toAbsolutePath().getParent();
    if (folder == null) {
      throw new IOException("no folder: " + file);
    }
    LocalFiles local = NioLocalFiles.of(folder);
    RelPath name = RelPath.of(String.valueOf(file.getFileName()));
    // Untimed, as in a sync: log in and list the project, and the scan hashes the file, before
    // the plan uploads it.
    remote.whoAmI();
    remote.list(a[3]);
    String scanned =
        local
            .stat(name)
            .map(Entry::sha256)
            .orElseThrow(() -> new IOException("the scan found no hash for " + file));
    long start = System.nanoTime();
    Entry sent =
        remote.upload(
            a[3],
            null,
            a[5],
            Content.withKnownSha256(local.read(name), scanned),
            TransferListener.NONE);
    long upload = System.nanoTime() - start;
    start = System.nanoTime();
    try (OutputStream out = Files.newOutputStream(Path.of(a[6]))) {
      remote.download(a[3], sent, out, TransferListener.NONE);
    }
    long download = System.nanoTime() - start;
    // Last, so that upload and download follow each other as curl's do (the disk's write-back
    // of an extra 1 GiB would otherwise slow the download).
    start = System.nanoTime();
    remote.upload(a[3], null, "plain-" + a[5], local.read(name), TransferListener.NONE);
    long plain = System.nanoTime() - start;
    return "upload_ns="
        + upload
        + " plain_upload_ns="
        + plain
        + " download_ns="
        + download
        + " bytes="
        + sent.size();
  }

  private static String sync(String[] a, AccessToken token) throws IOException {
    int repeat = a.length > 7 ? Integer.parseInt(a[7]) : 1;
    String first = "";
    String last = "";
    for (int i = 0; i < repeat; i++) {
      long cpu0 = cpuNanos();
      long start = System.nanoTime();
      SyncReport report = syncOnce(a, token);
      long wall = System.nanoTime() - start;
      long cpu = cpuNanos() - cpu0;
      last = " warm_wall_ns=" + wall + " warm_cpu_ns=" + cpu;
      if (i == 0) {
        first =
            "wall_ns="
                + wall
                + " cpu_ns="
                + cpu
                + " done="
                + report.done().size()
                + " failed="
                + report.failed().size()
                + " skipped="
                + report.skipped().size();
      }
    }
    return first + last;
  }

  private static SyncReport syncOnce(String[] a, AccessToken token) throws IOException {
    OsfHttpConfig http = Emulator.config(a[1], a[2]);
    Session session =
        Session.builder(OsfHttp.connector(http), new InMemoryTokenStore())
            .server(http.server())
            .build();
    session.login(token);
    ProjectStore store = JsonStores.projectStore(Path.of(a[6]));
    try (Project project = open(session, store, a)) {
      return project.apply();
    }
  }

  private static Project open(Session session, ProjectStore store, String[] a) throws IOException {
    if (store.exists()) {
      return session.openProject(store);
    }
    ProjectConfig config =
        new ProjectConfig(a[1], a[2], a[3], "osf4j bench", a[4], "", a[5], List.of());
    return session.createProject(store, config);
  }

  private static long cpuNanos() {
    java.lang.management.OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
    if (os instanceof com.sun.management.OperatingSystemMXBean sun) {
      return sun.getProcessCpuTime();
    }
    return -1;
  }

  /** VmHWM of this process from /proc/self/status, in KiB (-1 where there is no /proc). */
  static long peakRssKib() throws IOException {
    Path status = Path.of("/proc/self/status");
    if (!Files.exists(status)) {
      return -1;
    }
    for (String line : Files.readAllLines(status, StandardCharsets.UTF_8)) {
      if (line.startsWith("VmHWM:")) {
        return Long.parseLong(line.replaceAll("[^0-9]", ""));
      }
    }
    return -1;
  }
}
