package io.github.osf4j.http;

import static java.util.Objects.requireNonNull;

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

  /**
   * OSF production, 8 requests in flight, no request rate of its own (the server's 429s pace the
   * run), waits of up to 10 minutes for a busy server, 6 attempts, the process environment for
   * proxies, and osf.io's storage quotas (5 GB private, 50 GB public).
   */
  public static OsfHttpConfig defaults() {
    return new OsfHttpConfig(
        OSF_API,
        OSF_FILES,
        Duration.ofSeconds(20),
        Duration.ofSeconds(120),
        Duration.ofSeconds(60),
        8,
        0,
        6,
        Duration.ofMillis(500),
        Duration.ofSeconds(30),
        DEFAULT_MAX_WAIT,
        OSF_MAX_FILE_BYTES,
        System.getenv(),
        StorageUsage.OSF_PRIVATE_LIMIT,
        StorageUsage.OSF_PUBLIC_LIMIT);
  }

  /** This config talking to other servers (test.osf.io, a self-hosted OSF, an emulator). */
  public OsfHttpConfig withUrls(URI api, URI files) {
    return new OsfHttpConfig(
        api,
        files,
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

  /** This config with other timeouts. */
  public OsfHttpConfig withTimeouts(Duration connect, Duration request, Duration idle) {
    return new OsfHttpConfig(
        apiUrl,
        filesUrl,
        connect,
        request,
        idle,
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

  /** This config with another concurrency limit. */
  public OsfHttpConfig withConcurrency(int concurrency) {
    return new OsfHttpConfig(
        apiUrl,
        filesUrl,
        connectTimeout,
        requestTimeout,
        idleTimeout,
        concurrency,
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

  /** This config with another request rate: requests per second, 0 for no limit. */
  public OsfHttpConfig withMaxRate(double requestsPerSecond) {
    return new OsfHttpConfig(
        apiUrl,
        filesUrl,
        connectTimeout,
        requestTimeout,
        idleTimeout,
        maxConcurrency,
        requestsPerSecond,
        maxAttempts,
        retryBaseDelay,
        retryMaxDelay,
        maxWait,
        maxFileBytes,
        environment,
        privateQuotaBytes,
        publicQuotaBytes);
  }

  /** This config with another longest wait for a busy server. */
  public OsfHttpConfig withMaxWait(Duration longest) {
    return withRetries(maxAttempts, retryBaseDelay, retryMaxDelay, longest);
  }

  /** This config with another retry policy. */
  public OsfHttpConfig withRetries(
      int attempts, Duration baseDelay, Duration maxDelay, Duration longestWait) {
    return new OsfHttpConfig(
        apiUrl,
        filesUrl,
        connectTimeout,
        requestTimeout,
        idleTimeout,
        maxConcurrency,
        maxRate,
        attempts,
        baseDelay,
        maxDelay,
        longestWait,
        maxFileBytes,
        environment,
        privateQuotaBytes,
        publicQuotaBytes);
  }

  /** This config with another per-file upload limit. */
  public OsfHttpConfig withMaxFileBytes(long bytes) {
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
        bytes,
        environment,
        privateQuotaBytes,
        publicQuotaBytes);
  }

  /** This config reading proxy settings from {@code env} instead. */
  public OsfHttpConfig withEnvironment(Map<String, String> env) {
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
        env,
        privateQuotaBytes,
        publicQuotaBytes);
  }

  /**
   * This config with other storage quotas per project, for a self-hosted OSF or an institution's
   * own limits.
   */
  public OsfHttpConfig withQuotas(long privateBytes, long publicBytes) {
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
        privateBytes,
        publicBytes);
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
