package io.github.osf4j.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

final class WaterButlerTest {
  private final Osf osf = new Osf();
  private final Http http = osf.http;
  private final String p = osf.server.createProject("p");

  @AfterEach
  void stop() {
    osf.close();
  }

  private static byte[] b(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private String moveBody(String path, String action, String conflict) {
    return "{\"path\":\""
        + path
        + "\",\"action\":\""
        + action
        + "\",\"conflict\":\""
        + conflict
        + "\"}";
  }

  @Test
  void uploadReturns201WithHashesAndRequestId() {
    Http.Res r = http.put(osf.wb(p, "/") + "?kind=file&name=a.txt", b("hello"));
    assertThat(r.status()).isEqualTo(201);
    assertThat(r.header("X-Waterbutler-Request-Id")).isNotBlank();
    assertThat(r.header("Content-Type")).startsWith("application/json");
    JsonNode at = r.json().at("/data/attributes");
    assertThat(at.at("/extra/hashes/md5").asText()).isEqualTo("5d41402abc4b2a76b9719d911017c592");
    assertThat(at.at("/extra/hashes/sha256").asText())
        .isEqualTo("2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824");
    assertThat(at.path("resource").asText()).isEqualTo(p);
    assertThat(r.json().at("/data/links/upload").asText()).startsWith(osf.server.filesUrl());
    assertThat(osf.server.readFile(p, "a.txt")).hasValue(b("hello"));
  }

  @Test
  void uploadOfExistingNameIs409WithTheEntityAndNoRequestId() {
    String id = osf.upload(p, "/", "a.txt", "one");
    Http.Res r = http.put(osf.wb(p, "/") + "?kind=file&name=a.txt", b("two"));
    assertThat(r.status()).isEqualTo(409);
    assertThat(r.header("X-Waterbutler-Request-Id")).isNull();
    assertThat(r.json().at("/data/id").asText()).isEqualTo("osfstorage/" + id);
    assertThat(r.json().path("message").asText()).contains("already exists");
  }

  @Test
  void aFileAndAFolderMayShareANameButNamesAreCaseSensitive() {
    osf.upload(p, "/", "x", "1");
    osf.mkdir(p, "/", "x");
    osf.upload(p, "/", "X", "2");
    assertThat(http.put(osf.wb(p, "/") + "?kind=folder&name=x", new byte[0]).status())
        .isEqualTo(409);
    assertThat(
            http.put(osf.wb(p, "/") + "?kind=folder&name=x", new byte[0])
                .json()
                .path("data")
                .isEmpty())
        .isTrue();
  }

  @Test
  void updateMakesANewVersionUnlessBytesAreIdentical() {
    String id = osf.upload(p, "/", "a.txt", "one");
    Http.Res same = http.put(osf.wb(p, "/" + id) + "?kind=file", b("one"));
    assertThat(same.status()).isEqualTo(200);
    assertThat(same.json().at("/data/attributes/extra/version").asInt()).isEqualTo(1);
    Http.Res changed = http.put(osf.wb(p, "/" + id) + "?kind=file", b("two"));
    assertThat(changed.status()).isEqualTo(200);
    assertThat(changed.json().at("/data/attributes/extra/version").asInt()).isEqualTo(2);
    assertThat(osf.server.versionCount(id)).isEqualTo(2);
    assertThat(http.put(osf.wb(p, "/" + id) + "?kind=file&name=b", b("x")).status()).isEqualTo(400);
    JsonNode revisions = http.get(osf.wb(p, "/" + id) + "?revisions=").json();
    assertThat(revisions.at("/data/0/attributes/version").asText()).isEqualTo("2");
    assertThat(revisions.at("/data/1/type").asText()).isEqualTo("file_versions");
    assertThat(http.get(osf.wb(p, "/" + id) + "?version=1").text()).isEqualTo("one");
  }

  @Test
  void uploadWithoutContentLengthIs411() {
    HttpRequest req =
        HttpRequest.newBuilder(URI.create(http.url(osf.wb(p, "/") + "?kind=file&name=a.txt")))
            .header("Authorization", "Bearer " + Osf.TOKEN)
            .PUT(
                HttpRequest.BodyPublishers.fromPublisher(
                    HttpRequest.BodyPublishers.ofByteArray(b("chunked"))))
            .build();
    HttpResponse<String> r = send(req);
    assertThat(r.statusCode()).isEqualTo(411);
    assertThat(r.body()).contains("Content-Length is required for file uploads");
  }

  private HttpResponse<String> send(HttpRequest req) {
    try {
      return http.client().send(req, HttpResponse.BodyHandlers.ofString());
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void quotaAndFileSizeLimitsAreEnforced() {
    try (Osf small =
        new Osf(FakeOsfServer.builder().token(Osf.TOKEN).quotaBytes(10).maxFileBytes(8))) {
      String node = small.server.createProject("p");
      small.upload(node, "/", "a", "12345");
      Http.Res over = small.http.put(small.wb(node, "/") + "?kind=file&name=b", b("123456"));
      assertThat(over.status()).isEqualTo(507);
      assertThat(over.json().path("message").asText())
          .isEqualTo("The quota on this osfstorage project has been exceeded");
      Http.Res big = small.http.put(small.wb(node, "/") + "?kind=file&name=c", b("123456789"));
      assertThat(big.status()).isEqualTo(400);
    }
  }

  @Test
  void downloadWholeAndRanges() {
    String id = osf.upload(p, "/", "a.txt", "0123456789");
    Http.Res whole = http.get(osf.wb(p, "/" + id));
    assertThat(whole.status()).isEqualTo(200);
    assertThat(whole.text()).isEqualTo("0123456789");
    assertThat(whole.header("Content-Disposition")).contains("filename=\"a.txt\"");
    Http.Res part = http.get(osf.wb(p, "/" + id), "Range", "bytes=2-4");
    assertThat(part.status()).isEqualTo(206);
    assertThat(part.text()).isEqualTo("234");
    assertThat(part.header("Content-Range")).isEqualTo("bytes 2-4/10");
    assertThat(http.get(osf.wb(p, "/" + id), "Range", "bytes=7-").text()).isEqualTo("789");
    assertThat(http.get(osf.wb(p, "/" + id), "Range", "bytes=-2").text()).isEqualTo("89");
    assertThat(http.get(osf.wb(p, "/" + id), "Range", "bytes=20-").status()).isEqualTo(416);
  }

  @Test
  void downloadsCanRedirectToASignedUrlNeedingNoAuth() {
    String id = osf.upload(p, "/", "a.txt", "payload");
    osf.server.faults().redirectDownloads(true);
    Http.Res r = http.get(osf.wb(p, "/" + id));
    assertThat(r.status()).isEqualTo(302);
    String location = String.valueOf(r.header("Location"));
    Http.Res signed = new Http(osf.server, null).get(location, "Range", "bytes=0-2");
    assertThat(signed.status()).isEqualTo(206);
    assertThat(signed.text()).isEqualTo("pay");
    assertThat(new Http(osf.server, null).get(location).text()).isEqualTo("payload");
  }

  @Test
  void apiDownloadLinkRedirectsToWaterButler() {
    String id = osf.upload(p, "/", "a.txt", "x");
    String link = http.get("/v2/files/" + id + "/").json().at("/data/links/download").asText();
    Http.Res r = http.get(link);
    assertThat(r.status()).isEqualTo(302);
    assertThat(r.header("Location")).endsWith("/v1/resources/" + p + "/providers/osfstorage/" + id);
  }

  @Test
  void metadataListingAndHead() {
    String d = osf.mkdir(p, "/", "d");
    String id = osf.upload(p, "/" + d + "/", "ünï.txt", "x");
    Http.Res meta = http.get(osf.wb(p, "/" + id) + "?meta=");
    assertThat(meta.json().at("/data/attributes/materialized").asText()).isEqualTo("/d/ünï.txt");
    assertThat(meta.text()).contains("\\u00fcn\\u00ef.txt");
    JsonNode listing = http.get(osf.wb(p, "/" + d + "/")).json();
    assertThat(listing.path("data").size()).isEqualTo(1);
    assertThat(listing.has("links")).isFalse();
    HttpResponse<byte[]> head = http.send("HEAD", osf.wb(p, "/" + id), null);
    assertThat(head.headers().firstValue("X-Waterbutler-Metadata")).isPresent();
    assertThat(http.send("HEAD", osf.wb(p, "/" + d + "/"), null).statusCode()).isEqualTo(501);
  }

  @Test
  void trailingSlashMismatchAndUnknownIdsAre404() {
    String id = osf.upload(p, "/", "a.txt", "x");
    Http.Res slash = http.get(osf.wb(p, "/" + id + "/"));
    assertThat(slash.status()).isEqualTo(404);
    assertThat(slash.json().path("message").asText())
        .isEqualTo("Could not retrieve file or directory /" + id + "/");
    Http.Res unknown = http.get(osf.wb(p, "/0123456789abcdef01234567"));
    assertThat(unknown.json().path("message_short").asText()).isEqualTo("Page not found");
    assertThat(http.put(osf.wb(p, "/") + "?kind=file", b("x")).json().path("message").asText())
        .isEqualTo("Missing required parameter 'name'");
  }

  @Test
  void waterButlerSays403ForAnonymousAndBadTokens() {
    String id = osf.upload(p, "/", "a.txt", "x");
    Http.Res anon = new Http(osf.server, null).get(osf.wb(p, "/" + id));
    assertThat(anon.status()).isEqualTo(403);
    assertThat(anon.json().path("message_short").asText()).isEqualTo("Forbidden");
    assertThat(new Http(osf.server, "bogus").get(osf.wb(p, "/" + id)).status()).isEqualTo(403);
    osf.server.addReadOnlyToken("ro-token");
    Http ro = new Http(osf.server, "ro-token");
    assertThat(ro.get(osf.wb(p, "/" + id)).status()).isEqualTo(200);
    assertThat(ro.put(osf.wb(p, "/" + id), b("y")).status()).isEqualTo(403);
    String basicBad = "Basic " + java.util.Base64.getEncoder().encodeToString(b("a@b:c"));
    assertThat(new Http(osf.server, null).auth(basicBad).get(osf.wb(p, "/" + id)).status())
        .isEqualTo(401);
  }

  @Test
  void moveKeepsTheIdAndConflictsFollowTheMode() {
    String d = osf.mkdir(p, "/", "d");
    String inD = osf.upload(p, "/" + d + "/", "a.txt", "old");
    String id = osf.upload(p, "/", "a.txt", "new");
    String url = osf.wb(p, "/" + id);
    assertThat(http.post(url, moveBody("/" + d + "/", "move", "warn")).status()).isEqualTo(409);
    assertThat(http.post(url, moveBody("/" + d, "move", "warn")).status()).isEqualTo(400);
    Http.Res kept = http.post(url, moveBody("/" + d + "/", "copy", "keep"));
    assertThat(kept.status()).isEqualTo(201);
    assertThat(kept.json().at("/data/attributes/name").asText()).isEqualTo("a (1).txt");
    Http.Res replaced = http.post(url, moveBody("/" + d + "/", "move", "replace"));
    assertThat(replaced.status()).isEqualTo(200);
    assertThat(Osf.id(replaced.json())).isEqualTo(id);
    assertThat(http.get("/v2/files/" + inD + "/").status()).isEqualTo(410);
    assertThat(osf.server.readFile(p, "d/a.txt")).hasValue(b("new"));
    assertThat(osf.server.readFile(p, "a.txt")).isEmpty();
  }

  @Test
  void renameAndCopyAcrossNodes() {
    String id = osf.upload(p, "/", "a.txt", "x");
    Http.Res renamed =
        http.post(osf.wb(p, "/" + id), "{\"action\":\"rename\",\"rename\":\"b.txt\"}");
    assertThat(renamed.status()).isEqualTo(201);
    assertThat(Osf.id(renamed.json())).isEqualTo(id);
    String other = osf.server.createProject("q");
    Http.Res copied =
        http.post(
            osf.wb(p, "/" + id),
            "{\"action\":\"copy\",\"path\":\"/\","
                + "\"resource\":\""
                + other
                + "\",\"provider\":\"osfstorage\"}");
    assertThat(copied.status()).isEqualTo(201);
    assertThat(Osf.id(copied.json())).isNotEqualTo(id);
    assertThat(copied.json().at("/data/attributes/resource").asText()).isEqualTo(other);
    assertThat(osf.server.readFile(other, "b.txt")).hasValue(b("x"));
    assertThat(http.post(osf.wb(p, "/" + id), "{\"action\":\"explode\",\"path\":\"/\"}").status())
        .isEqualTo(400);
  }

  @Test
  void movingAFolderCarriesItsChildren() {
    String a = osf.mkdir(p, "/", "a");
    String b = osf.mkdir(p, "/", "b");
    String f = osf.upload(p, "/" + a + "/", "f.txt", "x");
    Http.Res moved = http.post(osf.wb(p, "/" + a + "/"), moveBody("/" + b + "/", "move", "warn"));
    assertThat(moved.status()).isEqualTo(201);
    assertThat(moved.json().at("/data/attributes/children/0/name").asText()).isEqualTo("f.txt");
    assertThat(
            http.get("/v2/files/" + f + "/")
                .json()
                .at("/data/attributes/materialized_path")
                .asText())
        .isEqualTo("/b/a/f.txt");
    assertThat(
            http.post(osf.wb(p, "/" + b + "/"), moveBody("/" + a + "/", "move", "warn")).status())
        .isEqualTo(400);
  }

  @Test
  void deleteIs204AndTheRootNeedsConfirmation() {
    String id = osf.upload(p, "/", "a.txt", "x");
    osf.upload(p, "/", "b.txt", "y");
    Http.Res del = http.delete(osf.wb(p, "/" + id));
    assertThat(del.status()).isEqualTo(204);
    assertThat(del.header("X-Waterbutler-Request-Id")).isNotBlank();
    assertThat(http.get(osf.wb(p, "/" + id)).status()).isEqualTo(404);
    assertThat(http.delete(osf.wb(p, "/")).status()).isEqualTo(400);
    assertThat(http.delete(osf.wb(p, "/") + "?confirm_delete=1").status()).isEqualTo(204);
    assertThat(http.get(osf.wb(p, "/")).json().path("data").size()).isZero();
  }

  @Test
  void aFolderDownloadsAsAZip() throws java.io.IOException {
    String d = osf.mkdir(p, "/", "d");
    osf.upload(p, "/" + d + "/", "a.txt", "alpha");
    osf.mkdir(p, "/" + d + "/", "e");
    Http.Res zip = http.get(osf.wb(p, "/" + d + "/") + "?zip=");
    assertThat(zip.status()).isEqualTo(200);
    assertThat(zip.header("Content-Type")).isEqualTo("application/zip");
    assertThat(zip.header("Content-Disposition")).contains("d.zip");
    java.util.List<String> names = new java.util.ArrayList<>();
    try (var in =
        new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(zip.raw().body()))) {
      for (var e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        names.add(e.getName());
      }
    }
    assertThat(names).containsExactly("a.txt", "e/");
    assertThat(http.get(osf.wb(p, "/") + "?zip=").header("Content-Disposition"))
        .contains("osfstorage-archive.zip");
  }
}
