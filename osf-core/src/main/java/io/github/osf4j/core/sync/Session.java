package io.github.osf4j.core.sync;

import static java.util.Objects.requireNonNull;

import io.github.osf4j.core.AccessToken;
import io.github.osf4j.core.AuthenticationException;
import io.github.osf4j.core.LocalFilesFactory;
import io.github.osf4j.core.NewProject;
import io.github.osf4j.core.NotLoggedInException;
import io.github.osf4j.core.OsfServer;
import io.github.osf4j.core.ProjectConfig;
import io.github.osf4j.core.ProjectInfo;
import io.github.osf4j.core.ProjectPlanner;
import io.github.osf4j.core.ProjectState;
import io.github.osf4j.core.ProjectStore;
import io.github.osf4j.core.RelPath;
import io.github.osf4j.core.RemoteConnector;
import io.github.osf4j.core.RemoteFolderNotFoundException;
import io.github.osf4j.core.RemoteStorage;
import io.github.osf4j.core.SessionToken;
import io.github.osf4j.core.Snapshot;
import io.github.osf4j.core.TokenSource;
import io.github.osf4j.core.TokenStore;
import io.github.osf4j.core.UserInfo;
import io.github.osf4j.core.local.NioLocalFiles;
import io.github.osf4j.core.plan.Planner;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The library's front door, as pyosf's {@code Session}: log in once (the token is stored for later
 * runs), find users and projects, and create or open a project file. Each project file is synced
 * with the server it names, with the token stored for that server. Not thread-safe.
 *
 * <pre>{@code
 * Session session = Session.builder(OsfHttp.connector(), JsonStores.tokenStore()).build();
 * session.login(new AccessToken(token));
 * try (Project project = session.openProject(JsonStores.projectStore(file))) { ... }
 * }</pre>
 */
public final class Session {
  private static final int HASH_THREADS = Math.max(2, Runtime.getRuntime().availableProcessors());

  private final RemoteConnector connector;
  private final TokenStore tokens;
  private final OsfServer server;
  private final @Nullable AccessToken givenToken;
  private final LocalFilesFactory localFiles;
  private final ProjectPlanner planner;
  private final Clock clock;
  private final SessionToken token = new SessionToken();
  private @Nullable RemoteStorage remote;
  private @Nullable UserInfo user;

  private Session(Builder builder) {
    this.connector = builder.connector;
    this.tokens = builder.tokens;
    this.server = builder.server;
    this.givenToken = builder.token;
    this.clock = builder.clock;
    ProjectPlanner chosen = builder.planner;
    this.planner = chosen != null ? chosen : new Planner(clock)::plan;
    LocalFilesFactory files = builder.localFiles;
    this.localFiles =
        files != null
            ? files
            : config ->
                new NioLocalFiles(Path.of(config.localRoot()), config.ignore(), HASH_THREADS);
  }

  /**
   * A session that reaches servers through {@code connector} and keeps tokens in {@code tokens};
   * everything else has a default (osf.io, the standard planner and local folder, the system
   * clock).
   */
  public static Builder builder(RemoteConnector connector, TokenStore tokens) {
    return new Builder(connector, tokens);
  }

  /** The server this session logs in to and finds projects on. */
  public OsfServer server() {
    return server;
  }

  /**
   * Logs in with a personal access token and stores it for later runs.
   *
   * @throws AuthenticationException when OSF refuses the token (the previous login stays)
   */
  public UserInfo login(AccessToken accessToken) throws IOException {
    UserInfo me = use(accessToken);
    tokens.put(server, me.id(), me.email() != null ? me.email() : "", accessToken);
    return me;
  }

  /**
   * Logs in with a username and password, creating a token that is stored for later runs.
   *
   * @param otp the current two-factor code, or null
   * @throws io.github.osf4j.core.TwoFactorRequiredException when the account needs a (correct)
   *     two-factor code
   * @throws AuthenticationException when the username or password is wrong
   */
  public UserInfo login(String username, String password, @Nullable String otp) throws IOException {
    AccessToken created = remote().createToken(username, password, otp);
    UserInfo me = use(created);
    tokens.put(server, me.id(), username, created);
    return me;
  }

  /**
   * Logs in with the token stored for {@code account} (a user id or username) on this server.
   *
   * @throws AuthenticationException when none is stored or OSF refuses it
   */
  public UserInfo resume(String account) throws IOException {
    Optional<AccessToken> stored = tokens.get(server, account);
    if (stored.isEmpty()) {
      throw new AuthenticationException(
          "no stored login for " + account + " at " + server.host() + "; log in first");
    }
    return use(stored.get());
  }

  /** Forgets the current login here and in the token store. */
  public void logout() throws IOException {
    UserInfo me = user;
    if (me != null) {
      tokens.remove(server, me.id());
    }
    token.clear();
    user = null;
  }

  /** Who is logged in, when someone logged in or {@link #whoAmI()} asked. */
  public Optional<UserInfo> user() {
    return Optional.ofNullable(user);
  }

  /**
   * Asks OSF whom the current token belongs to (without a login: the given token, else the one
   * stored most recently for this server).
   *
   * @throws NotLoggedInException when there is no token at all
   */
  public UserInfo whoAmI() throws IOException {
    UserInfo me = loggedIn().whoAmI();
    user = me;
    return me;
  }

  /** Users whose name contains {@code text}. */
  public List<UserInfo> findUsers(String text) throws IOException {
    return loggedIn().findUsers(text);
  }

  /** The projects the logged-in user contributes to. */
  public List<ProjectInfo> projects() throws IOException {
    return loggedIn().projectsOf("me");
  }

  /** The projects {@code userId} contributes to. */
  public List<ProjectInfo> projectsOf(String userId) throws IOException {
    return loggedIn().projectsOf(userId);
  }

  /** Projects visible to this login whose title contains {@code title}. */
  public List<ProjectInfo> findProjects(String title) throws IOException {
    return loggedIn().findProjects(title);
  }

  /** Projects and components visible to this login with a tag containing {@code tag}. */
  public List<ProjectInfo> findProjectsByTag(String tag) throws IOException {
    return loggedIn().findProjectsByTag(tag);
  }

  /** The direct components of the project {@code projectId}. */
  public List<ProjectInfo> components(String projectId) throws IOException {
    return loggedIn().components(projectId);
  }

  /**
   * Creates a new project on OSF, owned by the logged-in user (no project file: see {@link
   * #createProject(ProjectStore, String, Path)} to link it to a folder).
   */
  public ProjectInfo createOsfProject(NewProject project) throws IOException {
    return loggedIn().createProject(project);
  }

  /**
   * The files of the project {@code projectId} on OSF now, with sizes, hashes and versions, without
   * a project file (ignore rules are not applied).
   */
  public Snapshot listFiles(String projectId) throws IOException {
    return loggedIn().list(projectId);
  }

  /**
   * The project {@code projectId}.
   *
   * @throws io.github.osf4j.core.ProjectNotFoundException when it does not exist or is not visible
   */
  public ProjectInfo project(String projectId) throws IOException {
    return loggedIn().project(projectId);
  }

  /**
   * What a new project file linking {@code localRoot} to {@code projectId} remembers: this server,
   * the project's title and the user, as OSF names them now.
   *
   * @param ignore extra ignore patterns (gitignore syntax) besides the folder's {@code .osfignore}
   * @throws io.github.osf4j.core.ProjectNotFoundException when the project does not exist or is not
   *     visible
   */
  public ProjectConfig projectConfig(String projectId, Path localRoot, List<String> ignore)
      throws IOException {
    UserInfo me = user != null ? user : whoAmI();
    ProjectInfo project = project(projectId);
    String email = me.email();
    return ProjectConfig.builder()
        .server(server)
        .projectId(project.id())
        .projectTitle(project.title())
        .userId(me.id())
        .username(email == null ? "" : email)
        .localRoot(localRoot.toAbsolutePath().normalize().toString())
        .ignore(ignore)
        .build();
  }

  /**
   * Creates a project file linking {@code localRoot} to {@code projectId} (see {@link
   * #projectConfig}) and opens it; the first sync then follows R14.
   *
   * @throws IOException when the project file exists already
   */
  public Project createProject(ProjectStore store, String projectId, Path localRoot)
      throws IOException {
    return createProject(store, projectId, localRoot, List.of());
  }

  /** As {@link #createProject(ProjectStore, String, Path)}, with extra ignore patterns. */
  public Project createProject(
      ProjectStore store, String projectId, Path localRoot, List<String> ignore)
      throws IOException {
    refuseExisting(store);
    store.save(new ProjectState(projectConfig(projectId, localRoot, ignore), Snapshot.empty()));
    return openProject(store);
  }

  /**
   * Creates a project file for {@code config} with an empty index (the first sync then follows R14)
   * and opens it. A config that includes components gets the folder of each component OSF shows now
   * (see {@link io.github.osf4j.core.ComponentFolder}).
   *
   * @throws io.github.osf4j.core.ProjectNotFoundException when the OSF project does not exist or is
   *     not visible
   * @throws io.github.osf4j.core.RemoteFolderNotFoundException when the config names a remote path
   *     that is not a folder of the project
   * @throws IOException when the project file exists already
   */
  public Project createProject(ProjectStore store, ProjectConfig config) throws IOException {
    refuseExisting(store);
    RemoteStorage remote = remoteFor(config);
    remote.project(config.projectId());
    RelPath scope = config.remotePath();
    if (scope != null && remote.folder(config.projectId(), scope).isEmpty()) {
      throw new RemoteFolderNotFoundException(
          "OSF project " + config.projectId() + " has no folder '" + scope + "'");
    }
    ProjectConfig linked = config;
    if (config.components()) {
      ComponentsRemote components =
          new ComponentsRemote(remote, config.projectId(), config.componentFolders());
      components.discover();
      linked = config.withComponentFolders(components.folders());
    }
    store.save(new ProjectState(linked, Snapshot.empty()));
    return openProject(store);
  }

  /**
   * Takes the project's lock (taking over a stale one, see {@link Project#lockNotice()}), then
   * opens the project file at the server it names, with this session's login when it is for that
   * server, else the token stored there for the file's user (or the most recent one).
   *
   * @throws ProjectLockedException when another run holds the project
   * @throws io.github.osf4j.core.ProjectFileException when the file is unreadable or of a newer
   *     format
   * @throws NotLoggedInException when no token is known for the file's server
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
      return new Project(
          scoped(remoteFor(config), config),
          store,
          state,
          localFiles.open(config),
          planner,
          clock,
          lock);
    } catch (IOException | RuntimeException e) {
      try {
        lock.close();
      } catch (IOException closing) {
        e.addSuppressed(closing);
      }
      throw e;
    }
  }

  /** The server a project file names; one made without URLs belongs to this session's. */
  public OsfServer serverOf(ProjectConfig config) {
    if (config.apiUrl().isBlank() || config.filesUrl().isBlank()) {
      return server;
    }
    return config.server();
  }

  private static void refuseExisting(ProjectStore store) throws IOException {
    if (store.exists()) {
      throw new IOException("a project file exists already; open it instead");
    }
  }

  /** {@code remote} as the config sees it: its remote path's folder only, when it names one. */
  private static RemoteStorage scoped(RemoteStorage remote, ProjectConfig config) {
    RelPath scope = config.remotePath();
    return scope == null ? remote : new ScopedRemote(remote, scope);
  }

  /** The remote of the file's server, with the token that belongs there. */
  private RemoteStorage remoteFor(ProjectConfig config) throws IOException {
    OsfServer at = serverOf(config);
    if (at.equals(server) && (token.token().isPresent() || givenToken != null)) {
      return loggedIn();
    }
    AccessToken found = tokenAt(at, List.of(config.userId(), config.username()));
    return connector.connect(at, TokenSource.of(found));
  }

  /**
   * The given token, else the one stored on {@code at} for the first of {@code accounts} that has
   * one, else the one stored there most recently.
   */
  private AccessToken tokenAt(OsfServer at, List<String> accounts) throws IOException {
    if (givenToken != null) {
      return givenToken;
    }
    for (String account : accounts) {
      if (!account.isBlank()) {
        Optional<AccessToken> stored = tokens.get(at, account);
        if (stored.isPresent()) {
          return stored.get();
        }
      }
    }
    for (String account : tokens.accounts(at)) {
      Optional<AccessToken> stored = tokens.get(at, account);
      if (stored.isPresent()) {
        return stored.get();
      }
    }
    throw new NotLoggedInException(at);
  }

  /** This server's remote with a token: the login's, else the given or stored one. */
  private RemoteStorage loggedIn() throws IOException {
    if (token.token().isEmpty()) {
      token.set(tokenAt(server, List.of()));
    }
    return remote();
  }

  private RemoteStorage remote() {
    RemoteStorage connected = remote;
    if (connected == null) {
      connected = connector.connect(server, token);
      remote = connected;
    }
    return connected;
  }

  private UserInfo use(AccessToken accessToken) throws IOException {
    Optional<AccessToken> previous = token.token();
    token.set(accessToken);
    try {
      UserInfo me = remote().whoAmI();
      user = me;
      return me;
    } catch (IOException | RuntimeException e) {
      previous.ifPresentOrElse(token::set, token::clear);
      throw e;
    }
  }

  /** Builds a {@link Session}; every part but the connector and the token store has a default. */
  public static final class Builder {
    private final RemoteConnector connector;
    private final TokenStore tokens;
    private OsfServer server = OsfServer.OSF_IO;
    private @Nullable AccessToken token;
    private @Nullable ProjectPlanner planner;
    private @Nullable LocalFilesFactory localFiles;
    private Clock clock = Clock.systemUTC();

    private Builder(RemoteConnector connector, TokenStore tokens) {
      this.connector = requireNonNull(connector, "connector");
      this.tokens = requireNonNull(tokens, "tokens");
    }

    /** The server to log in to (default osf.io); project files still name their own. */
    public Builder server(OsfServer value) {
      this.server = requireNonNull(value, "server");
      return this;
    }

    /**
     * A token to use instead of any stored one (e.g. from {@code OSF_TOKEN}), on this server and on
     * the server of any project file opened.
     */
    public Builder token(AccessToken value) {
      this.token = requireNonNull(value, "token");
      return this;
    }

    /** The planner (default: the standard {@link Planner}). */
    public Builder planner(ProjectPlanner value) {
      this.planner = requireNonNull(value, "planner");
      return this;
    }

    /** Opens a project's local folder (default: {@link NioLocalFiles} on its root). */
    public Builder localFiles(LocalFilesFactory value) {
      this.localFiles = requireNonNull(value, "localFiles");
      return this;
    }

    /** The clock of the planner's conflict names and the index's batches (default: UTC). */
    public Builder clock(Clock value) {
      this.clock = requireNonNull(value, "clock");
      return this;
    }

    public Session build() {
      return new Session(this);
    }
  }
}
