package io.github.osf4j.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

final class ApiV2Test {
  private final Osf osf =
      new Osf(
          FakeOsfServer.builder()
              .token(Osf.TOKEN)
              .user("ada@example.org", "secret")
              .fullName("Ada Lovelace"));
  private final Http http = osf.http;

  @AfterEach
  void stop() {
    osf.close();
  }

  private String basic(String user, String pass) {
    return "Basic "
        + Base64.getEncoder().encodeToString((user + ":" + pass).getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void usersMeNeedsCredentials() {
    Http.Res me = http.get("/v2/users/me/");
    assertThat(me.status()).isEqualTo(200);
    assertThat(me.json().at("/data/id").asText()).isEqualTo(osf.server.userId());
    assertThat(me.json().at("/meta/version").asText()).isEqualTo("2.0");
    assertThat(me.header("Content-Type")).startsWith("application/vnd.api+json");
    Http.Res anon = http.auth(null).get("/v2/users/me/");
    assertThat(anon.status()).isEqualTo(401);
    assertThat(anon.json().at("/errors/0/detail").asText())
        .isEqualTo("Authentication credentials were not provided.");
    assertThat(anon.header("WWW-Authenticate")).isEqualTo("Documentation realm=\"api\"");
  }

  @Test
  void badTokenAndBadPasswordGive401() {
    assertThat(http.auth("Bearer nope").get("/v2/users/me/").json().at("/errors/0/detail").asText())
        .isEqualTo("User provided an invalid OAuth2 access token");
    Http.Res bad = http.auth(basic("ada@example.org", "wrong")).get("/v2/users/me/");
    assertThat(bad.status()).isEqualTo(401);
    assertThat(bad.json().at("/errors/0/detail").asText()).isEqualTo("Invalid username/password.");
    assertThat(http.auth(basic("ada@example.org", "secret")).get("/v2/users/me/").status())
        .isEqualTo(200);
  }

  @Test
  void getWithoutSlashRedirectsPermanently() {
    Http.Res r = http.get("/v2/users/me?version=2.20");
    assertThat(r.status()).isEqualTo(301);
    assertThat(r.header("Location")).endsWith("/v2/users/me/?version=2.20");
  }

  @Test
  void doubledSlashGuidResolvesToTheNodeOrFile() {
    String p = osf.server.createProject("p");
    Http.Res r = http.get("/v2//guids/" + p + "/");
    assertThat(r.status()).isEqualTo(302);
    assertThat(r.header("Location")).endsWith("/v2/nodes/" + p + "/");
    Http.Res unresolved = http.get("/v2/guids/" + p + "/?resolve=false");
    assertThat(unresolved.json().at("/data/relationships/referent/data/type").asText())
        .isEqualTo("nodes");
    String f = osf.server.putFile(p, "a.txt", new byte[] {1});
    String guid =
        http.get("/v2/files/" + f + "/?create_guid=1").json().at("/data/attributes/guid").asText();
    assertThat(http.get("/v2/guids/" + guid + "/").header("Location"))
        .endsWith("/files/" + guid + "/");
    assertThat(http.get("/v2/files/" + guid + "/").json().at("/data/id").asText()).isEqualTo(f);
    assertThat(http.get("/v2/guids/zzzzz/").status()).isEqualTo(404);
  }

  @Test
  void titlesAreHtmlEscapedAndFilterable() {
    Http.Res created =
        http.post(
            "/v2/nodes/",
            "{\"data\":{\"type\":\"nodes\",\"attributes\":{\"title\":\"a & <b>\",\"category\":\"project\"}}}");
    assertThat(created.status()).isEqualTo(201);
    assertThat(created.json().at("/data/attributes/title").asText()).isEqualTo("a &amp; &lt;b&gt;");
    osf.server.createProject("other");
    JsonNode found = http.get("/v2/nodes/?filter%5Btitle%5D=%26amp%3B").json();
    assertThat(found.at("/links/meta/total").asInt()).isEqualTo(1);
  }

  @Test
  void nodeCreationChecksTypeAndTitle() {
    assertThat(
            http.post(
                    "/v2/nodes/",
                    "{\"data\":{\"type\":\"files\",\"attributes\":{\"title\":\"x\"}}}")
                .status())
        .isEqualTo(409);
    Http.Res noTitle = http.post("/v2/nodes/", "{\"data\":{\"type\":\"nodes\",\"attributes\":{}}}");
    assertThat(noTitle.status()).isEqualTo(400);
    assertThat(noTitle.json().at("/errors/0/source/pointer").asText())
        .isEqualTo("/data/attributes/title");
  }

  @Test
  void paginationShapeDependsOnVersion() {
    String p = osf.server.createProject("p");
    for (int i = 0; i < 25; i++) {
      osf.server.putFile(p, "f" + i + ".txt", new byte[] {(byte) i});
    }
    JsonNode v20 = http.get("/v2/nodes/" + p + "/files/osfstorage/?page=2").json();
    assertThat(v20.at("/links/meta/total").asInt()).isEqualTo(25);
    assertThat(v20.at("/meta/version").asText()).isEqualTo("2.0");
    assertThat(v20.at("/links/first").asText()).doesNotContain("page=");
    assertThat(v20.at("/links/next").asText()).endsWith("page=3");
    JsonNode v21 = http.get("/v2/nodes/" + p + "/files/osfstorage/?version=2.1&page=3").json();
    assertThat(v21.at("/meta/total").asInt()).isEqualTo(25);
    assertThat(v21.at("/meta/per_page").asInt()).isEqualTo(10);
    assertThat(v21.at("/links/self").asText()).contains("version=2.1").endsWith("page=3");
    assertThat(v21.at("/links/next").isNull()).isTrue();
    assertThat(v21.at("/links").has("meta")).isFalse();
    assertThat(v21.at("/data").size()).isEqualTo(5);
  }

  @Test
  void pageSizeIsCappedAndBadPagesAre404() {
    String p = osf.server.createProject("p");
    for (int i = 0; i < 120; i++) {
      osf.server.createFolder(p, "d" + i);
    }
    String list = "/v2/nodes/" + p + "/files/osfstorage/";
    assertThat(http.get(list + "?page%5Bsize%5D=500").json().at("/data").size()).isEqualTo(100);
    assertThat(http.get(list + "?page%5Bsize%5D=0").json().at("/data").size()).isEqualTo(10);
    Http.Res beyond = http.get(list + "?page=99");
    assertThat(beyond.status()).isEqualTo(404);
    assertThat(beyond.json().at("/errors/0/detail").asText()).isEqualTo("Invalid page.");
    assertThat(http.get(list + "?page=last").json().at("/data").size()).isEqualTo(10);
    String empty = osf.server.createProject("empty");
    assertThat(http.get("/v2/nodes/" + empty + "/files/osfstorage/?page=1").status())
        .isEqualTo(200);
  }

  @Test
  void fileFiltersMatchLikeOsf() {
    String p = osf.server.createProject("p");
    osf.server.createFolder(p, "dir1");
    osf.server.createFolder(p, "Dir2");
    String file = osf.server.putFile(p, "dir", new byte[] {1});
    String list = "/v2/nodes/" + p + "/files/osfstorage/";
    assertThat(names(http.get(list + "?filter%5Bname%5D=dir").json()))
        .containsExactlyInAnyOrder("dir1", "Dir2", "dir");
    assertThat(names(http.get(list + "?filter%5Bname%5D%5Beq%5D=dir").json()))
        .containsExactly("dir");
    assertThat(names(http.get(list + "?filter%5Bkind%5D=folder").json()))
        .containsExactlyInAnyOrder("dir1", "Dir2");
    assertThat(names(http.get(list + "?filter%5Bkind%5D=anything").json())).containsExactly("dir");
    assertThat(names(http.get(list + "?filter%5Bid%5D=" + file).json())).containsExactly("dir");
    Http.Res bogus = http.get(list + "?filter%5Bbogus%5D=1");
    assertThat(bogus.status()).isEqualTo(400);
    assertThat(bogus.json().at("/errors/0/detail").asText())
        .isEqualTo("'bogus' is not a valid field for this endpoint.");
  }

  private static List<String> names(JsonNode list) {
    List<String> out = new ArrayList<>();
    for (JsonNode item : list.path("data")) {
      out.add(item.at("/attributes/name").asText());
    }
    return out;
  }

  @Test
  void folderListingNeedsSlashAndFileDetailNone() {
    String p = osf.server.createProject("p");
    String folder = osf.server.createFolder(p, "d");
    String file = osf.server.putFile(p, "d/a.txt", new byte[] {1});
    String base = "/v2/nodes/" + p + "/files/osfstorage/";
    assertThat(http.get(base + folder + "/").status()).isEqualTo(200);
    assertThat(http.get(base + file).json().at("/data/attributes/materialized_path").asText())
        .isEqualTo("/d/a.txt");
    assertThat(http.get(base + file + "/").status()).isEqualTo(404);
    assertThat(http.get(base + folder).status()).isEqualTo(404);
  }

  @Test
  void datesFollowTheVersion() {
    Instant t = Instant.parse("2026-02-19T02:59:28.146904Z");
    try (Osf fixed =
        new Osf(FakeOsfServer.builder().token(Osf.TOKEN).clock(Clock.fixed(t, ZoneOffset.UTC)))) {
      String p = fixed.server.createProject("p");
      String f = fixed.server.putFile(p, "a.txt", new byte[] {1});
      JsonNode v20 = fixed.http.get("/v2/files/" + f + "/").json().at("/data/attributes");
      assertThat(v20.path("date_modified").asText()).isEqualTo("2026-02-19T02:59:28.146904");
      assertThat(v20.path("date_created").asText()).isEqualTo("2026-02-19T02:59:28.146904Z");
      JsonNode v22 = fixed.http.get("/v2/files/" + f + "/?version=2.2").json();
      assertThat(v22.at("/data/attributes/date_modified").asText())
          .isEqualTo("2026-02-19T02:59:28.146904Z");
      assertThat(v22.at("/data/relationships").has("node")).isTrue();
      JsonNode v28 = fixed.http.get("/v2/files/" + f + "/?version=2.8").json();
      assertThat(v28.at("/data/relationships").has("node")).isFalse();
      assertThat(v28.at("/meta/version").asText()).isEqualTo("2.8");
    }
  }

  @Test
  void invalidVersionIs404() {
    assertThat(http.get("/v2/users/me/?version=3.1").status()).isEqualTo(404);
    assertThat(
            http.get("/v2/users/me/", "Accept", "application/vnd.api+json;version=2.7")
                .json()
                .at("/meta/version")
                .asText())
        .isEqualTo("2.7");
  }

  @Test
  void versionsAndStorageAndProviders() {
    String p = osf.server.createProject("p");
    String f = osf.server.putFile(p, "a.txt", new byte[] {1});
    osf.server.putFile(p, "a.txt", new byte[] {2, 3});
    JsonNode versions = http.get("/v2/files/" + f + "/versions/").json();
    assertThat(versions.at("/data/0/id").asText()).isEqualTo("2");
    assertThat(versions.at("/data/1/attributes/size").asInt()).isEqualTo(1);
    JsonNode storage = http.get("/v2/nodes/" + p + "/storage/").json();
    assertThat(storage.at("/data/attributes/storage_usage").asText()).isEqualTo("3");
    assertThat(storage.at("/data/attributes/storage_limit_status").asText()).isEqualTo("DEFAULT");
    JsonNode providers = http.get("/v2/nodes/" + p + "/files/").json();
    assertThat(providers.at("/data/0/id").asText()).isEqualTo(p + ":osfstorage");
    assertThat(providers.at("/data/0/links/upload").asText())
        .isEqualTo(osf.server.filesUrl() + "resources/" + p + "/providers/osfstorage/");
  }

  @Test
  void deletedFileIsGoneAndDeletedNodeToo() {
    String p = osf.server.createProject("p");
    String f = osf.server.putFile(p, "a.txt", new byte[] {1});
    assertThat(http.delete(osf.wb(p, "/" + f)).status()).isEqualTo(204);
    Http.Res gone = http.get("/v2/files/" + f + "/");
    assertThat(gone.status()).isEqualTo(410);
    assertThat(gone.json().at("/errors/0/status").asText()).isEqualTo("410");
    Http.Res del = http.delete("/v2/nodes/" + p + "/");
    assertThat(del.status()).isEqualTo(204);
    assertThat(http.get("/v2/nodes/" + p + "/").status()).isEqualTo(410);
  }

  @Test
  void deleteWithChildrenIsRecursiveFrom212() {
    String p = osf.server.createProject("p");
    String c = osf.server.createComponent(p, "c");
    assertThat(http.delete("/v2/nodes/" + p + "/").status()).isEqualTo(400);
    assertThat(http.delete("/v2/nodes/" + p + "/?version=2.12").status()).isEqualTo(204);
    assertThat(http.get("/v2/nodes/" + c + "/").status()).isEqualTo(410);
  }

  @Test
  void otherPeoplesPrivateNodesAre403AndAnonymous401() {
    String other = osf.server.addUser("Grace Hopper", "grace-token");
    String theirs = osf.server.createProjectOwnedBy(other, "secret");
    assertThat(http.get("/v2/nodes/" + theirs + "/").status()).isEqualTo(403);
    assertThat(http.auth(null).get("/v2/nodes/" + theirs + "/").status()).isEqualTo(401);
    osf.server.setPublic(theirs, true);
    assertThat(http.auth(null).get("/v2/nodes/" + theirs + "/").status()).isEqualTo(200);
    assertThat(http.auth("Bearer " + Osf.TOKEN).delete("/v2/nodes/" + theirs + "/").status())
        .isEqualTo(403);
  }

  @Test
  void userSearchAndUserNodes() {
    osf.server.addUser("Grace Hopper", null);
    JsonNode found = http.get("/v2/users/?filter%5Bfull_name%5D=grace").json();
    assertThat(found.at("/data").size()).isEqualTo(1);
    assertThat(found.at("/data/0/attributes").has("email")).isFalse();
    String p = osf.server.createProject("top");
    String c = osf.server.createComponent(p, "child");
    String mine = "/v2/users/" + osf.server.userId() + "/nodes/";
    assertThat(http.get(mine).json().at("/links/meta/total").asInt()).isEqualTo(2);
    JsonNode roots = http.get("/v2/users/me/nodes/?filter%5Bparent%5D=null").json();
    assertThat(roots.at("/data/0/id").asText()).isEqualTo(p);
    assertThat(roots.at("/data").size()).isEqualTo(1);
    JsonNode kids = http.get(mine + "?filter%5Bparent%5D=" + p).json();
    assertThat(kids.at("/data/0/id").asText()).isEqualTo(c);
    JsonNode titled = http.get(mine + "?filter%5Btitle%5D=chi").json();
    assertThat(titled.at("/data/0/id").asText()).isEqualTo(c);
    JsonNode children = http.get("/v2/nodes/" + p + "/children/").json();
    assertThat(children.at("/data/0/relationships/parent/data/id").asText()).isEqualTo(p);
  }

  @Test
  void tokensAreCreatedWithBasicAuth() {
    String body =
        "{\"data\":{\"type\":\"tokens\",\"attributes\":{\"name\":\"sync\","
            + "\"scopes\":\"osf.full_write\"}}}";
    Http.Res created = http.auth(basic("ada@example.org", "secret")).post("/v2/tokens/", body);
    assertThat(created.status()).isEqualTo(201);
    String token = created.json().at("/data/attributes/token_id").asText();
    assertThat(created.json().at("/data/attributes/scopes").asText()).isEqualTo("osf.full_write");
    assertThat(http.auth("Bearer " + token).get("/v2/users/me/").status()).isEqualTo(200);
    Http.Res noScope =
        http.auth(basic("ada@example.org", "secret"))
            .post(
                "/v2/tokens/", "{\"data\":{\"type\":\"tokens\",\"attributes\":{\"name\":\"x\"}}}");
    assertThat(noScope.status()).isEqualTo(400);
    String v217 =
        "{\"data\":{\"type\":\"tokens\",\"attributes\":{\"name\":\"n\"},"
            + "\"relationships\":{\"scopes\":{\"data\":[{\"type\":\"scopes\",\"id\":\"osf.full_read\"}]}}}}";
    Http.Res ro =
        http.auth(basic("ada@example.org", "secret")).post("/v2/tokens/?version=2.17", v217);
    assertThat(ro.status()).isEqualTo(201);
    String readOnly = ro.json().at("/data/attributes/token_id").asText();
    Http.Res denied =
        http.auth("Bearer " + readOnly)
            .post("/v2/nodes/", "{\"data\":{\"type\":\"nodes\",\"attributes\":{\"title\":\"x\"}}}");
    assertThat(denied.status()).isEqualTo(403);
    assertThat(denied.json().at("/errors/0/detail").asText())
        .isEqualTo("The user has not authorized access to this view.");
  }

  @Test
  void twoFactorAccountsNeedTheOtpHeader() {
    Instant now = Instant.parse("2026-03-01T10:00:00Z");
    String secret = "JBSWY3DPEHPK3PXP";
    try (Osf tfa =
        new Osf(
            FakeOsfServer.builder()
                .token(Osf.TOKEN)
                .user("ada@example.org", "secret")
                .otpSecret(secret)
                .clock(Clock.fixed(now, ZoneOffset.UTC)))) {
      Http h = tfa.http.auth(basic("ada@example.org", "secret"));
      String body =
          "{\"data\":{\"type\":\"tokens\",\"attributes\":{\"name\":\"n\","
              + "\"scopes\":\"osf.full_write\"}}}";
      Http.Res missing = h.post("/v2/tokens/", body);
      assertThat(missing.status()).isEqualTo(401);
      assertThat(missing.header("X-OSF-OTP")).isEqualTo("required; app");
      Http.Res wrong = h.post("/v2/tokens/", body, "X-OSF-OTP", "000000");
      assertThat(wrong.status()).isEqualTo(401);
      assertThat(wrong.header("X-OSF-OTP")).isNull();
      assertThat(wrong.json().at("/errors/0/detail").asText())
          .isEqualTo("Invalid two-factor authentication OTP code.");
      Http.Res ok = h.post("/v2/tokens/", body, "X-OSF-OTP", Totp.code(secret, now));
      assertThat(ok.status()).isEqualTo(201);
      assertThat(tfa.http.auth("Bearer " + Osf.TOKEN).get("/v2/users/me/").status())
          .as("tokens bypass 2FA")
          .isEqualTo(200);
    }
  }

  @Test
  void totpMatchesTheRfc6238Vector() {
    // RFC 6238 appendix B, SHA-1, T = 59 s: 94287082 (8 digits) -> 287082 with 6 digits.
    String secret = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";
    assertThat(Totp.code(secret, Instant.ofEpochSecond(59))).isEqualTo("287082");
  }
}
