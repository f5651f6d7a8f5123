package io.github.osf4j.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

final class EmulatorMainTest {

  private static String runBad(String... args) {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int code =
        EmulatorMain.run(
            args,
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    assertThat(code).isEqualTo(2);
    assertThat(out.size()).isZero();
    return err.toString(StandardCharsets.UTF_8);
  }

  @Test
  void badFlagsExitWith2AndAClearMessage() {
    assertThat(runBad("--token", "t")).contains("--port is required").contains("usage:");
    assertThat(runBad("--port", "0")).contains("--token is required");
    assertThat(runBad("--port", "x", "--token", "t")).contains("--port must be an integer");
    assertThat(runBad("--port", "0", "--token", "t", "--bogus", "1")).contains("unknown flag");
    assertThat(runBad("--port", "0", "--token", "t", "--fail-rate", "2")).contains("--fail-rate");
    assertThat(runBad("--port", "0", "--token", "t", "--user", "nocolon"))
        .contains("EMAIL:PASSWORD");
    assertThat(runBad("--port", "0", "--token", "t", "--otp-secret", "!!")).contains("base32");
    assertThat(runBad("--port", "0", "--token")).contains("missing value");
    assertThat(runBad("--port", "0", "--token", "t", "--region", "us")).contains("--region");
    assertThat(runBad("--port", "0", "--token", "t", "--region", "DE!")).contains("--region");
    assertThat(runBad("--port", "0", "--token", "t", "--private-quota", "0"))
        .contains("--private-quota must be at least 1");
    assertThat(runBad("--port", "0", "--token", "t", "--public-quota", "x"))
        .contains("--public-quota must be an integer");
    assertThat(runBad("--port", "0", "--token", "t", "--storage-202", "-1"))
        .contains("--storage-202 must be >= 0");
  }

  /** Captures the first line printed and signals it. */
  private static final class LineCatcher extends OutputStream {
    final ByteArrayOutputStream buf = new ByteArrayOutputStream();
    final CountDownLatch line = new CountDownLatch(1);

    @Override
    public synchronized void write(int b) {
      buf.write(b);
      if (b == '\n') {
        line.countDown();
      }
    }
  }

  @Test
  void runPrintsOneJsonLineAndServesUntilInterrupted() throws Exception {
    LineCatcher out = new LineCatcher();
    int[] code = {-1};
    Thread t =
        new Thread(
            () ->
                code[0] =
                    EmulatorMain.run(
                        new String[] {
                          "--port",
                          "0",
                          "--token",
                          "tok",
                          "--user",
                          "a@b.c:pw",
                          "--latency-ms",
                          "1",
                          "--fail-rate",
                          "0",
                          "--seed",
                          "3",
                          "--region",
                          "de1",
                          "--private-quota",
                          "1000000",
                          "--public-quota",
                          "2000000",
                          "--storage-202",
                          "1"
                        },
                        new PrintStream(out, true, StandardCharsets.UTF_8),
                        System.err));
    t.start();
    assertThat(out.line.await(30, TimeUnit.SECONDS)).isTrue();
    JsonNode line = Http.JSON.readTree(out.buf.toString(StandardCharsets.UTF_8));
    String api = line.path("api").asText();
    assertThat(api).matches("http://127\\.0\\.0\\.1:\\d+/v2/");
    assertThat(line.path("files").asText()).isEqualTo(api.replace("/v2/", "/v1/"));
    assertThat(line.path("token").asText()).isEqualTo("tok");
    assertThat(line.path("regions").path("us").asText()).isEqualTo(line.path("files").asText());
    assertThat(line.path("regions").path("de1").asText())
        .matches("http://127\\.0\\.0\\.1:\\d+/v1/")
        .isNotEqualTo(line.path("files").asText());
    int port = Integer.parseInt(api.replaceAll(".*:(\\d+)/v2/", "$1"));
    Http.Res me = get(port, "/v2/users/me/");
    assertThat(me.status()).isEqualTo(200);
    t.interrupt();
    t.join(TimeUnit.SECONDS.toMillis(30));
    assertThat(code[0]).isZero();
  }

  private static Http.Res get(int port, String path) throws IOException, InterruptedException {
    var req =
        java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://127.0.0.1:" + port + path))
            .header("Authorization", "Bearer tok")
            .build();
    return new Http.Res(
        java.net.http.HttpClient.newHttpClient()
            .send(req, java.net.http.HttpResponse.BodyHandlers.ofByteArray()));
  }
}
