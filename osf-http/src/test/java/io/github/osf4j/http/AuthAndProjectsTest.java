package io.github.osf4j.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.osf4j.core.AccessToken;
import io.github.osf4j.core.AuthenticationException;
import io.github.osf4j.core.IncompleteListingException;
import io.github.osf4j.core.PermissionDeniedException;
import io.github.osf4j.core.ProjectInfo;
import io.github.osf4j.core.ProjectNotFoundException;
import io.github.osf4j.core.TokenSource;
import io.github.osf4j.core.TwoFactorRequiredException;
import io.github.osf4j.core.UserInfo;
import io.github.osf4j.testkit.FakeOsfServer;
import io.github.osf4j.testkit.Fault;
import io.github.osf4j.testkit.RequestLog;
import io.github.osf4j.testkit.Totp;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

final class AuthAndProjectsTest {
  private static final String SECRET = "JBSWY3DPEHPK3PXP";
  private static final Instant NOW = Instant.parse("2026-11-26T12:00:00Z");

  private Emulator emu = Emulator.start();

  @AfterEach
  void stop() {
    emu.close();
  }

  @Test
  void whoAmISendsTheBearerTokenAtVersion220() throws Exception {
    UserInfo me = emu.storage().whoAmI();

    assertThat(me.id()).isEqualTo(emu.server.userId());
    RequestLog.Entry request = emu.server.requests().entries().get(0);
    assertThat(request.method()).isEqualTo("GET");
    assertThat(request.path()).isEqualTo("/v2/users/me/");
    assertThat(request.query()).isEqualTo("version=2.20");
    assertThat(request.header("Authorization")).isEqualTo("Bearer " + Emulator.TOKEN);
    assertThat(request.header("User-Agent")).startsWith("osf4j/");
  }

  @Test
  void invalidTokenIsAnAuthenticationErrorWithoutTheToken() {
    HttpRemoteStorage storage = emu.storage(emu.config(), "not-a-valid-token-XYZ");

    assertThatThrownBy(storage::whoAmI)
        .isInstanceOf(AuthenticationException.class)
        .isNotInstanceOf(TwoFactorRequiredException.class)
        .hasMessageContaining("access token")
        .satisfies(e -> assertThat(e.toString()).doesNotContain("not-a-valid-token-XYZ"));
    assertThat(emu.server.requests().count()).isEqualTo(1);
  }

  @Test
  void missingTokenFailsBeforeAnyRequest() {
    HttpRemoteStorage storage = new HttpRemoteStorage(emu.config(), Optional::empty);

    assertThatThrownBy(storage::whoAmI).isInstanceOf(AuthenticationException.class);
    assertThat(emu.server.requests().count()).isZero();
  }

  @Test
  void readOnlyTokenCannotWrite() throws Exception {
    String node = emu.server.createProject("P");
    emu.server.addReadOnlyToken("read-only-token");
    HttpRemoteStorage storage = emu.storage(emu.config(), "read-only-token");

    assertThat(storage.list(node).isEmpty()).isTrue();
    assertThatThrownBy(() -> storage.mkdir(node, null, "d"))
        .isInstanceOf(PermissionDeniedException.class);
  }

  @Test
  void someoneElsesPrivateProjectIsPermissionDenied() {
    String other = emu.server.addUser("Grace Hopper", null);
    String node = emu.server.createProjectOwnedBy(other, "theirs");

    assertThatThrownBy(() -> emu.storage().project(node))
        .isInstanceOf(PermissionDeniedException.class);
  }

  @Test
  void unknownProjectIsNotFound() {
    assertThatThrownBy(() -> emu.storage().project("zzzzz"))
        .isInstanceOf(ProjectNotFoundException.class)
        .hasMessageContaining("zzzzz");
    assertThatThrownBy(() -> emu.storage().list("zzzzz"))
        .isInstanceOf(ProjectNotFoundException.class);
  }

  @Test
  void passwordCreatesAFullWriteTokenWithBasicAuth() throws Exception {
    restart(FakeOsfServer.builder().user("ada@example.org", "pw"));
    HttpRemoteStorage anonymous = new HttpRemoteStorage(emu.config(), Optional::empty);

    AccessToken token = anonymous.createToken("ada@example.org", "pw", null);

    assertThat(emu.storage(emu.config(), token.value()).whoAmI().id())
        .isEqualTo(emu.server.userId());
    RequestLog.Entry post = emu.server.requests().entries().get(0);
    assertThat(post.method()).isEqualTo("POST");
    assertThat(post.path()).isEqualTo("/v2/tokens/");
    assertThat(post.header("Authorization")).startsWith("Basic ");
    assertThat(post.header("Content-Type")).startsWith("application/json");
  }

  @Test
  void wrongPasswordIsAnAuthenticationError() {
    restart(FakeOsfServer.builder().user("ada@example.org", "pw"));
    HttpRemoteStorage anonymous = new HttpRemoteStorage(emu.config(), Optional::empty);

    assertThatThrownBy(() -> anonymous.createToken("ada@example.org", "nope", null))
        .isInstanceOf(AuthenticationException.class)
        .isNotInstanceOf(TwoFactorRequiredException.class)
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("nope"));
  }

  @Test
  void twoFactorAccountNeedsTheCurrentCode() throws Exception {
    Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    restart(FakeOsfServer.builder().user("ada@example.org", "pw").otpSecret(SECRET).clock(clock));
    HttpRemoteStorage anonymous = new HttpRemoteStorage(emu.config(), Optional::empty);

    assertThatThrownBy(() -> anonymous.createToken("ada@example.org", "pw", null))
        .isInstanceOf(TwoFactorRequiredException.class);
    assertThatThrownBy(() -> anonymous.createToken("ada@example.org", "pw", "000000"))
        .isInstanceOf(TwoFactorRequiredException.class);
    AccessToken token = anonymous.createToken("ada@example.org", "pw", Totp.code(SECRET, NOW));

    assertThat(token.value()).isNotBlank();
    List<RequestLog.Entry> posts = emu.server.requests().entries();
    assertThat(posts).hasSize(3);
    assertThat(posts.get(0).header("X-OSF-OTP")).isNull();
    assertThat(posts.get(2).header("X-OSF-OTP")).isEqualTo(Totp.code(SECRET, NOW));
  }

  @Test
  void findsUsersByName() throws Exception {
    String grace = emu.server.addUser("Grace Hopper", null);

    List<UserInfo> found = emu.storage().findUsers("Hopper");

    assertThat(found).extracting(UserInfo::id).containsExactly(grace);
    assertThat(emu.server.requests().entries().get(0).query())
        .contains("filter%5Bfull_name%5D=Hopper");
  }

  @Test
  void projectsOfAUserComeFromEveryPage() throws Exception {
    for (int i = 0; i < 150; i++) {
      emu.server.createProject("p" + i);
    }

    List<ProjectInfo> projects = emu.storage().projectsOf("me");

    assertThat(projects).hasSize(150);
    assertThat(projects.stream().map(ProjectInfo::id).distinct().count()).isEqualTo(150);
    assertThat(emu.server.requests().count("GET", "/v2/users/[^/]+/nodes/")).isEqualTo(2);
  }

  @Test
  void paginationBugIsCaughtAndTheWalkRepeated() throws Exception {
    for (int i = 0; i < 250; i++) {
      emu.server.createProject("p" + i);
    }
    emu.server.faults().add(Fault.paginationBug().times(2));

    List<ProjectInfo> projects = emu.storage().projectsOf("me");

    assertThat(projects.stream().map(ProjectInfo::id).collect(Collectors.toSet())).hasSize(250);
    assertThat(emu.server.requests().count("GET", "/v2/users/[^/]+/nodes/")).isGreaterThan(3);
  }

  @Test
  void persistentPaginationBugFailsTheWholeList() {
    for (int i = 0; i < 250; i++) {
      emu.server.createProject("p" + i);
    }
    emu.server.faults().add(Fault.paginationBug());

    assertThatThrownBy(() -> emu.storage().projectsOf("me"))
        .isInstanceOf(IncompleteListingException.class);
  }

  @Test
  void findsProjectsByTitleWithHtmlEscapingUndone() throws Exception {
    String node = emu.server.createProject("> data & < files");
    emu.server.createProject("unrelated");

    List<ProjectInfo> found = emu.storage().findProjects("data & <");

    assertThat(found).extracting(ProjectInfo::id).containsExactly(node);
    assertThat(found.get(0).title()).isEqualTo("> data & < files");
    assertThat(emu.server.requests().entries().get(0).query())
        .contains("filter%5Btitle%5D=data%20%26amp%3B%20%26lt%3B");
  }

  @Test
  void opensAProjectAndListsItsComponents() throws Exception {
    String node = emu.server.createProject("Parent");
    String child = emu.server.createComponent(node, "Child");

    ProjectInfo project = emu.storage().project(node);
    List<ProjectInfo> components = emu.storage().components(node);

    assertThat(project.title()).isEqualTo("Parent");
    assertThat(project.parentId()).isNull();
    assertThat(components).extracting(ProjectInfo::id).containsExactly(child);
    assertThat(components.get(0).parentId()).isEqualTo(node);
  }

  @Test
  void aComponentShownReadOnlyIsNotWritableAndItsStorageRefusesWrites() throws Exception {
    String node = emu.server.createProject("Parent");
    String other = emu.server.addUser("Grace Hopper", null);
    String shared = emu.server.createComponentOwnedBy(other, node, "Shared");
    String hidden = emu.server.createComponentOwnedBy(other, node, "Hidden");
    String writable = emu.server.createComponentOwnedBy(other, node, "Team");
    emu.server.addContributor(shared, emu.server.userId(), false);
    emu.server.addContributor(writable, emu.server.userId(), true);
    emu.server.putFile(shared, "r.txt", "r".getBytes(java.nio.charset.StandardCharsets.UTF_8));
    HttpRemoteStorage storage = emu.storage();

    List<ProjectInfo> components = storage.components(node);

    assertThat(components)
        .extracting(ProjectInfo::id, ProjectInfo::writable)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple(shared, false),
            org.assertj.core.groups.Tuple.tuple(writable, true));
    assertThat(components).extracting(ProjectInfo::id).doesNotContain(hidden);
    assertThat(storage.project(node).writable()).isTrue();
    assertThat(storage.list(shared).entries()).hasSize(1);
    assertThatThrownBy(() -> storage.mkdir(shared, null, "nope"))
        .isInstanceOf(PermissionDeniedException.class);
    assertThat(storage.mkdir(writable, null, "yes").isFolder()).isTrue();
  }

  @Test
  void tokenSourceIsAskedForEveryRequest() throws Exception {
    AccessToken good = new AccessToken(Emulator.TOKEN);
    int[] asked = {0};
    TokenSource counting =
        () -> {
          asked[0]++;
          return Optional.of(good);
        };
    HttpRemoteStorage storage = new HttpRemoteStorage(emu.config(), counting);

    storage.whoAmI();
    storage.whoAmI();

    assertThat(asked[0]).isEqualTo(2);
  }

  private void restart(FakeOsfServer.Builder builder) {
    emu.close();
    emu = Emulator.start(builder);
  }
}
