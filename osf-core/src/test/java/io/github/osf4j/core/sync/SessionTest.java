package io.github.osf4j.core.sync;

import static io.github.osf4j.testkit.fakes.InMemoryRemoteStorage.SERVER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.osf4j.core.AccessToken;
import io.github.osf4j.core.AuthenticationException;
import io.github.osf4j.core.NotLoggedInException;
import io.github.osf4j.core.OsfServer;
import io.github.osf4j.core.ProjectConfig;
import io.github.osf4j.core.ProjectInfo;
import io.github.osf4j.core.ProjectNotFoundException;
import io.github.osf4j.core.ProjectState;
import io.github.osf4j.core.RemoteStorage;
import io.github.osf4j.core.SessionToken;
import io.github.osf4j.core.Snapshot;
import io.github.osf4j.core.TokenSource;
import io.github.osf4j.core.TwoFactorRequiredException;
import io.github.osf4j.core.UserInfo;
import io.github.osf4j.testkit.fakes.InMemoryLocalFiles;
import io.github.osf4j.testkit.fakes.InMemoryProjectStore;
import io.github.osf4j.testkit.fakes.InMemoryRemoteStorage;
import io.github.osf4j.testkit.fakes.InMemoryTokenStore;
import io.github.osf4j.testkit.fakes.MutableClock;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

final class SessionTest {
  private static final UserInfo ME = new UserInfo("u1", "Ada Lovelace", "ada@example.org");
  private static final UserInfo OTHER = new UserInfo("u2", "Bob Builder", "bob@example.org");
  private static final ProjectInfo PROJECT =
      new ProjectInfo("p1", "Analytical Engine", null, false);

  private static final OsfServer ELSEWHERE =
      new OsfServer("https://api.elsewhere.test/v2/", "https://files.elsewhere.test/v1/");

  private final MutableClock clock = new MutableClock();
  private final SessionToken token = new SessionToken();
  private final InMemoryRemoteStorage remote = new InMemoryRemoteStorage(token);
  private final InMemoryRemoteStorage elsewhere = new InMemoryRemoteStorage(ELSEWHERE, token);
  private final List<String> connections = new ArrayList<>();
  private final InMemoryTokenStore tokens = new InMemoryTokenStore();
  private final InMemoryLocalFiles local = new InMemoryLocalFiles();
  private final Session session =
      Session.builder(this::connect, tokens)
          .server(SERVER)
          .localFiles(config -> local)
          .clock(clock)
          .build();

  /** Both servers send the tokens of their latest connection; each connection is recorded. */
  private RemoteStorage connect(OsfServer server, TokenSource tokens) {
    connections.add(server.host() + " " + tokens.token().map(AccessToken::value).orElse("-"));
    InMemoryRemoteStorage target = server.equals(ELSEWHERE) ? elsewhere : remote;
    return target.connector().connect(server, tokens);
  }

  SessionTest() {
    elsewhere.addUser(ME, "right", null);
    elsewhere.addToken("u1", new AccessToken("pat-9"));
    elsewhere.addProject(PROJECT, "u1");
    remote.addUser(ME, "right", null);
    remote.addUser(OTHER, "bobs", "123456");
    remote.addToken("u1", new AccessToken("pat-1"));
    remote.addProject(PROJECT, "u1");
    remote.addProject(new ProjectInfo("p2", "Difference Engine", null, true), "u2");
  }

  @Test
  void loginWithATokenStoresIt() throws IOException {
    UserInfo user = session.login(new AccessToken("pat-1"));

    assertThat(user).isEqualTo(ME);
    assertThat(session.user()).contains(ME);
    assertThat(tokens.get(SERVER, "u1")).contains(new AccessToken("pat-1"));
    assertThat(tokens.get(SERVER, "ada@example.org")).contains(new AccessToken("pat-1"));
    assertThat(session.whoAmI()).isEqualTo(ME);
  }

  @Test
  void aRefusedTokenKeepsThePreviousLogin() throws IOException {
    session.login(new AccessToken("pat-1"));

    assertThatThrownBy(() -> session.login(new AccessToken("wrong")))
        .isInstanceOf(AuthenticationException.class);
    assertThat(session.whoAmI()).isEqualTo(ME);
    assertThat(tokens.accounts(SERVER)).containsExactly("u1");
  }

  @Test
  void aRefusedFirstTokenLeavesNoLogin() {
    assertThatThrownBy(() -> session.login(new AccessToken("wrong")))
        .isInstanceOf(AuthenticationException.class);
    assertThat(session.user()).isEmpty();
    assertThatThrownBy(session::whoAmI).isInstanceOf(NotLoggedInException.class);
  }

  @Test
  void loginWithAPasswordCreatesAndStoresAToken() throws IOException {
    UserInfo user = session.login("ada@example.org", "right", null);

    assertThat(user).isEqualTo(ME);
    assertThat(tokens.get(SERVER, "ada@example.org")).isPresent();
    assertThat(tokens.get(SERVER, "u1")).isEqualTo(tokens.get(SERVER, "ada@example.org"));
  }

  @Test
  void aWrongPasswordIsRefused() {
    assertThatThrownBy(() -> session.login("ada@example.org", "wrong", null))
        .isInstanceOf(AuthenticationException.class);
    assertThat(tokens.get(SERVER, "u1")).isEmpty();
  }

  @Test
  void twoFactorAccountsNeedTheCode() throws IOException {
    assertThatThrownBy(() -> session.login("bob@example.org", "bobs", null))
        .isInstanceOf(TwoFactorRequiredException.class);

    assertThat(session.login("bob@example.org", "bobs", "123456")).isEqualTo(OTHER);
  }

  @Test
  void resumeUsesTheStoredToken() throws IOException {
    tokens.put(SERVER, "u1", "ada@example.org", new AccessToken("pat-1"));

    assertThat(session.resume("ada@example.org")).isEqualTo(ME);
    assertThatThrownBy(() -> session.resume("nobody"))
        .isInstanceOf(AuthenticationException.class)
        .hasMessageContaining("log in first");
  }

  @Test
  void logoutForgetsTheToken() throws IOException {
    session.login(new AccessToken("pat-1"));
    session.logout();

    assertThat(session.user()).isEmpty();
    assertThat(tokens.accounts(SERVER)).isEmpty();
    assertThatThrownBy(session::whoAmI).isInstanceOf(NotLoggedInException.class);
    session.logout();
  }

  @Test
  void findsUsersAndProjects() throws IOException {
    session.login(new AccessToken("pat-1"));

    assertThat(session.findUsers("bob")).containsExactly(OTHER);
    assertThat(session.projects()).containsExactly(PROJECT);
    assertThat(session.projectsOf("u2")).extracting(ProjectInfo::id).containsExactly("p2");
    assertThat(session.findProjects("engine"))
        .extracting(ProjectInfo::id)
        .containsExactly("p1", "p2");
  }

  @Test
  void createProjectWritesAnEmptyIndexAndOpensIt() throws IOException {
    session.login(new AccessToken("pat-1"));
    InMemoryProjectStore store = new InMemoryProjectStore();

    try (Project project = session.createProject(store, config())) {
      assertThat(project.config()).isEqualTo(config());
      assertThat(project.index().isEmpty()).isTrue();
    }
    assertThat(store.state()).isPresent();
    assertThatThrownBy(() -> session.createProject(store, config()))
        .hasMessageContaining("exists already");
  }

  @Test
  void createProjectChecksTheProjectExists() throws IOException {
    session.login(new AccessToken("pat-1"));
    ProjectConfig missing =
        new ProjectConfig(
            SERVER.apiUrl(), SERVER.filesUrl(), "nope", "t", "u1", "", "/data", List.of());

    assertThatThrownBy(() -> session.createProject(new InMemoryProjectStore(), missing))
        .isInstanceOf(ProjectNotFoundException.class);
  }

  @Test
  void openProjectUsesTheStoredTokenOfItsUser() throws IOException {
    tokens.put(SERVER, "u2", "bob@example.org", new AccessToken("pat-2"));
    tokens.put(SERVER, "u1", "ada@example.org", new AccessToken("pat-1"));
    tokens.put(SERVER, "u2", "bob@example.org", new AccessToken("pat-2"));
    InMemoryProjectStore store =
        new InMemoryProjectStore(new ProjectState(config(), Snapshot.empty()));

    try (Project project = session.openProject(store)) {
      assertThat(project.analyze().actions()).isEmpty();
    }
    assertThat(connections).containsExactly("memory://osf.test pat-1");
  }

  @Test
  void openProjectFindsTheTokenByUsername() throws IOException {
    tokens.put(SERVER, "other-id", "ada@example.org", new AccessToken("pat-1"));
    InMemoryProjectStore store =
        new InMemoryProjectStore(new ProjectState(config(), Snapshot.empty()));

    try (Project project = session.openProject(store)) {
      assertThat(project.analyze().actions()).isEmpty();
    }
    assertThat(connections).containsExactly("memory://osf.test pat-1");
  }

  @Test
  void openProjectOfAnotherServerTalksToThatServerWithItsOwnToken() throws IOException {
    tokens.put(SERVER, "u1", "ada@example.org", new AccessToken("pat-1"));
    tokens.put(ELSEWHERE, "u1", "ada@example.org", new AccessToken("pat-9"));
    session.login(new AccessToken("pat-1"));
    InMemoryProjectStore store =
        new InMemoryProjectStore(new ProjectState(elsewhereConfig(), Snapshot.empty()));

    try (Project project = session.openProject(store)) {
      assertThat(project.analyze().actions()).isEmpty();
    }
    assertThat(connections)
        .containsExactly("memory://osf.test pat-1", "https://api.elsewhere.test pat-9");
  }

  @Test
  void aProjectOfAnotherServerNeverGetsThisServersToken() {
    tokens.put(SERVER, "u1", "ada@example.org", new AccessToken("pat-1"));
    InMemoryProjectStore store =
        new InMemoryProjectStore(new ProjectState(elsewhereConfig(), Snapshot.empty()));

    assertThatThrownBy(() -> session.openProject(store))
        .isInstanceOf(NotLoggedInException.class)
        .hasMessage("not logged in to https://api.elsewhere.test");
    assertThat(connections).isEmpty();
    assertThat(store.isLocked()).isFalse();
  }

  @Test
  void aGivenTokenOverridesTheStoredOnes() throws IOException {
    tokens.put(SERVER, "u1", "ada@example.org", new AccessToken("pat-1"));
    remote.addToken("u2", new AccessToken("pat-2"));
    Session withToken =
        Session.builder(this::connect, tokens)
            .server(SERVER)
            .token(new AccessToken("pat-2"))
            .localFiles(config -> local)
            .build();

    assertThat(withToken.whoAmI()).isEqualTo(OTHER);
  }

  @Test
  void tokensOfAnotherServerAreNotUsed() {
    tokens.put(ELSEWHERE, "u1", "ada@example.org", new AccessToken("pat-9"));

    assertThatThrownBy(() -> session.resume("u1")).isInstanceOf(AuthenticationException.class);
    assertThatThrownBy(session::whoAmI).isInstanceOf(NotLoggedInException.class);
    assertThat(connections).isEmpty();
  }

  @Test
  void createProjectFromAnIdAsksOsfForTheRest() throws IOException {
    session.login(new AccessToken("pat-1"));
    InMemoryProjectStore store = new InMemoryProjectStore();

    try (Project project = session.createProject(store, "p1", Path.of("/data/engine"))) {
      assertThat(project.config()).isEqualTo(config());
    }
  }

  @Test
  void theTokenNeverPrints() {
    token.set(new AccessToken("pat-1"));
    assertThat(token.toString()).doesNotContain("pat-1");
    token.clear();
    assertThat(token.toString()).contains("none");
  }

  private static ProjectConfig elsewhereConfig() {
    return new ProjectConfig(
        ELSEWHERE.apiUrl(),
        ELSEWHERE.filesUrl(),
        "p1",
        "Analytical Engine",
        "u1",
        "ada@example.org",
        "/data/engine",
        List.of());
  }

  private static ProjectConfig config() {
    return new ProjectConfig(
        SERVER.apiUrl(),
        SERVER.filesUrl(),
        "p1",
        "Analytical Engine",
        "u1",
        "ada@example.org",
        "/data/engine",
        List.of());
  }
}
