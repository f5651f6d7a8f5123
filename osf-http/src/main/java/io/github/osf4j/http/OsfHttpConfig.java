package io.github.osf4j.http;

import static java.util.Objects.requireNonNull;

import io.github.osf4j.core.OsfServer;
import io.github.osf4j.core.StorageUsage;
import java.net.URI;
import java.time.Duration;
import java.util.Map;

/**
 * How the OSF adapter reaches OSF: base URLs, timeouts, retries, the shared concurrency limit, an
 * optional request rate, the longest wait for a busy server, the per-file size limit and the
 * environment that names proxies.
 *
 * <p>There is no fixed request budget: requests are bounded by {@code maxConcurrency}, by {@code
 * maxRate} when set, and by the server, whose HTTP 429 pauses requests to its host for {@code
 * Retry-After} and lowers that host's concurrency for a while.
 *
 * <p>Build one with {@link #builder()} (or change one with {@link #toBuilder()}), e.g. {@code
 * OsfHttpConfig.builder().urls(api, files).maxWait(Duration.ofHours(1)).build()}.
 *
 * <p>Both base URLs must use HTTPS unless their host is loopback (127.0.0.0/8, ::1, localhost).
 *
 * @param apiUrl the API v2 base, ending in {@code /v2/}
 * @param filesUrl the WaterButler v1 base, ending in {@code /v1/}
 * @param connectTimeout how long to wait for a TCP/TLS connection
 * @param requestTimeout how long to wait for response headers (uploads get extra time per byte)
 * @param idleTimeout how long a response body may stall before the read fails
 * @param maxConcurrency the most requests in flight at once, shared by all operations
 * @param maxRate the most requests per second, all hosts together; 0 for no limit (the default)
 * @param maxAttempts attempts per request step, the first included
 * @param retryBaseDelay the first backoff delay; doubled per attempt, with jitter
 * @param retryMaxDelay the longest backoff delay
 * @param maxWait the longest pause a server may ask for ({@code Retry-After}); a longer one ends
 *     the run with {@link io.github.osf4j.core.ServerBusyException}
 * @param maxFileBytes the largest file an upload may send (OSF refuses more than about 4.9 GiB)
 * @param environment where {@code HTTPS_PROXY}, {@code HTTP_PROXY} and {@code NO_PROXY} are read
 * @param privateQuotaBytes the server's storage quota of a private project (osf.io: 5 GB)
 * @param publicQuotaBytes the server's storage quota of a public project (osf.io: 50 GB)
 */
public record OsfHttpConfig(
    URI apiUrl,
    URI filesUrl,
    Duration connectTimeout,
    Duration requestTimeout,
    Duration idleTimeout,
    int maxConcurrency,
    double maxRate,
    int maxAttempts,
    Duration retryBaseDelay,
    Duration retryMaxDelay,
    Duration maxWait,
    long maxFileBytes,
    Map<String, String> environment,
    long privateQuotaBytes,
    long publicQuotaBytes) {

  /** OSF's production API. */
  public static final URI OSF_API = URI.create("https://api.osf.io/v2/");

  /** OSF's production WaterButler. */
  public static final URI OSF_FILES = URI.create("https://files.osf.io/v1/");

  /** WaterButler's largest accepted body: 4.9 GiB. */
  public static final long OSF_MAX_FILE_BYTES = (long) (4.9 * 1024 * 1024 * 1024);

  /** How long a run waits for a busy server by default: 10 minutes. */
  public static final Duration DEFAULT_MAX_WAIT = Duration.ofMinutes(10);

  public OsfHttpConfig {
    apiUrl = checkBase(apiUrl, "apiUrl");
    filesUrl = checkBase(filesUrl, "filesUrl");
    positive(connectTimeout, "connectTimeout");
    positive(requestTimeout, "requestTimeout");
    positive(idleTimeout, "idleTimeout");
    positive(retryBaseDelay, "retryBaseDelay");
    positive(retryMaxDelay, "retryMaxDelay");
    requireNonNull(maxWait, "maxWait");
    if (maxWait.isNegative()) {
      throw new IllegalArgumentException("maxWait must not be negative: " + maxWait);
    }
    if (maxConcurrency < 1 || maxAttempts < 1) {
      throw new IllegalArgumentException("maxConcurrency and maxAttempts must be at least 1");
    }
    if (!(maxRate >= 0) || Double.isInfinite(maxRate)) {
      throw new IllegalArgumentException("maxRate must be 0 (no limit) or positive: " + maxRate);
    }
    if (maxFileBytes < 0) {
      throw new IllegalArgumentException("maxFileBytes < 0: " + maxFileBytes);
    }
    environment = Map.copyOf(environment);
    if (privateQuotaBytes <= 0 || publicQuotaBytes <= 0) {
      throw new IllegalArgumentException(
          "the storage quotas must be positive: " + privateQuotaBytes + ", " + publicQuotaBytes);
    }
  }

  /** The server these URLs name. */
  public OsfServer server() {
    return new OsfServer(apiUrl.toString(), filesUrl.toString());
  }

  /**
   * OSF production, 8 requests in flight, no request rate of its own (the server's 429s pace the
   * run), waits of up to 10 minutes for a busy server, 6 attempts, and the process environment for
   * proxies.
   */
  public static OsfHttpConfig defaults() {
    return builder().build();
  }

  /** A builder that starts from {@link #defaults()}. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder that starts from this config. */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /** Builds an {@link OsfHttpConfig}; each setter replaces one group of settings. */
  public static final class Builder {
    private URI apiUrl = OSF_API;
    private URI filesUrl = OSF_FILES;
    private Duration connectTimeout = Duration.ofSeconds(20);
    private Duration requestTimeout = Duration.ofSeconds(120);
    private Duration idleTimeout = Duration.ofSeconds(60);
    private int maxConcurrency = 8;
    private double maxRate = 0;
    private int maxAttempts = 6;
    private Duration retryBaseDelay = Duration.ofMillis(500);
    private Duration retryMaxDelay = Duration.ofSeconds(30);
    private Duration maxWait = DEFAULT_MAX_WAIT;
    private long maxFileBytes = OSF_MAX_FILE_BYTES;
    private Map<String, String> environment = System.getenv();
    private long privateQuotaBytes = StorageUsage.OSF_PRIVATE_LIMIT;
    private long publicQuotaBytes = StorageUsage.OSF_PUBLIC_LIMIT;

    private Builder() {}

    private Builder(OsfHttpConfig c) {
      urls(c.apiUrl, c.filesUrl);
      timeouts(c.connectTimeout, c.requestTimeout, c.idleTimeout);
      concurrency(c.maxConcurrency);
      maxRate(c.maxRate);
      retries(c.maxAttempts, c.retryBaseDelay, c.retryMaxDelay);
      maxWait(c.maxWait);
      maxFileBytes(c.maxFileBytes);
      environment(c.environment);
      quotas(c.privateQuotaBytes, c.publicQuotaBytes);
    }

    /** Other servers (test.osf.io, a self-hosted OSF, an emulator). */
    public Builder urls(URI api, URI files) {
      this.apiUrl = api;
      this.filesUrl = files;
      return this;
    }

    /** Other timeouts: connecting, waiting for response headers, a stalled response body. */
    public Builder timeouts(Duration connect, Duration request, Duration idle) {
      this.connectTimeout = connect;
      this.requestTimeout = request;
      this.idleTimeout = idle;
      return this;
    }

    /** Another limit of requests in flight. */
    public Builder concurrency(int requests) {
      this.maxConcurrency = requests;
      return this;
    }

    /** Another request rate: requests per second, 0 for no limit. */
    public Builder maxRate(double requestsPerSecond) {
      this.maxRate = requestsPerSecond;
      return this;
    }

    /** Another retry policy: attempts per step, the first backoff delay and the longest. */
    public Builder retries(int attempts, Duration baseDelay, Duration maxDelay) {
      this.maxAttempts = attempts;
      this.retryBaseDelay = baseDelay;
      this.retryMaxDelay = maxDelay;
      return this;
    }

    /** Another longest wait for a busy server. */
    public Builder maxWait(Duration longest) {
      this.maxWait = longest;
      return this;
    }

    /** Another per-file upload limit. */
    public Builder maxFileBytes(long bytes) {
      this.maxFileBytes = bytes;
      return this;
    }

    /**
     * Other storage quotas per project, for a self-hosted OSF or an institution's own limits
     * (osf.io: 5 GB private, 50 GB public).
     */
    public Builder quotas(long privateBytes, long publicBytes) {
      this.privateQuotaBytes = privateBytes;
      this.publicQuotaBytes = publicBytes;
      return this;
    }

    /** Where proxy settings are read instead of the process environment. */
    public Builder environment(Map<String, String> env) {
      this.environment = env;
      return this;
    }

    /**
     * The config.
     *
     * @throws IllegalArgumentException when a setting is out of range or a URL is not allowed
     */
    public OsfHttpConfig build() {
      return new OsfHttpConfig(
          apiUrl,
          filesUrl,
          connectTimeout,
          requestTimeout,
          idleTimeout,
          maxConcurrency,
          maxRate,
          maxAttempts,
          retryBaseDelay,
          retryMaxDelay,
          maxWait,
          maxFileBytes,
          environment,
          privateQuotaBytes,
          publicQuotaBytes);
    }
  }

  /** Returns whether {@code host} names this machine: 127.0.0.0/8, ::1 or localhost. */
  static boolean isLoopback(String host) {
    String h =
        host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
    if (h.equalsIgnoreCase("localhost") || h.equals("::1") || h.equals("0:0:0:0:0:0:0:1")) {
      return true;
    }
    String[] parts = h.split("\\.", -1);
    if (parts.length != 4 || !parts[0].equals("127")) {
      return false;
    }
    for (String part : parts) {
      if (part.isEmpty() || part.length() > 3 || !part.chars().allMatch(Character::isDigit)) {
        return false;
      }
      if (Integer.parseInt(part) > 255) {
        return false;
      }
    }
    return true;
  }

  /** Returns whether {@code uri} may carry credentials: HTTPS, or HTTP to a loopback host. */
  static boolean isSecure(URI uri) {
    String scheme = uri.getScheme();
    String host = uri.getHost();
    if (scheme == null || host == null) {
      return false;
    }
    return scheme.equalsIgnoreCase("https")
        || (scheme.equalsIgnoreCase("http") && isLoopback(host));
  }

  private static URI checkBase(URI uri, String what) {
    requireNonNull(uri, what);
    if (!uri.isAbsolute() || uri.getHost() == null) {
      throw new IllegalArgumentException(what + " must be an absolute http(s) URL: " + uri);
    }
    if (uri.getRawQuery() != null || uri.getRawFragment() != null || uri.getRawUserInfo() != null) {
      throw new IllegalArgumentException(what + " must have no query, fragment or user: " + uri);
    }
    if (!isSecure(uri)) {
      throw new IllegalArgumentException(
          what
              + " must use https (plain http is allowed only for loopback hosts such as"
              + " 127.0.0.1 or localhost): "
              + uri);
    }
    String text = uri.toString();
    return text.endsWith("/") ? uri : URI.create(text + "/");
  }

  private static void positive(Duration d, String what) {
    requireNonNull(d, what);
    if (d.isNegative() || d.isZero()) {
      throw new IllegalArgumentException(what + " must be positive: " + d);
    }
  }
}
