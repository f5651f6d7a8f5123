package io.github.osf4j.reliability;

import static java.util.Objects.requireNonNull;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.osf4j.core.AccessToken;
import io.github.osf4j.core.Entry;
import io.github.osf4j.core.RemoteStorage;
import io.github.osf4j.core.SyncReport;
import io.github.osf4j.core.TransferListener;
import io.github.osf4j.core.sync.Project;
import io.github.osf4j.http.OsfHttp;
import io.github.osf4j.http.OsfHttpConfig;
import io.github.osf4j.testkit.Fault;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Suite 4: the token stays secret, plain http only on loopback, no credentials on redirects. */
final class SecurityTest {

  @Test
  void tokenFileIsReadableByItsOwnerOnly(@TempDir Path home) throws IOException {
    try (Rig rig = Rig.start(home, 1)) {
      rig.create().close();
      Path file = rig.configDir.resolve("tokens.json");
      assertThat(file).exists();
      assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
          .isEqualTo("rw-------");
    }
  }

  @Test
  void sentinelTokenNeverLeaks(@TempDir Path home) throws IOException {
    PrintStream stdout = System.out;
    PrintStream stderr = System.err;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    PrintStream capture = new PrintStream(captured, true, StandardCharsets.UTF_8);
    LogCapture logs = new LogCapture();
    Logger rootLogger = Logger.getLogger("");
    Level level = rootLogger.getLevel();
    List<String> texts = new ArrayList<>();
    System.setOut(capture);
    System.setErr(capture);
    rootLogger.addHandler(logs);
    rootLogger.setLevel(Level.ALL);
    try (Rig rig = Rig.start(home, 2)) {
      rig.server.putFile(rig.projectId, "a/remote.txt", "remote".getBytes(StandardCharsets.UTF_8));
      Files.writeString(rig.root.resolve("local.txt"), "local");
      try (Project p = rig.create()) {
        SyncReport report = p.apply();
        texts.add(report.toString());
      }
      texts.add(rig.token.toString());
      texts.add(new AccessToken(Rig.TOKEN).toString());
      // Failures on the way: a listing cut off, uploads refused, then the token refused.
      rig.server.faults().add(Fault.resetMidBody().onMethod("GET"));
      Files.writeString(rig.root.resolve("second.txt"), "second");
      texts.add(failureText(rig));
      rig.server.faults().clear().add(Fault.status(401));
      texts.add(failureText(rig));
      texts.add(Files.readString(rig.projectFile));
      texts.add(captured.toString(StandardCharsets.UTF_8));
      texts.addAll(logs.lines);
    } finally {
      System.setOut(stdout);
      System.setErr(stderr);
      rootLogger.removeHandler(logs);
      rootLogger.setLevel(level);
    }
    assertThat(texts).hasSizeGreaterThan(6);
    assertThat(String.join("\n", texts)).doesNotContain(Rig.TOKEN);
  }

  /** Everything a failed sync lets the caller see: messages, causes, stack traces. */
  private static String failureText(Rig rig) {
    try (Project p = rig.open()) {
      return p.apply().toString();
    } catch (IOException | RuntimeException e) {
      StringWriter w = new StringWriter();
      e.printStackTrace(new PrintWriter(w));
      return w.toString();
    }
  }

  @Test
  void plainHttpIsRefusedForHostsOtherThanLoopback() {
    OsfHttpConfig base = OsfHttpConfig.defaults();
    for (String url :
        List.of(
            "http://api.osf.io/v2/",
            "http://127.0.0.1.nip.io/v2/",
            "http://localhost.example.org/v2/",
            "http://10.0.0.1/v2/",
            "http://[::ffff:8.8.8.8]/v2/",
            "http://0x7f000001/v2/",
            "ftp://127.0.0.1/v2/")) {
      assertThatThrownBy(
              () -> base.toBuilder().urls(URI.create(url), OsfHttpConfig.OSF_FILES).build())
          .as(url)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("http");
      assertThatThrownBy(
              () -> base.toBuilder().urls(OsfHttpConfig.OSF_API, URI.create(url)).build())
          .as(url)
          .isInstanceOf(IllegalArgumentException.class);
    }
    for (String url : List.of("http://127.0.0.1:8000/v2/", "http://localhost/v2/", "https://x/")) {
      assertThat(
              base.toBuilder().urls(URI.create(url), URI.create(url)).build().apiUrl().toString())
          .startsWith(url.substring(0, 8));
    }
  }

  @Test
  void redirectToAnotherHostCarriesNoAuthorization(@TempDir Path home) throws IOException {
    try (Rig rig = Rig.start(home, 3)) {
      byte[] content = "redirected body".getBytes(StandardCharsets.UTF_8);
      rig.server.putFile(rig.projectId, "r.txt", content);
      String emulator = "http://127.0.0.1:" + rig.server.port();
      try (Interposer other = new Interposer("127.0.0.2", emulator, (m, p) -> null, s -> s);
          Interposer front =
              new Interposer(
                  "127.0.0.1", emulator, (m, p) -> downloadRedirect(m, p, other), s -> s)) {
        other.withUpstreamToken(Rig.TOKEN);
        RemoteStorage remote =
            OsfHttp.remoteStorage(
                Rig.httpConfig(rig.server).toBuilder()
                    .urls(URI.create(front.base() + "/v2/"), URI.create(front.base() + "/v1/"))
                    .build(),
                () -> Optional.of(new AccessToken(Rig.TOKEN)));
        Entry entry = Trees.remoteFiles(remote, rig.projectId).get("r.txt");
        assertThat(entry).isNotNull();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        remote.download(rig.projectId, requireNonNull(entry), out, TransferListener.NONE);
        assertThat(out.toByteArray()).isEqualTo(content);
        assertThat(front.seen()).anyMatch(h -> h.containsKey("authorization"));
        assertThat(other.seen()).as("requests that reached 127.0.0.2").isNotEmpty();
        assertThat(other.seen()).noneMatch(h -> h.containsKey("authorization"));
        assertThat(other.seen().toString()).doesNotContain(Rig.TOKEN);
      }
    }
  }

  private static Interposer.@org.jspecify.annotations.Nullable Reply downloadRedirect(
      String method, String path, Interposer other) {
    boolean download = method.equals("GET") && path.startsWith("/v1/") && !path.endsWith("/");
    return download ? Interposer.redirect(other.base() + path) : null;
  }

  /** Collects every log record's formatted text. */
  private static final class LogCapture extends Handler {
    final List<String> lines = java.util.Collections.synchronizedList(new ArrayList<>());

    @Override
    public void publish(LogRecord r) {
      lines.add(r.getLoggerName() + " " + r.getMessage() + " " + r.getThrown());
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}
  }
}
