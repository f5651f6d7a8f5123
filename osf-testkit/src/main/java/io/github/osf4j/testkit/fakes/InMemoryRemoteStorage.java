package io.github.osf4j.testkit.fakes;

import io.github.osf4j.core.AccessToken;
import io.github.osf4j.core.AuthenticationException;
import io.github.osf4j.core.Content;
import io.github.osf4j.core.Entry;
import io.github.osf4j.core.FileVersion;
import io.github.osf4j.core.IncompleteListingException;
import io.github.osf4j.core.NewProject;
import io.github.osf4j.core.OsfServer;
import io.github.osf4j.core.PermissionDeniedException;
import io.github.osf4j.core.ProjectInfo;
import io.github.osf4j.core.ProjectNotFoundException;
import io.github.osf4j.core.QuotaExceededException;
import io.github.osf4j.core.RelPath;
import io.github.osf4j.core.RemoteConnector;
import io.github.osf4j.core.RemoteRef;
import io.github.osf4j.core.RemoteStorage;
import io.github.osf4j.core.Snapshot;
import io.github.osf4j.core.StorageUsage;
import io.github.osf4j.core.TokenSource;
import io.github.osf4j.core.TransferListener;
import io.github.osf4j.core.TwoFactorRequiredException;
import io.github.osf4j.core.UserInfo;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;

/**
 * An OSF account server and osfstorage in memory, for tests without network: users, passwords with
 * optional two-factor codes, tokens, projects and their file trees, with recorded calls,
 * concurrency counting and fault injection. Thread-safe.
 */
public final class InMemoryRemoteStorage implements RemoteStorage {

  /** The server an in-memory remote says it is, unless built with another. */
  public static final OsfServer SERVER =
      new OsfServer("memory://osf.test/v2/", "memory://osf.test/v1/");

  private final OsfServer server;
  private volatile TokenSource tokens;
  private final Map<String, UserInfo> users = new LinkedHashMap<>();
  private final Map<String, String[]> passwords = new TreeMap<>();
  private final Map<String, String> userIdsByToken = new TreeMap<>();
  private final Map<String, FakeProject> projects = new LinkedHashMap<>();
  private final List<String> calls = new ArrayList<>();
  private final List<String> knownHashes = new ArrayList<>();
  private final AtomicInteger activeTransfers = new AtomicInteger();
  private final AtomicInteger maxTransfers = new AtomicInteger();
  private final AtomicInteger storageReads = new AtomicInteger();
  private final Map<String, Long> quotas = new TreeMap<>();
  private volatile boolean storagePending;
  private volatile FaultInjector faults = FaultInjector.NONE;
  private volatile boolean listingFails;
  private final Map<String, Map<RelPath, String>> listingProblems = new TreeMap<>();
  private volatile boolean corruptDownloads;
  private volatile boolean corruptUploads;
  private int issued;
  private int created;

  /** A server that authenticates every call with the token {@code tokens} supplies. */
  public InMemoryRemoteStorage(TokenSource tokens) {
    this(SERVER, tokens);
  }

  /**
   * A server at {@code server} that authenticates every call with the token {@code tokens} gives.
   */
  public InMemoryRemoteStorage(OsfServer server, TokenSource tokens) {
    this.server = server;
    this.tokens = tokens;
  }

  @Override
  public OsfServer server() {
    return server;
  }

  /**
   * Connects a {@code Session} to this server: a connection to {@link #server()} is this fake,
   * sending from then on the tokens of the most recent connection; any other server is refused (a
   * token must never reach it).
   */
  public RemoteConnector connector() {
    return (at, source) -> {
      if (!at.equals(server)) {
        throw new IllegalArgumentException("the in-memory server is " + server + ", not " + at);
      }
      tokens = source;
      return this;
    };
  }

  /** A server with one user who is logged in with {@code token} and owns a project {@code id}. */
  public static InMemoryRemoteStorage withProject(String id) {
    AccessToken token = new AccessToken("test-token");
    InMemoryRemoteStorage remote = new InMemoryRemoteStorage(TokenSource.of(token));
    remote.addUser(new UserInfo("me", "Test User", "me@example.org"), "secret", null);
    remote.addToken("me", token);
    remote.addProject(new ProjectInfo(id, "Project " + id, null, false), "me");
    return remote;
  }

  // ---- set-up and inspection -------------------------------------------------------------

  /** Adds a user who logs in with {@code user.email()} (or id) and {@code password}. */
  public synchronized void addUser(UserInfo user, String password, @Nullable String otp) {
    users.put(user.id(), user);
    String login = user.email() != null ? user.email() : user.id();
    passwords.put(login, new String[] {user.id(), password, otp == null ? "" : otp});
  }

  /** Makes {@code token} valid for {@code userId}. */
  public synchronized void addToken(String userId, AccessToken token) {
    userIdsByToken.put(token.value(), userId);
  }

  /** Revokes {@code token}. */
  public synchronized void revokeToken(AccessToken token) {
    userIdsByToken.remove(token.value());
  }

  /** Adds a project (or a component, when {@code info.parentId()} is set) with contributors. */
  public synchronized void addProject(ProjectInfo info, String... contributorIds) {
    projects.put(
        info.id(),
        new FakeProject(
            info,
            Set.of(contributorIds),
            new RemoteTree(info.id() + "-"),
            new LinkedHashSet<>(),
            new LinkedHashSet<>()));
  }

  /**
   * Makes {@code userId} a read-only contributor of a project or component: it sees the node and
   * its files (also when private) but every write is refused, as OSF's {@code read} permission.
   */
  public synchronized void addReader(String projectId, String userId) {
    FakeProject project = projects.get(projectId);
    if (project == null) {
      throw new IllegalArgumentException("no project " + projectId);
    }
    project.readers().add(userId);
  }

  /** Renames a project or component, as its owner would on the web. */
  public synchronized void retitle(String projectId, String title) {
    FakeProject project = projects.get(projectId);
    if (project == null) {
      throw new IllegalArgumentException("no project " + projectId);
    }
    ProjectInfo old = project.info();
    projects.put(
        projectId,
        new FakeProject(
            new ProjectInfo(old.id(), title, old.parentId(), old.isPublic()),
            project.contributors(),
            project.tree(),
            project.tags(),
            project.readers()));
  }

  /** Deletes a project or component with its files, as its owner would on the web. */
  public synchronized void deleteProject(String projectId) {
    if (projects.remove(projectId) == null) {
      throw new IllegalArgumentException("no project " + projectId);
    }
  }

  /** Adds tags to a project, as its owner would on the web. */
  public synchronized void tag(String projectId, String... tags) {
    FakeProject project = projects.get(projectId);
    if (project == null) {
      throw new IllegalArgumentException("no project " + projectId);
    }
    project.tags().addAll(List.of(tags));
  }

  /** Writes a file (and any missing parent folders) as another client would. */
  public void putFile(String projectId, String path, String text) {
    putFile(projectId, path, text.getBytes(StandardCharsets.UTF_8));
  }

  /** Writes a file (and any missing parent folders) as another client would. */
  public synchronized void putFile(String projectId, String path, byte[] bytes) {
    RemoteTree tree = tree(projectId);
    RelPath relPath = RelPath.of(path);
    relPath.parent().ifPresent(tree::mkdirs);
    tree.putFile(relPath, bytes);
  }

  /** Creates a folder and its parents as another client would. */
  public synchronized void mkdirs(String projectId, String path) {
    tree(projectId).mkdirs(RelPath.of(path));
  }

  /** Deletes a path and its subtree as another client would; nothing there is fine. */
  public synchronized void remove(String projectId, String path) {
    tree(projectId).removeTree(RelPath.of(path));
  }

  /** Moves a path as another client would. */
  public synchronized void rename(String projectId, String from, String to) throws IOException {
    tree(projectId).move(RelPath.of(from), RelPath.of(to));
  }

  /** The text of a file, if there is one at {@code path}. */
  public synchronized Optional<String> text(String projectId, String path) {
    byte[] bytes = tree(projectId).content(RelPath.of(path));
    return Optional.ofNullable(bytes).map(b -> new String(b, StandardCharsets.UTF_8));
  }

  /** Every file as path to text, in path order. */
  public synchronized Map<String, String> files(String projectId) {
    Map<String, String> files = new TreeMap<>();
    for (Entry entry : tree(projectId).snapshot().entries().values()) {
      if (entry.isFile()) {
        files.put(entry.path().value(), text(projectId, entry.path().value()).orElse(""));
      }
    }
    return files;
  }

  /** Every folder path, in order. */
  public synchronized Set<String> folders(String projectId) {
    Set<String> folders = new TreeSet<>();
    for (Entry entry : tree(projectId).snapshot().entries().values()) {
      if (entry.isFolder()) {
        folders.add(entry.path().value());
      }
    }
    return folders;
  }

  /** The calls made so far, e.g. {@code "upload a/b.txt"}, in order. */
  public synchronized List<String> calls() {
    return List.copyOf(calls);
  }

  /**
   * The {@link Content#knownSha256} of each content uploaded or updated so far, in order ("" where
   * the caller knew none).
   */
  public synchronized List<String> knownHashes() {
    return List.copyOf(knownHashes);
  }

  /** The most transfers (download, upload, update) that ever ran at once. */
  public int maxConcurrentTransfers() {
    return maxTransfers.get();
  }

  /**
   * Gives {@code projectId} a storage quota of {@code bytes} instead of OSF's (5 GB private, 50 GB
   * public). Uploads that would exceed it fail with {@link QuotaExceededException}, as OSF's 507.
   */
  public synchronized void setQuota(String projectId, long bytes) {
    tree(projectId);
    quotas.put(projectId, bytes);
  }

  /** Makes {@link #storage} say nothing, as OSF does while it computes a project's usage (202). */
  public void setStoragePending(boolean pending) {
    this.storagePending = pending;
  }

  /** Bytes of every version of every file of a project, as its quota counts them. */
  public synchronized long usage(String projectId) {
    return tree(projectId).usage();
  }

  /** How often {@link #storage} was called. */
  public int storageReads() {
    return storageReads.get();
  }

  public void setFaults(FaultInjector faults) {
    this.faults = faults;
  }

  /**
   * Makes listings report {@code path} (and hide its subtree) as a problem with {@code reason}, as
   * the HTTP adapter reports a name it cannot represent; null makes it listed again.
   */
  public synchronized void setListingProblem(
      String projectId, String path, @Nullable String reason) {
    Map<RelPath, String> problems =
        listingProblems.computeIfAbsent(projectId, id -> new TreeMap<>());
    if (reason == null) {
      problems.remove(RelPath.of(path));
    } else {
      problems.put(RelPath.of(path), reason);
    }
  }

  /** Makes {@link #list} fail as an incomplete listing. */
  public void setListingFails(boolean fails) {
    this.listingFails = fails;
  }

  /** Makes downloads deliver wrong bytes without noticing (a faulty transfer layer). */
  public void setCorruptDownloads(boolean corrupt) {
    this.corruptDownloads = corrupt;
  }

  /** Makes uploads store (and report) different bytes than were sent. */
  public void setCorruptUploads(boolean corrupt) {
    this.corruptUploads = corrupt;
  }

  // ---- accounts and projects -------------------------------------------------------------

  @Override
  public synchronized UserInfo whoAmI() throws IOException {
    record("whoAmI", "");
    UserInfo me = users.get(currentUserId());
    if (me == null) {
      throw new AuthenticationException("the token's user is gone");
    }
    return me;
  }

  @Override
  public synchronized AccessToken createToken(
      String username, String password, @Nullable String otp) throws IOException {
    record("createToken", "");
    String[] account = passwords.get(username);
    if (account == null || !account[1].equals(password)) {
      throw new AuthenticationException("wrong username or password");
    }
    if (!account[2].isEmpty() && !account[2].equals(otp)) {
      throw new TwoFactorRequiredException("a two-factor code is required");
    }
    AccessToken token = new AccessToken("issued-" + (++issued));
    userIdsByToken.put(token.value(), account[0]);
    return token;
  }

  @Override
  public synchronized List<UserInfo> findUsers(String text) throws IOException {
    currentUserId();
    String needle = text.toLowerCase(Locale.ROOT);
    return users.values().stream()
        .filter(u -> u.fullName().toLowerCase(Locale.ROOT).contains(needle))
        .toList();
  }

  @Override
  public synchronized List<ProjectInfo> projectsOf(String userId) throws IOException {
    String me = currentUserId();
    String who = userId.equals("me") ? me : userId;
    return projects.values().stream()
        .filter(p -> p.contributors().contains(who) || p.readers().contains(who))
        .map(p -> p.infoFor(me))
        .toList();
  }

  @Override
  public synchronized List<ProjectInfo> findProjects(String title) throws IOException {
    String me = currentUserId();
    String needle = title.toLowerCase(Locale.ROOT);
    return projects.values().stream()
        .filter(p -> p.canRead(me))
        .map(p -> p.infoFor(me))
        .filter(p -> p.title().toLowerCase(Locale.ROOT).contains(needle))
        .toList();
  }

  @Override
  public synchronized List<ProjectInfo> findProjectsByTag(String tag) throws IOException {
    String me = currentUserId();
    return projects.values().stream()
        .filter(p -> p.canRead(me))
        .filter(p -> p.tags().stream().anyMatch(t -> t.contains(tag)))
        .map(p -> p.infoFor(me))
        .toList();
  }

  @Override
  public synchronized ProjectInfo createProject(NewProject project) throws IOException {
    String me = currentUserId();
    created++;
    String id = "new" + created;
    ProjectInfo info = new ProjectInfo(id, project.title(), null, project.isPublic());
    addProject(info, me);
    tag(id, project.tags().toArray(new String[0]));
    record("createProject", project.title());
    return info;
  }

  @Override
  public synchronized ProjectInfo project(String projectId) throws IOException {
    return readable(projectId).infoFor(currentUserId());
  }

  /** The direct components the caller can see, as OSF lists a node's children. */
  @Override
  public synchronized List<ProjectInfo> components(String projectId) throws IOException {
    readable(projectId);
    String me = currentUserId();
    return projects.values().stream()
        .filter(p -> projectId.equals(p.info().parentId()) && p.canRead(me))
        .map(p -> p.infoFor(me))
        .toList();
  }

  // ---- files ----------------------------------------------------------------------------

  @Override
  public Optional<StorageUsage> storage(String projectId) throws IOException {
    storageReads.incrementAndGet();
    faults.before("storage", "");
    synchronized (this) {
      FakeProject project = readable(projectId);
      if (storagePending) {
        return Optional.empty();
      }
      return Optional.of(
          new StorageUsage(project.tree().usage(), quota(project), project.info().isPublic()));
    }
  }

  @Override
  public Snapshot list(String projectId) throws IOException {
    faults.before("list", "");
    synchronized (this) {
      record("list", "");
      RemoteTree tree = readable(projectId).tree();
      if (listingFails) {
        throw new IncompleteListingException("listing of " + projectId + " failed (injected)");
      }
      Snapshot.Builder listed = tree.snapshot().toBuilder();
      listingProblems
          .getOrDefault(projectId, Map.of())
          .forEach((path, reason) -> listed.removeTree(path).problem(path, reason));
      return listed.build();
    }
  }

  @Override
  public void download(String projectId, Entry file, OutputStream out, TransferListener listener)
      throws IOException {
    byte[] bytes;
    Entry current;
    synchronized (this) {
      record("download", file.path().value());
      RemoteTree tree = readable(projectId).tree();
      RelPath path = tree.resolve(file);
      current = tree.at(path);
      bytes = tree.content(path);
    }
    transfer(
        "download",
        file.path(),
        () -> {
          if (bytes == null || !current.sameContentAs(file)) {
            throw new IOException("remote file changed or is not a file: " + file.path());
          }
          byte[] sent = corruptDownloads ? corrupt(bytes) : bytes;
          out.write(sent);
          listener.transferred(sent.length);
          return current;
        });
  }

  @Override
  public synchronized List<FileVersion> versions(String projectId, Entry file) throws IOException {
    record("versions", file.path().value());
    RemoteTree tree = readable(projectId).tree();
    RemoteRef ref = tree.at(tree.resolve(file)).remote();
    List<byte[]> history = tree.history(Objects.requireNonNull(ref).id());
    List<FileVersion> versions = new ArrayList<>();
    for (int i = history.size() - 1; i >= 0; i--) {
      Entry described = Hashes.fileEntry(file.path(), history.get(i));
      versions.add(
          new FileVersion(i + 1, described.size(), described.md5(), described.sha256(), null));
    }
    return versions;
  }

  @Override
  public void downloadVersion(
      String projectId,
      Entry file,
      FileVersion version,
      OutputStream out,
      TransferListener listener)
      throws IOException {
    byte[] bytes;
    synchronized (this) {
      record("downloadVersion", file.path().value() + " v" + version.number());
      RemoteTree tree = readable(projectId).tree();
      RemoteRef ref = tree.at(tree.resolve(file)).remote();
      List<byte[]> history = tree.history(Objects.requireNonNull(ref).id());
      if (version.number() > history.size()) {
        throw new FileNotFoundException("no version " + version.number() + " of " + file.path());
      }
      bytes = history.get(version.number() - 1);
    }
    Entry got = Hashes.fileEntry(file.path(), bytes);
    if (!got.sameContentAs(version.asEntryOf(file).withRemote(null))) {
      throw new IOException("version " + version.number() + " does not match its hashes");
    }
    out.write(bytes);
    listener.transferred(bytes.length);
  }

  @Override
  public Entry upload(
      String projectId,
      @Nullable Entry folder,
      String name,
      Content content,
      TransferListener listener)
      throws IOException {
    RelPath path;
    synchronized (this) {
      RemoteTree tree = writable(projectId).tree();
      path = tree.childPath(folder, name);
      record("upload", path.value());
    }
    return transfer("upload", path, () -> store(projectId, path, content, listener, true));
  }

  @Override
  public Entry update(String projectId, Entry file, Content content, TransferListener listener)
      throws IOException {
    RelPath path;
    synchronized (this) {
      RemoteTree tree = writable(projectId).tree();
      path = tree.resolve(file);
      if (!tree.at(path).isFile()) {
        throw new IOException("not a file: " + path);
      }
      record("update", path.value());
    }
    return transfer("update", path, () -> store(projectId, path, content, listener, false));
  }

  @Override
  public Entry mkdir(String projectId, @Nullable Entry parent, String name) throws IOException {
    return change(
        "mkdir",
        projectId,
        parent == null ? name : parent.path().child(name).value(),
        tree -> {
          RelPath path = tree.childPath(parent, name);
          tree.ensureFree(path);
          return tree.mkdirs(path);
        });
  }

  @Override
  public void delete(String projectId, Entry entry) throws IOException {
    change(
        "delete",
        projectId,
        entry.path().value(),
        tree -> {
          RelPath path = tree.resolve(entry);
          Entry gone = tree.at(path);
          tree.removeTree(path);
          return gone;
        });
  }

  @Override
  public Entry move(String projectId, Entry entry, @Nullable Entry folder, String name)
      throws IOException {
    return change(
        "move",
        projectId,
        entry.path().value(),
        tree -> tree.move(tree.resolve(entry), tree.childPath(folder, name)));
  }

  // ---- internals ------------------------------------------------------------------------

  private Entry store(
      String projectId, RelPath path, Content content, TransferListener listener, boolean create)
      throws IOException {
    synchronized (this) {
      String known = content.knownSha256();
      knownHashes.add(known == null ? "" : known);
    }
    byte[] bytes;
    try (InputStream in = content.open()) {
      bytes = in.readAllBytes();
    }
    listener.transferred(bytes.length);
    synchronized (this) {
      RemoteTree tree = writable(projectId).tree();
      if (create) {
        tree.ensureFree(path);
      }
      FakeProject project = writable(projectId);
      if (tree.usage() + bytes.length > quota(project)) {
        throw new QuotaExceededException(
            "project " + projectId + " is over its OSF storage quota (HTTP 507)");
      }
      byte[] stored = corruptUploads ? corrupt(bytes) : bytes;
      return tree.putFile(path, stored);
    }
  }

  private Entry change(String operation, String projectId, String path, TreeChange change)
      throws IOException {
    Entry result;
    faults.before(operation, path);
    synchronized (this) {
      record(operation, path);
      result = change.apply(writable(projectId).tree());
    }
    faults.after(operation, path);
    return result;
  }

  private Entry transfer(String operation, RelPath path, Transfer work) throws IOException {
    int now = activeTransfers.incrementAndGet();
    maxTransfers.accumulateAndGet(now, Math::max);
    try {
      faults.before(operation, path.value());
      Entry result = work.run();
      faults.after(operation, path.value());
      return result;
    } finally {
      activeTransfers.decrementAndGet();
    }
  }

  private static byte[] corrupt(byte[] bytes) {
    byte[] copy = java.util.Arrays.copyOf(bytes, bytes.length + 1);
    copy[bytes.length] = '!';
    return copy;
  }

  private long quota(FakeProject project) {
    Long set = quotas.get(project.info().id());
    if (set != null) {
      return set;
    }
    return project.info().isPublic()
        ? StorageUsage.OSF_PUBLIC_LIMIT
        : StorageUsage.OSF_PRIVATE_LIMIT;
  }

  private String currentUserId() throws AuthenticationException {
    Optional<AccessToken> token = tokens.token();
    String userId = token.map(t -> userIdsByToken.get(t.value())).orElse(null);
    if (userId == null) {
      throw new AuthenticationException(token.isPresent() ? "invalid token" : "not logged in");
    }
    return userId;
  }

  private FakeProject readable(String projectId) throws IOException {
    String me = currentUserId();
    FakeProject project = projects.get(projectId);
    if (project == null || !project.canRead(me)) {
      throw new ProjectNotFoundException("no project " + projectId);
    }
    return project;
  }

  private FakeProject writable(String projectId) throws IOException {
    FakeProject project = readable(projectId);
    if (!project.contributors().contains(currentUserId())) {
      throw new PermissionDeniedException("read-only project " + projectId);
    }
    return project;
  }

  private RemoteTree tree(String projectId) {
    FakeProject project = projects.get(projectId);
    if (project == null) {
      throw new IllegalArgumentException("no project " + projectId);
    }
    return project.tree();
  }

  private void record(String operation, String path) {
    calls.add(path.isEmpty() ? operation : operation + " " + path);
  }

  private record FakeProject(
      ProjectInfo info,
      Set<String> contributors,
      RemoteTree tree,
      Set<String> tags,
      Set<String> readers) {

    boolean canRead(String userId) {
      return info.isPublic() || contributors.contains(userId) || readers.contains(userId);
    }

    /** The node as {@code userId} sees it: writable only for a contributor. */
    ProjectInfo infoFor(String userId) {
      return contributors.contains(userId) ? info : info.readOnly();
    }
  }

  @FunctionalInterface
  private interface TreeChange {
    Entry apply(RemoteTree tree) throws IOException;
  }

  @FunctionalInterface
  private interface Transfer {
    Entry run() throws IOException;
  }
}
