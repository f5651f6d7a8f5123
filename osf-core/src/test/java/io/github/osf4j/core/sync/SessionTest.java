package io.github.osf4j.core.sync;

import static io.github.osf4j.testkit.fakes.InMemoryRemoteStorage.SERVER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.osf4j.core.AccessToken;
import io.github.osf4j.core.AuthenticationException;
import io.github.osf4j.core.OsfServer;
import io.github.osf4j.core.ProjectConfig;
import io.github.osf4j.core.ProjectFileException;
import io.github.osf4j.core.ProjectInfo;
import io.github.osf4j.core.ProjectNotFoundException;
import io.github.osf4j.core.ProjectState;
import io.github.osf4j.core.SessionToken;
import io.github.osf4j.core.Snapshot;
import io.github.osf4j.core.TwoFactorRequiredException;
import io.github.osf4j.core.UserInfo;
import io.github.osf4j.core.plan.Planner;
import io.github.osf4j.testkit.fakes.InMemoryLocalFiles;
import io.github.osf4j.testkit.fakes.InMemoryProjectStore;
import io.github.osf4j.testkit.fakes.InMemoryRemoteStorage;
import io.github.osf4j.testkit.fakes.InMemoryTokenStore;
import io.github.osf4j.testkit.fakes.MutableClock;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

final class SessionTest {
  private static final UserInfo ME = new UserInfo("u1", "Ada Lovelace", "ada@example.org");
  private static final UserInfo OTHER = new UserInfo("u2", "Bob Builder", "bob@example.org");
  private static final ProjectInfo PROJECT =
      new ProjectInfo("p1", "Analytical Engine", null, false);

  private final MutableClock clock = new MutableClock();
  private final SessionToken token = new SessionToken();
  private final InMemoryRemoteStorage remote = new InMemoryRemoteStorage(token);
  private final InMemoryTokenStore tokens = new InMemoryTokenStore();
  private final InMemoryLocalFiles local = new InMemoryLocalFiles();
  private final Session session =
      new Session(remote, token, tokens, config -> local, new Planner(clock)::plan, clock);

  SessionTest() {
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
    assertThat(token.token()).contains(new AccessToken("pat-1"));
    assertThat(tokens.accounts(SERVER)).containsExactly("u1");
  }

  @Test
  void aRefusedFirstTokenLeavesNoLogin() {
    assertThatThrownBy(() -> session.login(new AccessToken("wrong")))
        .isInstanceOf(AuthenticationException.class);
    assertThat(token.token()).isEmpty();
    assertThat(session.user()).isEmpty();
  }

  @Test
  void loginWithAPasswordCreatesAndStoresAToken() throws IOException {
    UserInfo user = session.login("ada@example.org", "right", null);

    assertThat(user).isEqualTo(ME);
    assertThat(tokens.get(SERVER, "ada@example.org")).isPresent();
    assertThat(tokens.get(SERVER, "u1")).isEqualTo(token.token());
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
    assertThatThrownBy(session::whoAmI).isInstanceOf(AuthenticationException.class);
    session.logout();
    assertThat(token.token()).isEmpty();
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
    ProjectConfig missing = new ProjectConfig("a", "f", "nope", "t", "u1", "", "/data", List.of());

    assertThatThrownBy(() -> session.createProject(new InMemoryProjectStore(), missing))
        .isInstanceOf(ProjectNotFoundException.class);
  }

  @Test
  void openProjectLogsInWithTheStoredTokenOfItsUser() throws IOException {
    tokens.put(SERVER, "u1", "ada@example.org", new AccessToken("pat-1"));
    InMemoryProjectStore store =
        new InMemoryProjectStore(new ProjectState(config(), Snapshot.empty()));

    try (Project project = session.openProject(store)) {
      assertThat(session.user()).contains(ME);
      assertThat(project.analyze().actions()).isEmpty();
    }
  }

  @Test
  void openProjectFindsTheTokenByUsername() throws IOException {
    tokens.put(SERVER, "other-id", "ada@example.org", new AccessToken("pat-1"));
    InMemoryProjectStore store =
        new InMemoryProjectStore(new ProjectState(config(), Snapshot.empty()));

    session.openProject(store).close();
    assertThat(session.user()).contains(ME);
  }

  @Test
  void openProjectRefusesAProjectFileOfAnotherServer() {
    tokens.put(SERVER, "u1", "ada@example.org", new AccessToken("pat-1"));
    ProjectConfig elsewhere =
        new ProjectConfig(
            "https://api.elsewhere.test/v2/",
            "https://files.elsewhere.test/v1/",
            "p1",
            "Analytical Engine",
            "u1",
            "ada@example.org",
            "/data/engine",
            List.of());
    InMemoryProjectStore store =
        new InMemoryProjectStore(new ProjectState(elsewhere, Snapshot.empty()));

    assertThatThrownBy(() -> session.openProject(store))
        .isInstanceOf(ProjectFileException.class)
        .hasMessageContaining("https://api.elsewhere.test/v2/");
    assertThat(token.token()).isEmpty();
  }

  @Test
  void tokensOfAnotherServerAreNotUsed() {
    tokens.put(
        new OsfServer("https://api.elsewhere.test/v2/", "https://files.elsewhere.test/v1/"),
        "u1",
        "ada@example.org",
        new AccessToken("pat-1"));

    assertThatThrownBy(() -> session.resume("u1")).isInstanceOf(AuthenticationException.class);
    assertThat(token.token()).isEmpty();
  }

  @Test
  void theTokenNeverPrints() {
    token.set(new AccessToken("pat-1"));
    assertThat(token.toString()).doesNotContain("pat-1");
    token.clear();
    assertThat(token.toString()).contains("none");
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
