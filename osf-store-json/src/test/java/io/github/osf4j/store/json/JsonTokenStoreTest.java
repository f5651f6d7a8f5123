package io.github.osf4j.store.json;

import static io.github.osf4j.core.OsfServer.OSF_IO;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import com.google.common.jimfs.Configuration;
import com.google.common.jimfs.Jimfs;
import io.github.osf4j.core.AccessToken;
import io.github.osf4j.core.OsfServer;
import io.github.osf4j.core.ProjectFileException;
import io.github.osf4j.core.TokenStore;
import java.io.IOException;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class JsonTokenStoreTest {

  static final String SENTINEL = "SENTINEL-tok3n-Zq9";

  private final FileSystem fs =
      Jimfs.newFileSystem(
          Configuration.unix().toBuilder().setAttributeViews("basic", "owner", "posix").build());
  private final Path home = fs.getPath("/home/ana");
  private final Path configDir = home.resolve(".config/osf4j");
  private final Path pyosfDir = home.resolve(".pyosf");
  private final TokenStoreConfig config =
      new TokenStoreConfig(configDir, List.of(pyosfDir, home.resolve(".local/share/pyosf")));
  private final TokenStore store = JsonStores.tokenStore(config);

  @TempDir Path temp;

  @AfterEach
  void closeFileSystem() throws IOException {
    fs.close();
  }

  @Test
  void aTokenIsFoundByUserIdAndByUsername() throws IOException {
    store.put(OSF_IO, "u1", "Ana@Example.com", new AccessToken("t1"));

    assertThat(store.get(OSF_IO, "u1")).contains(new AccessToken("t1"));
    assertThat(store.get(OSF_IO, "ana@example.com")).contains(new AccessToken("t1"));
    assertThat(store.get(OSF_IO, "u2")).isEmpty();
    assertThat(JsonStores.tokenStore(config).get(OSF_IO, "u1")).contains(new AccessToken("t1"));
  }

  @Test
  void accountsListTheMostRecentlyStoredFirst() throws IOException {
    store.put(OSF_IO, "u1", "a@x", new AccessToken("t1"));
    store.put(OSF_IO, "u2", "b@x", new AccessToken("t2"));
    store.put(OSF_IO, "u3", "", new AccessToken("t3"));
    store.put(OSF_IO, "u1", "a@x", new AccessToken("t1b"));

    assertThat(store.accounts(OSF_IO)).containsExactly("u1", "u3", "u2");
    assertThat(store.get(OSF_IO, "a@x")).contains(new AccessToken("t1b"));
  }

  @Test
  void serversListEachServerWithATokenOnce() throws IOException {
    OsfServer lab = new OsfServer("https://api.lab.example/v2/", "https://files.lab.example/v1/");
    store.put(OSF_IO, "u1", "a@x", new AccessToken("t1"));
    store.put(lab, "u2", "b@x", new AccessToken("t2"));
    store.put(OSF_IO, "u3", "c@x", new AccessToken("t3"));

    assertThat(store.servers()).containsExactlyInAnyOrder(OSF_IO, lab);
  }

  @Test
  void aUsernameMovesToTheAccountThatLastClaimedIt() throws IOException {
    store.put(OSF_IO, "u1", "a@x", new AccessToken("t1"));
    store.put(OSF_IO, "u2", "a@x", new AccessToken("t2"));

    assertThat(store.get(OSF_IO, "a@x")).contains(new AccessToken("t2"));
    assertThat(store.get(OSF_IO, "u1")).contains(new AccessToken("t1"));
  }

  @Test
  void removeForgetsByIdOrUsername() throws IOException {
    store.put(OSF_IO, "u1", "a@x", new AccessToken("t1"));
    store.put(OSF_IO, "u2", "b@x", new AccessToken("t2"));

    assertThat(store.remove(OSF_IO, "a@x")).isTrue();
    assertThat(store.remove(OSF_IO, "u2")).isTrue();
    assertThat(store.remove(OSF_IO, "u2")).isFalse();

    assertThat(store.accounts(OSF_IO)).isEmpty();
    assertThat(store.get(OSF_IO, "u1")).isEmpty();
  }

  @Test
  void aMissingFileHoldsNoAccounts() throws IOException {
    assertThat(store.accounts(OSF_IO)).isEmpty();
    assertThat(store.remove(OSF_IO, "u1")).isFalse();
    assertThat(Files.exists(configDir)).isFalse();
  }

  @Test
  void pyosfTokensAreAFallbackByUsername() throws IOException {
    writePyosf(home.resolve(".local/share/pyosf"), "{\"ana@example.com\": \"" + SENTINEL + "\"}");

    assertThat(store.get(OSF_IO, "ana@example.com")).contains(new AccessToken(SENTINEL));
    assertThat(store.get(OSF_IO, "ANA@example.com")).contains(new AccessToken(SENTINEL));
    assertThat(store.get(OSF_IO, "bob@example.com")).isEmpty();
    assertThat(store.accounts(OSF_IO)).isEmpty();
  }

  @Test
  void osf4jTokensWinOverPyosfTokensAndTheFirstPyosfFolderWins() throws IOException {
    writePyosf(pyosfDir, "{\"ana@example.com\": \"first\", \"bob@x\": \"bob\"}");
    writePyosf(home.resolve(".local/share/pyosf"), "{\"ana@example.com\": \"second\"}");
    store.put(OSF_IO, "u1", "bob@x", new AccessToken("mine"));

    assertThat(store.get(OSF_IO, "ana@example.com")).contains(new AccessToken("first"));
    assertThat(store.get(OSF_IO, "bob@x")).contains(new AccessToken("mine"));
  }

  @Test
  void removingAPyosfAccountStopsTheFallbackUntilTheNextLogin() throws IOException {
    writePyosf(pyosfDir, "{\"ana@example.com\": \"" + SENTINEL + "\"}");

    assertThat(store.remove(OSF_IO, "ana@example.com")).isTrue();
    assertThat(store.get(OSF_IO, "ana@example.com")).isEmpty();
    assertThat(store.remove(OSF_IO, "ana@example.com")).isFalse();
    assertThat(Files.readString(pyosfDir.resolve("tokens.json"))).contains(SENTINEL);

    store.put(OSF_IO, "u1", "ana@example.com", new AccessToken("fresh"));
    store.remove(OSF_IO, "u1");
    assertThat(store.get(OSF_IO, "ana@example.com")).isEmpty();
  }

  @Test
  void aTokenBelongsToTheServerItWasStoredFor() throws IOException {
    OsfServer other = new OsfServer("http://127.0.0.1:4000/v2/", "http://127.0.0.1:4000/v1/");
    store.put(OSF_IO, "u1", "a@x", new AccessToken("osf-token"));
    store.put(other, "u1", "a@x", new AccessToken("local-token"));

    assertThat(store.get(OSF_IO, "u1")).contains(new AccessToken("osf-token"));
    assertThat(store.get(other, "a@x")).contains(new AccessToken("local-token"));
    assertThat(store.get(new OsfServer("https://evil.test/v2/", "https://evil.test/v1/"), "u1"))
        .isEmpty();
    assertThat(store.accounts(other)).containsExactly("u1");
    assertThat(store.remove(other, "u1")).isTrue();
    assertThat(store.get(OSF_IO, "u1")).contains(new AccessToken("osf-token"));
  }

  @Test
  void theSameApiWithOtherFilesIsAnotherServer() throws IOException {
    store.put(OSF_IO, "u1", "a@x", new AccessToken("osf-token"));

    assertThat(store.get(new OsfServer(OSF_IO.apiUrl(), "https://files.evil.test/v1/"), "u1"))
        .isEmpty();
  }

  @Test
  void aTokenFileWithoutServersHoldsOsfIoTokens() throws IOException {
    Files.createDirectories(configDir);
    Files.writeString(
        config.tokenFile(),
        "{\"format\":1,\"accounts\":[{\"userId\":\"u1\",\"username\":\"a@x\","
            + "\"token\":\"old-token\"}],\"pyosfIgnored\":[]}");

    assertThat(store.get(OSF_IO, "a@x")).contains(new AccessToken("old-token"));
    assertThat(store.get(new OsfServer("http://127.0.0.1:1/v2/", "http://127.0.0.1:1/v1/"), "u1"))
        .isEmpty();
    store.put(OSF_IO, "u2", "b@x", new AccessToken("t2"));
    assertThat(Files.readString(config.tokenFile()))
        .contains("\"apiUrl\" : \"https://api.osf.io/v2/\"");
    assertThat(store.get(OSF_IO, "u1")).contains(new AccessToken("old-token"));
  }

  @Test
  void pyosfTokensAreOnlyOsfIos() throws IOException {
    writePyosf(pyosfDir, "{\"ana@example.com\": \"" + SENTINEL + "\"}");

    assertThat(
            store.get(
                new OsfServer("http://127.0.0.1:1/v2/", "http://127.0.0.1:1/v1/"),
                "ana@example.com"))
        .isEmpty();
  }

  @Test
  void unusablePyosfFilesCountAsNoToken() throws IOException {
    for (String content : List.of("", "[", "[]", "{\"a@x\": 5}", "{\"a@x\": \"two words\"}")) {
      writePyosf(pyosfDir, content);

      assertThat(store.get(OSF_IO, "a@x")).as(content).isEmpty();
    }
  }

  @Test
  void theTokenFileIsOwnerOnlyOnAPosixFileSystem() throws IOException {
    Path dir = temp.resolve("config").resolve("osf4j");
    TokenStore real = JsonStores.tokenStore(new TokenStoreConfig(dir, List.of()));
    assumeThat(dir.getFileSystem().supportedFileAttributeViews()).contains("posix");

    real.put(OSF_IO, "u1", "a@x", new AccessToken(SENTINEL));
    real.put(OSF_IO, "u2", "b@x", new AccessToken("t2"));

    Path file = dir.resolve("tokens.json");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
        .isEqualTo("rw-------");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir)))
        .isEqualTo("rwx------");
    assertThat(real.get(OSF_IO, "a@x")).contains(new AccessToken(SENTINEL));
    try (var list = Files.list(dir)) {
      assertThat(list.map(p -> p.getFileName().toString())).containsExactly("tokens.json");
    }
  }

  @Test
  void theTokenFileIsOwnerOnlyOnJimfs() throws IOException {
    store.put(OSF_IO, "u1", "a@x", new AccessToken("t1"));

    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(config.tokenFile())))
        .isEqualTo("rw-------");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(configDir)))
        .isEqualTo("rwx------");
  }

  @Test
  void aFailedWriteLeavesTheOldTokensIntact() throws IOException {
    store.put(OSF_IO, "u1", "a@x", new AccessToken("t1"));
    byte[] before = Files.readAllBytes(config.tokenFile());
    TokenStore failing = new JsonTokenStore(config, Fixtures.failAfter(20));

    assertThatThrownBy(() -> failing.put(OSF_IO, "u2", "b@x", new AccessToken(SENTINEL)))
        .isInstanceOf(IOException.class)
        .message()
        .doesNotContain(SENTINEL);

    assertThat(Files.readAllBytes(config.tokenFile())).isEqualTo(before);
  }

  @Test
  void aCorruptOrNewerTokenFileStopsWithoutShowingTokensAndIsLeftUntouched() throws IOException {
    List<String> contents =
        List.of(
            "{\"format\": 1, \"accounts\": [{\"userId\": \"u1\", \"token\": \"" + SENTINEL + "\"",
            "{\"format\": 1, \"accounts\": [{\"userId\": \"u1\", \"token\": " + SENTINEL + "}]}",
            "{\"format\": 1, \"accounts\": [{\"userId\": \"u1\", \"token\": \""
                + SENTINEL
                + " x\"}]}",
            "{\"format\": 1, \"accounts\": [{\"token\": \"" + SENTINEL + "\"}]}",
            "{\"accounts\": [{\"userId\": \"u1\", \"token\": \"" + SENTINEL + "\"}]}",
            "{\"format\": 1, \"accounts\": []} \"" + SENTINEL + "\"",
            "{\"format\": 3, \"secret\": \"" + SENTINEL + "\"}",
            SENTINEL);
    for (String content : contents) {
      Files.createDirectories(configDir);
      Files.writeString(config.tokenFile(), content);

      for (TokenCall call :
          List.<TokenCall>of(
              () -> store.get(OSF_IO, "u1"),
              () -> store.put(OSF_IO, "u2", "b@x", new AccessToken("t2")),
              () -> store.remove(OSF_IO, "u1"),
              () -> store.accounts(OSF_IO))) {
        assertThatThrownBy(call::run)
            .as(content)
            .isInstanceOf(ProjectFileException.class)
            .hasMessageContaining(config.tokenFile().toString())
            .satisfies(e -> assertNoSentinel(e));
      }
      assertThat(Files.readString(config.tokenFile())).isEqualTo(content);
    }
  }

  @Test
  void tokensNeverShowInToStrings() throws IOException {
    store.put(OSF_IO, "u1", "a@x", new AccessToken(SENTINEL));

    assertThat(store.toString()).doesNotContain(SENTINEL);
    assertThat(new StoredAccount(OSF_IO, "u1", "a@x", new AccessToken(SENTINEL)).toString())
        .doesNotContain(SENTINEL);
    assertThat(TokenFile.read(config.tokenFile()).toString()).doesNotContain(SENTINEL);
    assertThat(store.get(OSF_IO, "u1").map(Object::toString))
        .isEqualTo(Optional.of("AccessToken[redacted]"));
  }

  @Test
  void invalidArgumentsNeverShowTheToken() {
    assertThatThrownBy(() -> store.put(OSF_IO, " ", "a@x", new AccessToken(SENTINEL)))
        .isInstanceOf(IllegalArgumentException.class)
        .satisfies(e -> assertNoSentinel(e));
  }

  private static void assertNoSentinel(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      assertThat(String.valueOf(t.getMessage())).doesNotContain(SENTINEL);
      assertThat(t.toString()).doesNotContain(SENTINEL);
      for (Throwable suppressed : t.getSuppressed()) {
        assertNoSentinel(suppressed);
      }
    }
  }

  private void writePyosf(Path dir, String content) throws IOException {
    Files.createDirectories(dir);
    Files.write(dir.resolve("tokens.json"), content.getBytes(UTF_8));
  }

  /** A token store call that may throw. */
  @FunctionalInterface
  interface TokenCall {
    void run() throws IOException;
  }
}
