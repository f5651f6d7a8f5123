package io.github.osf4j.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

final class FaultsTest {
  private final Osf osf = new Osf();
  private final Http http = osf.http;
  private final Faults faults = osf.server.faults();

  @AfterEach
  void stop() {
    osf.close();
  }

  private List<Integer> statuses(String path, int n) {
    List<Integer> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(http.get(path).status());
    }
    return out;
  }

  @Test
  void throttleEveryThirdRequestWithRetryAfter() {
    faults.add(Fault.tooManyRequests(7).everyNth(3));
    assertThat(statuses("/v2/users/me/", 6)).containsExactly(200, 200, 429, 200, 200, 429);
    http.get("/v2/users/me/");
    http.get("/v2/users/me/");
    Http.Res r = http.get("/v2/users/me/");
    assertThat(r.header("Retry-After")).isEqualTo("7");
    assertThat(r.json().at("/errors/0/detail").asText())
        .isEqualTo("Request was throttled. Expected available in 7 seconds.");
  }

  @Test
  void throttleAboveARate() {
    Instant t = Instant.parse("2026-01-01T00:00:00Z");
    try (Osf fixed =
        new Osf(FakeOsfServer.builder().token(Osf.TOKEN).clock(Clock.fixed(t, ZoneOffset.UTC)))) {
      fixed.server.faults().add(Fault.tooManyRequests(1).aboveRate(2, Duration.ofSeconds(1)));
      List<Integer> got = new ArrayList<>();
      for (int i = 0; i < 4; i++) {
        got.add(fixed.http.get("/v2/users/me/").status());
      }
      assertThat(got).containsExactly(200, 200, 429, 429);
    }
  }

  @Test
  void serverErrorOnlyTheNextKTimesAndOnlyMatchingRequests() {
    String p = osf.server.createProject("p");
    String id = osf.upload(p, "/", "a.txt", "x");
    faults.add(Fault.status(502).onMethod("GET").onPath(".*/v1/resources/.*").times(2));
    assertThat(http.get("/v2/users/me/").status()).isEqualTo(200);
    Http.Res first = http.get(osf.wb(p, "/" + id));
    assertThat(first.status()).isEqualTo(502);
    assertThat(first.json().path("code").asInt()).isEqualTo(502);
    assertThat(first.header("X-Waterbutler-Request-Id")).isNull();
    assertThat(http.put(osf.wb(p, "/" + id), "y".getBytes(StandardCharsets.UTF_8)).status())
        .isEqualTo(200);
    assertThat(statuses(osf.wb(p, "/" + id), 2)).containsExactly(502, 200);
  }

  @Test
  void apiServerErrorsHaveTheApiShape() {
    faults.add(Fault.status(500).onPathContaining("/v2/"));
    Http.Res r = http.get("/v2/users/me/");
    assertThat(r.status()).isEqualTo(500);
    assertThat(r.json().at("/meta/version").asText()).isEqualTo("2.0");
  }

  @Test
  void maintenanceAnswers503WithOsfsBody() {
    faults.add(Fault.maintenance());
    Http.Res r = http.get("/v2/users/me/");
    assertThat(r.status()).isEqualTo(503);
    assertThat(r.json().at("/meta/maintenance_mode").asBoolean()).isTrue();
    faults.clear();
    assertThat(http.get("/v2/users/me/").status()).isEqualTo(200);
  }

  @Test
  void probabilityIsDrawnFromTheSeed() {
    List<Integer> a = seeded(42);
    List<Integer> b = seeded(42);
    assertThat(a).isEqualTo(b).contains(200, 500);
    faults.add(Fault.status(500).probability(0));
    assertThat(statuses("/v2/users/me/", 5)).containsOnly(200);
  }

  private static List<Integer> seeded(long seed) {
    try (Osf o = new Osf(FakeOsfServer.builder().token(Osf.TOKEN).seed(seed))) {
      o.server.faults().add(Fault.status(500).probability(0.5));
      List<Integer> out = new ArrayList<>();
      for (int i = 0; i < 20; i++) {
        out.add(o.http.get("/v2/users/me/").status());
      }
      return out;
    }
  }

  @Test
  void latencyDelaysWithoutChangingTheAnswer() {
    Decision fixed =
        new Faults(1, Clock.systemUTC())
            .add(Fault.latency(Duration.ofMillis(30)))
            .decide("GET", "/x");
    assertThat(fixed.latencyMillis).isEqualTo(30);
    Faults random =
        new Faults(1, Clock.systemUTC())
            .add(Fault.randomLatency(Duration.ofMillis(5), Duration.ofMillis(9)));
    for (int i = 0; i < 20; i++) {
      assertThat(random.decide("GET", "/x").latencyMillis).isBetween(5L, 9L);
    }
    faults.add(Fault.latency(Duration.ofMillis(5)));
    assertThat(http.get("/v2/users/me/").status()).isEqualTo(200);
  }

  @Test
  void resetBeforeTheBodyFailsTheClientAndIsLogged() throws IOException {
    faults.add(Fault.resetBeforeBody());
    // java.net.http retries an idempotent request once, so it sees two resets
    assertThatThrownBy(() -> http.get("/v2/users/me/")).isInstanceOf(UncheckedIOException.class);
    assertThat(osf.server.requests().countStatus(0)).isGreaterThanOrEqualTo(1);
    try (Raw raw = new Raw(osf.server)) {
      raw.send("GET /v2/users/me/ HTTP/1.1\nHost: x\n\n", new byte[0]);
      assertThatThrownBy(raw::rest).isInstanceOf(SocketException.class);
    }
    faults.clear();
    assertThat(http.get("/v2/users/me/").status()).isEqualTo(200);
  }

  private String bigFile() {
    String p = osf.server.createProject("p");
    byte[] content = new byte[1 << 20];
    java.util.Arrays.fill(content, (byte) 'z');
    String id = osf.server.putFile(p, "big.bin", content);
    return osf.wb(p, "/" + id);
  }

  @Test
  void resetMidBodySendsHeadersAndPartOfTheBodyThenRst() throws IOException {
    String url = bigFile();
    faults.add(Fault.resetMidBody().onPath(".*/v1/resources/.*"));
    try (Raw raw = new Raw(osf.server)) {
      raw.send(
          "GET " + url + " HTTP/1.1\nHost: x\nAuthorization: Bearer " + Osf.TOKEN + "\n\n",
          new byte[0]);
      Raw.Head h = raw.head();
      assertThat(h.status()).isEqualTo(200);
      assertThat(h.length()).isEqualTo(1 << 20);
      assertThatThrownBy(raw::rest).isInstanceOf(SocketException.class);
    }
    assertThatThrownBy(() -> http.get(url)).isInstanceOf(UncheckedIOException.class);
  }

  @Test
  void truncatedBodyEndsCleanlyBeforeContentLength() throws IOException {
    String url = bigFile();
    faults.add(Fault.truncatedBody());
    try (Raw raw = new Raw(osf.server)) {
      raw.send(
          "GET " + url + " HTTP/1.1\nHost: x\nAuthorization: Bearer " + Osf.TOKEN + "\n\n",
          new byte[0]);
      Raw.Head h = raw.head();
      assertThat(h.length()).isEqualTo(1 << 20);
      assertThat(raw.rest().length).isEqualTo(1 << 19);
    }
  }

  @Test
  void slowBodyStillDeliversEverything() {
    String p = osf.server.createProject("p");
    String id = osf.upload(p, "/", "a.txt", "0123456789".repeat(100));
    faults.add(Fault.slowBody(100_000));
    assertThat(http.get(osf.wb(p, "/" + id)).text()).hasSize(1000);
  }

  @Test
  void paginationBugDuplicatesAndLosesItems() {
    String p = osf.server.createProject("p");
    for (int i = 0; i < 20; i++) {
      osf.server.putFile(p, "f" + i, new byte[] {(byte) i});
    }
    faults.add(Fault.paginationBug());
    List<String> seen = new ArrayList<>();
    String next = "/v2/nodes/" + p + "/files/osfstorage/";
    while (!next.isEmpty()) {
      JsonNode page = http.get(next).json();
      page.path("data").forEach(d -> seen.add(d.path("id").asText()));
      next = page.at("/links/next").asText("");
    }
    Set<String> unique = new HashSet<>(seen);
    assertThat(seen).hasSize(20);
    assertThat(unique).hasSize(19);
  }

  @Test
  void rulesAreListedAndValidated() {
    faults.add(Fault.maintenance().onMethod("post"));
    assertThat(faults.rules()).extracting(Fault::kind).containsExactly(Fault.Kind.MAINTENANCE);
    assertThat(http.get("/v2/users/me/").status()).isEqualTo(200);
    assertThatThrownBy(() -> Fault.status(200)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Fault.slowBody(0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Fault.status(500).probability(2))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
