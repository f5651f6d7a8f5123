package io.github.osf4j.testkit;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * A stateful fake OSF (API v2 + WaterButler v1) on 127.0.0.1, with fault injection.
 *
 * <p>The API ({@code /v2/}) and the default storage region's ({@code us}) WaterButler ({@code
 * /v1/}) share one host and port; every other region ({@link Builder#region}) has a WaterButler on
 * a loopback port of its own, which the API's links name for that region's projects. File bodies
 * live in a temporary folder (or {@link Builder#dataDir}), never in memory.
 */
public final class FakeOsfServer implements AutoCloseable {
  private final HttpServerLoop loop;
  private final java.util.List<HttpServerLoop> regionLoops = new java.util.ArrayList<>();
  private final Regions regions;
  private final Store store;
  private final Blobs blobs;
  private final Faults faults;
  private final RequestLog log;
  private final StorageQuotas quotas;
  private final Account user;
  private final Path dataDir;
  private final boolean ownsDataDir;
  private volatile @Nullable Router router;

  private FakeOsfServer(Builder b, String token) throws IOException {
    this.ownsDataDir = b.dataDir == null;
    this.dataDir = b.dataDir == null ? Files.createTempDirectory("fake-osf") : b.dataDir;
    Files.createDirectories(dataDir);
    this.store = new Store(new Ids(b.seed, b.clock), b.clock);
    this.blobs = new Blobs(dataDir);
    this.faults = new Faults(b.seed, b.clock);
    this.log = new RequestLog();
    this.quotas = new StorageQuotas(b.quotaBytes, b.publicQuotaBytes);
    String email = b.email == null ? "user@example.org" : b.email;
    this.user = store.addAccount(b.fullName, email, b.password, b.otpSecret);
    store.addToken(token, user.id(), "emulator", "osf.full_write");
    faults.redirectDownloads(b.redirectDownloads);
    for (Fault f : b.initialFaults) {
      faults.add(f);
    }
    this.loop = new HttpServerLoop(b.port, new Exchange(this::route, faults, log));
    this.regions = new Regions(store, loop.port());
    try {
      for (java.util.Map.Entry<String, Integer> r : b.regions.entrySet()) {
        HttpServerLoop regionLoop =
            new HttpServerLoop(r.getValue(), new Exchange(this::route, faults, log));
        regionLoops.add(regionLoop);
        regions.add(r.getKey(), regionLoop.port());
      }
    } catch (IOException e) {
      closeLoops();
      throw e;
    }
    this.router =
        new Router(
            new Env(
                store,
                blobs,
                b.clock,
                faults,
                "http://127.0.0.1:" + loop.port(),
                regions,
                quotas,
                b.maxFileBytes),
            new RateLimits(b.clock, b.apiDailyLimit, Duration.ofDays(1), b.wbLimit, b.wbWindow));
  }

  private HttpResponse route(HttpRequest r) throws IOException {
    Router rt = router;
    return rt == null ? HttpResponse.text(503, "starting") : rt.handle(r);
  }

  /** Starts configuring a server. */
  public static Builder builder() {
    return new Builder();
  }

  /** The API v2 base URL, e.g. {@code http://127.0.0.1:P/v2/}. */
  public String apiUrl() {
    return "http://127.0.0.1:" + port() + "/v2/";
  }

  /** The WaterButler base URL, e.g. {@code http://127.0.0.1:P/v1/}. */
  public String filesUrl() {
    return "http://127.0.0.1:" + port() + "/v1/";
  }

  /** The port the server listens on. */
  public int port() {
    return loop.port();
  }

  /** The storage regions, the default ({@code us}) first. */
  public java.util.Set<String> regions() {
    return new java.util.TreeSet<>(regions.ports().keySet());
  }

  /** The port of a region's WaterButler (the API's port for the default region). */
  public int port(String region) {
    Integer p = regions.ports().get(region);
    if (p == null) {
      throw new IllegalArgumentException("no region " + region);
    }
    return p;
  }

  /** A region's WaterButler base URL, e.g. {@code http://127.0.0.1:Q/v1/}. */
  public String filesUrl(String region) {
    return regions.base(region) + "/v1/";
  }

  /** The storage region of a node. */
  public String regionOf(String nodeId) {
    node(nodeId);
    return regions.regionOf(nodeId);
  }

  /** The GUID of the account that owns the token. */
  public String userId() {
    return user.id();
  }

  /** The fault rules; thread-safe and changeable at any time. */
  public Faults faults() {
    return faults;
  }

  /** The log of answered requests. */
  public RequestLog requests() {
    return log;
  }

  /** Adds another account (for searches and permission tests); returns its GUID. */
  public String addUser(String fullName, @Nullable String token) {
    Account a = store.addAccount(fullName, fullName.replace(' ', '.') + "@example.org", null, null);
    if (token != null) {
      store.addToken(token, a.id(), "emulator", "osf.full_write");
    }
    return a.id();
  }

  /** Adds a read-only (osf.full_read) token for the main account. */
  public void addReadOnlyToken(String token) {
    store.addToken(token, user.id(), "read-only", "osf.full_read");
  }

  /** Creates a private project owned by the user; returns its node id. */
  public String createProject(String title) {
    return createNode(title, null, user.id());
  }

  /** Creates a private project owned by another account; returns its node id. */
  public String createProjectOwnedBy(String userId, String title) {
    return createNode(title, null, userId);
  }

  /** Creates a component under a node, owned by the user; returns its node id. */
  public String createComponent(String parentId, String title) {
    return createNode(title, node(parentId), user.id());
  }

  /** Creates a component under a node, owned by another account; returns its node id. */
  public String createComponentOwnedBy(String userId, String parentId, String title) {
    return createNode(title, node(parentId), userId);
  }

  /**
   * Makes {@code userId} a contributor of a node with OSF's {@code read} permission (it sees the
   * node and its files; the API and WaterButler answer 403 to any change) or, with {@code write},
   * the {@code write} permission.
   */
  public void addContributor(String nodeId, String userId, boolean write) {
    synchronized (store) {
      node(nodeId).contributors.put(userId, write ? "write" : "read");
    }
  }

  /** Changes a node's title, as its owner would on the web. */
  public void setTitle(String nodeId, String title) {
    synchronized (store) {
      node(nodeId).title = ApiRoutes.escape(title);
    }
  }

  /** Deletes a node and its components, as its owner would on the web. */
  public void deleteNode(String nodeId) {
    store.deleteNode(node(nodeId));
  }

  /**
   * Creates a private project owned by the user whose storage lives in {@code region} (one of
   * {@link #regions()}); returns its node id.
   */
  public String createProject(String title, String region) {
    if (!regions.contains(region)) {
      throw new IllegalArgumentException("no region " + region + "; add it with Builder.region");
    }
    String id = createNode(title, null, user.id());
    synchronized (store) {
      node(id).region = region;
    }
    return id;
  }

  private String createNode(String title, @Nullable NodeRec parent, String ownerId) {
    NodeRec n = store.createNode(ownerId, ApiRoutes.escape(title), parent);
    if (parent != null) {
      synchronized (store) {
        n.category = "";
      }
    }
    return n.id;
  }

  /** Adds tags to a node, as its owner would on the web. */
  public void addTags(String nodeId, String... tags) {
    synchronized (store) {
      NodeRec n = node(nodeId);
      for (String tag : tags) {
        if (!n.tags.contains(tag)) {
          n.tags.add(tag);
        }
      }
    }
  }

  /** The node's description as stored (HTML-escaped as OSF stores it). */
  public String description(String nodeId) {
    synchronized (store) {
      return node(nodeId).description;
    }
  }

  /** Whether the node is public. */
  public boolean isPublic(String nodeId) {
    synchronized (store) {
      return node(nodeId).isPublic;
    }
  }

  /** Makes a node public or private. */
  public void setPublic(String nodeId, boolean isPublic) {
    synchronized (store) {
      node(nodeId).isPublic = isPublic;
    }
  }

  /**
   * Gives a node a storage quota of its own in bytes, instead of the builder's private or public
   * one. WaterButler then answers 507 to an upload that would exceed it, after reading its body.
   */
  public void setQuota(String nodeId, long bytes) {
    if (bytes < 0) {
      throw new IllegalArgumentException("bytes < 0");
    }
    node(nodeId);
    quotas.set(nodeId, bytes);
  }

  /**
   * Makes the next {@code reads} requests to {@code /v2/nodes/{id}/storage/} answer 202 with no
   * body, as OSF does while it computes a project's usage ({@link Integer#MAX_VALUE}: always).
   */
  public void setStoragePending(int reads) {
    if (reads < 0) {
      throw new IllegalArgumentException("reads < 0");
    }
    quotas.pending(reads);
  }

  /** Bytes of all versions of all live files of a node, as its quota counts them. */
  public long storageUsage(String nodeId) {
    node(nodeId);
    return store.usage(nodeId);
  }

  /** Creates the folders of a path like "a/b" (parents made); returns the last folder's id. */
  public String createFolder(String nodeId, String materializedPath) {
    synchronized (store) {
      FileRec f = rootOf(nodeId);
      for (String part : parts(materializedPath)) {
        FileRec next = store.child(f.id, part, true);
        f = next != null ? next : store.addFolder(f, part);
      }
      return f.id;
    }
  }

  /** Creates a file (parents made) or adds a version; returns the file id. */
  public String putFile(String nodeId, String materializedPath, byte[] content) {
    String[] parts = parts(materializedPath);
    if (parts.length == 0) {
      throw new IllegalArgumentException("empty path");
    }
    String parentPath = String.join("/", java.util.Arrays.copyOf(parts, parts.length - 1));
    try {
      Blobs.Blob blob = blobs.write(new ByteArrayInputStream(content), Long.MAX_VALUE);
      synchronized (store) {
        String parentId = createFolder(nodeId, parentPath);
        FileRec parent = store.file(parentId);
        String name = parts[parts.length - 1];
        FileRec existing = parent == null ? null : store.child(parentId, name, false);
        if (existing != null) {
          store.addVersion(existing, blob);
          return existing.id;
        }
        return store.addFile(java.util.Objects.requireNonNull(parent), name, blob).id;
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads a file's latest bytes, if the file exists. */
  public Optional<byte[]> readFile(String nodeId, String materializedPath) {
    Optional<String> id = fileId(nodeId, materializedPath);
    if (id.isEmpty()) {
      return Optional.empty();
    }
    Version v;
    synchronized (store) {
      FileRec f = store.file(id.get());
      v = f == null ? null : f.latest();
    }
    if (v == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(Files.readAllBytes(v.blob()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Returns the id of a live file or folder at this path, if any. */
  public Optional<String> fileId(String nodeId, String materializedPath) {
    synchronized (store) {
      FileRec f = rootOf(nodeId);
      String[] parts = parts(materializedPath);
      for (int i = 0; i < parts.length; i++) {
        boolean last = i == parts.length - 1;
        FileRec next = store.child(f.id, parts[i], !last || materializedPath.endsWith("/"));
        if (next == null && last) {
          next = store.child(f.id, parts[i], true);
        }
        if (next == null) {
          return Optional.empty();
        }
        f = next;
      }
      return Optional.of(f.id);
    }
  }

  /**
   * Makes listings show the file at this path without hashes, as OSF does for old or add-on files,
   * until a new version is stored.
   */
  public void hideHashes(String nodeId, String materializedPath) {
    String id = fileId(nodeId, materializedPath).orElseThrow();
    synchronized (store) {
      java.util.Objects.requireNonNull(store.file(id)).hashless = true;
    }
  }

  /** Returns how many versions a file has (0 if absent). */
  public int versionCount(String fileId) {
    synchronized (store) {
      FileRec f = store.file(fileId);
      return f == null ? 0 : f.versions.size();
    }
  }

  private NodeRec node(String id) {
    NodeRec n = store.node(id);
    if (n == null) {
      throw new IllegalArgumentException("no node " + id);
    }
    return n;
  }

  private FileRec rootOf(String nodeId) {
    FileRec root = store.file(node(nodeId).rootFolderId);
    if (root == null) {
      throw new IllegalStateException("node without root folder");
    }
    return root;
  }

  private static String[] parts(String path) {
    String p = path.replaceAll("^/+|/+$", "");
    return p.isEmpty() ? new String[0] : p.split("/+");
  }

  /**
   * Checks the file at {@code materializedPath} out to {@code userId} (null checks it in): others
   * can then not update it (WaterButler answers 403 "File cannot be updated due to checkout
   * status.").
   */
  public void checkOut(String nodeId, String materializedPath, @Nullable String userId) {
    String id =
        fileId(nodeId, materializedPath)
            .orElseThrow(() -> new IllegalArgumentException("no file " + materializedPath));
    synchronized (store) {
      FileRec f = store.file(id);
      if (f != null) {
        f.checkout = userId;
      }
    }
  }

  /** Stops serving and deletes the temporary data folder (a given dataDir is kept). */
  @Override
  public void close() {
    try {
      closeLoops();
      if (ownsDataDir && Files.exists(dataDir)) {
        try (Stream<Path> s = Files.walk(dataDir)) {
          for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
            Files.deleteIfExists(p);
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void closeLoops() throws IOException {
    loop.close();
    for (HttpServerLoop l : regionLoops) {
      l.close();
    }
  }

  /** Configures and starts a {@link FakeOsfServer}. */
  public static final class Builder {
    private int port;
    private @Nullable String token;
    private @Nullable String email;
    private @Nullable String password;
    private @Nullable String otpSecret;
    private Clock clock = Clock.systemUTC();
    private String fullName = "Ada Example";
    private long quotaBytes = 5_000_000_000L;
    private long publicQuotaBytes = 50_000_000_000L;
    private long maxFileBytes = (long) (4.9 * 1024 * 1024 * 1024);
    private @Nullable Path dataDir;
    private long seed = 1;
    private boolean redirectDownloads;
    private int apiDailyLimit;
    private int wbLimit;
    private Duration wbWindow = Duration.ofHours(1);
    private final java.util.List<Fault> initialFaults = new java.util.ArrayList<>();
    private final java.util.Map<String, Integer> regions = new java.util.LinkedHashMap<>();

    private Builder() {}

    /** Adds a storage region whose WaterButler listens on a free loopback port of its own. */
    public Builder region(String id) {
      return region(id, 0);
    }

    /**
     * Adds a storage region (an id such as {@code de1}, {@code ca-1} or {@code au-1}) whose
     * WaterButler listens on {@code port} (0: a free one). The default region {@code us} always
     * exists and shares the API's port.
     */
    public Builder region(String id, int port) {
      if (!id.matches("[a-z0-9][a-z0-9-]{0,31}")) {
        throw new IllegalArgumentException(
            "a region id is lower-case letters, digits and '-': " + id);
      }
      if (id.equals(Regions.DEFAULT) || regions.containsKey(id)) {
        throw new IllegalArgumentException(
            "region " + id + " exists already (" + Regions.DEFAULT + " is the default one)");
      }
      if (port < 0 || port > 65535) {
        throw new IllegalArgumentException("a port is 0..65535: " + port);
      }
      regions.put(id, port);
      return this;
    }

    /** A fault rule active from the start (same as faults().add after start). */
    public Builder initialFault(Fault fault) {
      initialFaults.add(fault);
      return this;
    }

    /** The port to listen on; 0 (the default) picks a free one. */
    public Builder port(int port) {
      this.port = port;
      return this;
    }

    /** The personal access token of the main account (required). */
    public Builder token(String token) {
      this.token = token;
      return this;
    }

    /** Email and password of the main account, for basic auth and POST /v2/tokens/. */
    public Builder user(String email, String password) {
      this.email = email;
      this.password = password;
      return this;
    }

    /** A base32 TOTP secret: basic auth then needs X-OSF-OTP (RFC 6238, 30 s, 6 digits). */
    public Builder otpSecret(String base32) {
      Totp.base32(base32);
      this.otpSecret = base32;
      return this;
    }

    /** The clock for dates, TOTP and rate windows. */
    public Builder clock(Clock clock) {
      this.clock = clock;
      return this;
    }

    /** The main account's full name. */
    public Builder fullName(String fullName) {
      this.fullName = fullName;
      return this;
    }

    /** The storage quota of private projects in bytes (default 5 GB). */
    public Builder quotaBytes(long bytes) {
      this.quotaBytes = bytes;
      return this;
    }

    /** The storage quota of public projects in bytes (default 50 GB). */
    public Builder publicQuotaBytes(long bytes) {
      this.publicQuotaBytes = bytes;
      return this;
    }

    /** The largest accepted upload in bytes (default 4.9 GiB). */
    public Builder maxFileBytes(long bytes) {
      this.maxFileBytes = bytes;
      return this;
    }

    /** Where file bodies are stored (default: a temporary folder deleted on close). */
    public Builder dataDir(Path dir) {
      this.dataDir = dir;
      return this;
    }

    /** The seed for ids and random faults. */
    public Builder seed(long seed) {
      this.seed = seed;
      return this;
    }

    /** Whether WaterButler downloads answer 302 to a signed local URL (also in faults()). */
    public Builder redirectDownloads(boolean on) {
      this.redirectDownloads = on;
      return this;
    }

    /**
     * API v2's limit of requests per user and day (osf.io: 10,000); 0, the default, for none. Over
     * it: 429 with {@code Retry-After} until the oldest request of the last 24 hours ages out.
     */
    public Builder apiDailyLimit(int requests) {
      if (requests < 0) {
        throw new IllegalArgumentException("apiDailyLimit < 0");
      }
      this.apiDailyLimit = requests;
      return this;
    }

    /**
     * Turns WaterButler's limiter on: {@code requests} per token in each fixed {@code window}
     * (osf.io, when on: 3,600 an hour); 0, the default, for off. Over it: 429 with {@code
     * Retry-After} (the rest of the window) and the {@code X-Waterbutler-RateLimiting-*} headers.
     */
    public Builder waterButlerLimit(int requests, Duration window) {
      if (requests < 0 || window.isNegative() || window.isZero()) {
        throw new IllegalArgumentException("waterButlerLimit needs requests >= 0 and a window");
      }
      this.wbLimit = requests;
      this.wbWindow = window;
      return this;
    }

    /** Starts the server. */
    public FakeOsfServer start() {
      String t = token;
      if (t == null || t.isBlank()) {
        throw new IllegalStateException("token is required");
      }
      if (otpSecret != null && password == null) {
        throw new IllegalStateException("otpSecret needs user(email, password)");
      }
      try {
        return new FakeOsfServer(this, t);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
