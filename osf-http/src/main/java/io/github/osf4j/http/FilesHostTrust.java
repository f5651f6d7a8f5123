package io.github.osf4j.http;

import java.net.URI;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Decides whether a WaterButler base that OSF names for a project (its storage region's host)
 * belongs to the same OSF as the configured URLs, and so may receive the token. Immutable.
 *
 * <p>The rule: the URL has no user info, a query or a fragment, and uses https (or http when a
 * configured URL does), and its host is
 *
 * <ul>
 *   <li>the configured API or files host (any port), or
 *   <li>a name under the API host's parent domain ({@code files.de1.osf.io} for {@code api.osf.io};
 *       {@code files.us.test.osf.io} for {@code api.test.osf.io}) when that parent has at least two
 *       labels, or
 *   <li>a loopback address ({@code localhost}, {@code 127.x.x.x}, {@code ::1}) when the API host is
 *       one too (the emulator, a local OSF).
 * </ul>
 *
 * Anything else is refused: no request, and so no token, goes there.
 */
final class FilesHostTrust {
  private final URI api;
  private final URI files;

  FilesHostTrust(URI api, URI files) {
    this.api = api;
    this.files = files;
  }

  /** Why {@code candidate} is not trusted, or null when it is. */
  @Nullable String problem(URI candidate) {
    String scheme = lower(candidate.getScheme());
    String host = host(candidate);
    if (host.isEmpty() || !candidate.isAbsolute()) {
      return "it is not an absolute URL with a host";
    }
    if (candidate.getRawUserInfo() != null
        || candidate.getRawQuery() != null
        || candidate.getRawFragment() != null) {
      return "it carries user information, a query or a fragment";
    }
    boolean httpAllowed =
        "http".equals(lower(api.getScheme())) || "http".equals(lower(files.getScheme()));
    if (!scheme.equals("https") && !(scheme.equals("http") && httpAllowed)) {
      return "it does not use https";
    }
    String apiHost = host(api);
    if (host.equals(apiHost) || host.equals(host(files))) {
      return null;
    }
    if (isLoopback(apiHost)) {
      return isLoopback(host) ? null : "it is not on this machine, as the API is";
    }
    String parent = parentDomain(apiHost);
    if (parent != null && host.endsWith("." + parent)) {
      return null;
    }
    return "its host is not the API's or the files host, nor a name under "
        + (parent == null ? apiHost : parent);
  }

  /**
   * {@code osf.io} for {@code api.osf.io}; null when that leaves fewer than two labels or an IP.
   */
  static @Nullable String parentDomain(String host) {
    if (isIpLiteral(host)) {
      return null;
    }
    int dot = host.indexOf('.');
    if (dot < 0) {
      return null;
    }
    String parent = host.substring(dot + 1);
    return parent.indexOf('.') > 0 && !parent.endsWith(".") ? parent : null;
  }

  static boolean isLoopback(String host) {
    if (host.equals("localhost") || host.equals("::1") || host.equals("[::1]")) {
      return true;
    }
    return host.startsWith("127.") && isIpLiteral(host);
  }

  private static boolean isIpLiteral(String host) {
    return host.startsWith("[") || host.chars().allMatch(c -> c == '.' || Character.isDigit(c));
  }

  private static String host(URI uri) {
    return lower(uri.getHost());
  }

  private static String lower(@Nullable String s) {
    return s == null ? "" : s.toLowerCase(Locale.ROOT);
  }
}
