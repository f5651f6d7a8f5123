package io.github.osf4j.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Paths;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Bodies stream to disk: a file 4x the emulator's maximum heap goes up and down. */
final class StreamingTest {
  private static final long SIZE = 64L * 1024 * 1024;
  private static final String HEAP = "-Xmx16m";

  private static final byte[] BLOCK = block();

  private static byte[] block() {
    byte[] b = new byte[65_521];
    new java.util.Random(7).nextBytes(b);
    return b;
  }

  /** SIZE deterministic bytes (a repeated random block of prime length), never held whole. */
  private static final class Pattern extends InputStream {
    private long pos;

    @Override
    public int read() {
      return pos < SIZE ? BLOCK[(int) (pos++ % BLOCK.length)] & 0xff : -1;
    }

    @Override
    public int read(byte[] b, int off, int len) {
      if (pos >= SIZE) {
        return -1;
      }
      int at = (int) (pos % BLOCK.length);
      int n = (int) Math.min(Math.min(len, SIZE - pos), BLOCK.length - at);
      System.arraycopy(BLOCK, at, b, off, n);
      pos += n;
      return n;
    }
  }

  @Test
  void aFileFourTimesTheHeapUploadsAndDownloads() throws Exception {
    String java = Paths.get(System.getProperty("java.home"), "bin", "java").toString();
    Process proc =
        new ProcessBuilder(
                List.of(
                    java,
                    HEAP,
                    "-cp",
                    System.getProperty("java.class.path"),
                    EmulatorMain.class.getName(),
                    "--port",
                    "0",
                    "--token",
                    "big"))
            .redirectError(ProcessBuilder.Redirect.INHERIT)
            .start();
    try {
      BufferedReader out =
          new BufferedReader(new InputStreamReader(proc.getInputStream(), StandardCharsets.UTF_8));
      JsonNode urls = Http.JSON.readTree(out.readLine());
      String api = urls.path("api").asText();
      HttpClient client = HttpClient.newHttpClient();
      HttpResponse<String> node =
          client.send(
              HttpRequest.newBuilder(URI.create(api + "nodes/"))
                  .header("Authorization", "Bearer big")
                  .POST(
                      HttpRequest.BodyPublishers.ofString(
                          "{\"data\":{\"type\":\"nodes\",\"attributes\":{\"title\":\"big\"}}}"))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      String nodeId = Http.JSON.readTree(node.body()).at("/data/id").asText();
      String root = urls.path("files").asText() + "resources/" + nodeId + "/providers/osfstorage/";
      HttpResponse<String> up =
          client.send(
              HttpRequest.newBuilder(URI.create(root + "?kind=file&name=big.bin"))
                  .header("Authorization", "Bearer big")
                  .PUT(
                      HttpRequest.BodyPublishers.fromPublisher(
                          HttpRequest.BodyPublishers.ofInputStream(Pattern::new), SIZE))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(up.statusCode()).as(up.body()).isEqualTo(201);
      JsonNode entity = Http.JSON.readTree(up.body()).path("data");
      String expected = sha256(new Pattern());
      assertThat(entity.at("/attributes/extra/hashes/sha256").asText()).isEqualTo(expected);
      HttpResponse<InputStream> down =
          client.send(
              HttpRequest.newBuilder(URI.create(entity.at("/links/download").asText()))
                  .header("Authorization", "Bearer big")
                  .build(),
              HttpResponse.BodyHandlers.ofInputStream());
      assertThat(down.statusCode()).isEqualTo(200);
      try (InputStream body = down.body()) {
        assertThat(sha256(body)).isEqualTo(expected);
      }
    } finally {
      proc.destroy();
      proc.waitFor(30, TimeUnit.SECONDS);
    }
  }

  private static String sha256(InputStream in) throws Exception {
    MessageDigest md = MessageDigest.getInstance("SHA-256");
    byte[] buf = new byte[1 << 16];
    int n;
    while ((n = in.read(buf)) >= 0) {
      md.update(buf, 0, n);
    }
    return HexFormat.of().formatHex(md.digest());
  }
}
