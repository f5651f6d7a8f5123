package io.github.osf4j.http;

import io.github.osf4j.core.ServerUnreachableException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Counts consecutive connection failures (refused, unknown host, connect timeout) per host and
 * port. After {@link #UNREACHABLE_AFTER} in a row with no reply in between, the host is taken for
 * gone for {@link #COOLDOWN}: requests to it fail at once with {@link ServerUnreachableException},
 * so that a sync stops instead of retrying every file; after that, a long-lived session may try it
 * again. Any reply from the host resets its count. Thread-safe.
 */
final class HostHealth {
  /** Connection failures in a row, across all requests, after which a host is taken for gone. */
  static final int UNREACHABLE_AFTER = 6;

  /** How long a host taken for gone is not tried again. */
  static final Duration COOLDOWN = Duration.ofSeconds(30);

  private final Clock clock;
  private final Map<String, Integer> failures = new HashMap<>();
  private final Map<String, Gone> gone = new HashMap<>();

  HostHealth(Clock clock) {
    this.clock = clock;
  }

  /** Fails at once when {@code uri}'s host was found unreachable less than a cooldown ago. */
  synchronized void check(URI uri) throws ServerUnreachableException {
    String host = hostPort(uri);
    Gone down = gone.get(host);
    if (down == null) {
      return;
    }
    if (clock.instant().isBefore(down.since().plus(COOLDOWN))) {
      throw new ServerUnreachableException(down.reason());
    }
    gone.remove(host);
    failures.remove(host);
  }

  /** The host answered (whatever the status). */
  synchronized void answered(URI uri) {
    failures.remove(hostPort(uri));
  }

  /**
   * Notes a failed exchange; throws when it was a connection failure that completes the run of
   * them.
   */
  void failed(URI uri, IOException failure) throws ServerUnreachableException {
    Optional<String> kind = connectionFailure(failure);
    if (kind.isEmpty()) {
      return;
    }
    String host = hostPort(uri);
    String reason;
    synchronized (this) {
      int count = failures.merge(host, 1, Integer::sum);
      if (count < UNREACHABLE_AFTER && !gone.containsKey(host)) {
        return;
      }
      reason =
          gone.computeIfAbsent(
                  host,
                  h ->
                      new Gone(
                          "cannot reach the server "
                              + h
                              + ": "
                              + kind.get()
                              + " ("
                              + count
                              + " connection attempts in a row failed)",
                          clock.instant()))
              .reason();
    }
    throw new ServerUnreachableException(reason, failure);
  }

  /** A host taken for gone: why, and since when. */
  private record Gone(String reason, Instant since) {}

  /** {@code host:port}, with the scheme's default port when the URI names none. */
  static String hostPort(URI uri) {
    int port = uri.getPort();
    if (port < 0) {
      port = "http".equalsIgnoreCase(uri.getScheme()) ? 80 : 443;
    }
    return uri.getHost() + ":" + port;
  }

  /** What kind of connection failure {@code e} is, if it is one. */
  static Optional<String> connectionFailure(@Nullable Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof HttpConnectTimeoutException) {
        return Optional.of("the connection timed out");
      }
      if (t instanceof UnknownHostException || t instanceof UnresolvedAddressException) {
        return Optional.of("unknown host");
      }
      if (t instanceof ConnectException) {
        return Optional.of("connection refused");
      }
    }
    return Optional.empty();
  }
}
