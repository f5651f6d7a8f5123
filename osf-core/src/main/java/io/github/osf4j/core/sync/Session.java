package io.github.osf4j.core.sync;

import static java.util.Objects.requireNonNull;

import io.github.osf4j.core.AccessToken;
import io.github.osf4j.core.AuthenticationException;
import io.github.osf4j.core.LocalFilesFactory;
import io.github.osf4j.core.OsfServer;
import io.github.osf4j.core.ProjectConfig;
import io.github.osf4j.core.ProjectFileException;
import io.github.osf4j.core.ProjectInfo;
import io.github.osf4j.core.ProjectPlanner;
import io.github.osf4j.core.ProjectState;
import io.github.osf4j.core.ProjectStore;
import io.github.osf4j.core.RemoteStorage;
import io.github.osf4j.core.SessionToken;
import io.github.osf4j.core.Snapshot;
import io.github.osf4j.core.TokenStore;
import io.github.osf4j.core.UserInfo;
import java.io.IOException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A login to OSF, as pyosf offered it: log in with a token or a password (and a two-factor code),
 * find users and projects, and open or create a project file. Built only on the ports; not
 * thread-safe.
 */
public final class Session {

  private final RemoteStorage remote;
  private final SessionToken token;
  private final TokenStore tokens;
  private final LocalFilesFactory localFiles;
  private final ProjectPlanner planner;
  private final Clock clock;
  private @Nullable UserInfo user;

  /**
   * A session that is not logged in yet.
   *
   * @param remote the remote storage, which must send {@code token}
   * @param token the token source {@code remote} sends, set here on login
   * @param tokens where tokens are kept between runs
   * @param localFiles opens a project's local folder
   * @param planner makes plans, e.g. {@code new Planner(clock)::plan}
   * @param clock the time for saving in batches
   */
  public Session(
      RemoteStorage remote,
      SessionToken token,
      TokenStore tokens,
      LocalFilesFactory localFiles,
      ProjectPlanner planner,
      Clock clock) {
    this.remote = requireNonNull(remote, "remote");
    this.token = requireNonNull(token, "token");
    this.tokens = requireNonNull(tokens, "tokens");
    this.localFiles = requireNonNull(localFiles, "localFiles");
    this.planner = requireNonNull(planner, "planner");
    this.clock = requireNonNull(clock, "clock");
  }

  /**
   * Logs in with a personal access token and stores it for later runs.
   *
   * @throws AuthenticationException when OSF refuses the token (the previous login stays)
   */
  public UserInfo login(AccessToken accessToken) throws IOException {
    UserInfo me = use(accessToken);
    tokens.put(remote.server(), me.id(), me.email() != null ? me.email() : "", accessToken);
    return me;
  }

  /**
   * Logs in with a username and password, creating a token that is stored for later runs.
   *
   * @param otp the current two-factor code, or null
   * @throws TwoFactorRequiredException when the account needs a (correct) two-factor code
   * @throws AuthenticationException when the username or password is wrong
   */
  public UserInfo login(String username, String password, @Nullable String otp) throws IOException {
    AccessToken created = remote.createToken(username, password, otp);
    UserInfo me = use(created);
    tokens.put(remote.server(), me.id(), username, created);
    return me;
  }

  /**
   * Logs in with the token stored for {@code account} (a user id or username).
   *
   * @throws AuthenticationException when none is stored or OSF refuses it
   */
  public UserInfo resume(String account) throws IOException {
    Optional<AccessToken> stored = tokens.get(remote.server(), account);
    if (stored.isEmpty()) {
      throw new AuthenticationException("no stored login for " + account + "; log in first");
    }
    return use(stored.get());
  }

  /** Forgets the current login here and in the token store. */
  public void logout() throws IOException {
    UserInfo me = user;
    if (me != null) {
      tokens.remove(remote.server(), me.id());
    }
    token.clear();
    user = null;
  }

  /** Who is logged in, when someone is. */
  public Optional<UserInfo> user() {
    return Optional.ofNullable(user);
  }

  /** Asks OSF whom the current token belongs to. */
  public UserInfo whoAmI() throws IOException {
    return remote.whoAmI();
  }

  /** Users whose name contains {@code text}. */
  public List<UserInfo> findUsers(String text) throws IOException {
    return remote.findUsers(text);
  }

  /** The projects the logged-in user contributes to. */
  public List<ProjectInfo> projects() throws IOException {
    return remote.projectsOf("me");
  }

  /** The projects {@code userId} contributes to. */
  public List<ProjectInfo> projectsOf(String userId) throws IOException {
    return remote.projectsOf(userId);
  }

  /** Projects visible to this login whose title contains {@code title}. */
  public List<ProjectInfo> findProjects(String title) throws IOException {
    return remote.findProjects(title);
  }

  /**
   * Creates a project file for {@code config} with an empty index (the first sync then follows R14)
   * and opens it.
   *
   * @throws ProjectNotFoundException when the OSF project does not exist or is not visible
   * @throws IOException when the project file exists already
   */
  public Project createProject(ProjectStore store, ProjectConfig config) throws IOException {
    if (store.exists()) {
      throw new IOException("a project file exists already; open it instead");
    }
    remote.project(config.projectId());
    store.save(new ProjectState(config, Snapshot.empty()));
    return openProject(store);
  }

  /**
   * Takes the project's lock (taking over a stale one, see {@link Project#lockNotice()}), then
   * opens the project file, logging in with the stored token of its user when nobody is logged in.
   *
   * @throws ProjectLockedException when another run holds the project
   * @throws ProjectFileException when the file is unreadable or of a newer format
   */
  public Project openProject(ProjectStore store) throws IOException {
    return openProject(store, false);
  }

  /**
   * As {@link #openProject(ProjectStore)}; with {@code breakLock}, a lock held by another run or
   * host is broken first (the user's explicit call when they know that run is gone).
   */
  public Project openProject(ProjectStore store, boolean breakLock) throws IOException {
    ProjectStore.Lock lock = breakLock ? store.breakLock() : store.lock();
    try {
      ProjectState state = store.load();
      ProjectConfig config = state.config();
      checkServer(config);
      if (user == null) {
        boolean byId = tokens.get(remote.server(), config.userId()).isPresent();
        resume(byId ? config.userId() : config.username());
      }
      return new Project(remote, store, state, localFiles.open(config), planner, clock, lock);
    } catch (IOException | RuntimeException e) {
      try {
        lock.close();
      } catch (IOException closing) {
        e.addSuppressed(closing);
      }
      throw e;
    }
  }

  /** A project file made for another server must not get this session's token (or its data). */
  private void checkServer(ProjectConfig config) throws ProjectFileException {
    if (config.apiUrl().isBlank() || config.filesUrl().isBlank()) {
      return;
    }
    OsfServer server = new OsfServer(config.apiUrl(), config.filesUrl());
    if (!server.equals(remote.server())) {
      throw new ProjectFileException(
          "the project file belongs to the server "
              + server.apiUrl()
              + ", this session talks to "
              + remote.server().apiUrl());
    }
  }

  private UserInfo use(AccessToken accessToken) throws IOException {
    Optional<AccessToken> previous = token.token();
    token.set(accessToken);
    try {
      UserInfo me = remote.whoAmI();
      user = me;
      return me;
    } catch (IOException | RuntimeException e) {
      previous.ifPresentOrElse(token::set, token::clear);
      throw e;
    }
  }
}
