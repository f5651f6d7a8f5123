package io.github.osf4j.http;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.SocketAddress;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Chooses proxies the way curl reads {@code HTTPS_PROXY}, {@code HTTP_PROXY} and {@code NO_PROXY}
 * (either case), which the JDK client ignores by default. Loopback hosts always go direct.
 */
final class EnvProxySelector extends ProxySelector {
  private final @Nullable Proxy https;
  private final @Nullable Proxy http;
  private final List<String> noProxy;

  EnvProxySelector(Map<String, String> env) {
    this.https = proxy(get(env, "HTTPS_PROXY"));
    this.http = proxy(get(env, "HTTP_PROXY"));
    this.noProxy = parseNoProxy(get(env, "NO_PROXY"));
  }

  @Override
  public List<Proxy> select(URI uri) {
    String host = uri.getHost();
    if (host == null || OsfHttpConfig.isLoopback(host) || bypassed(host)) {
      return List.of(Proxy.NO_PROXY);
    }
    Proxy chosen = "https".equalsIgnoreCase(uri.getScheme()) ? https : http;
    return List.of(chosen != null ? chosen : Proxy.NO_PROXY);
  }

  @Override
  public void connectFailed(URI uri, SocketAddress address, IOException failure) {
    // Nothing to remember: the request fails and is retried by the caller's policy.
  }

  private boolean bypassed(String rawHost) {
    String host = stripBrackets(rawHost).toLowerCase(Locale.ROOT);
    for (String rule : noProxy) {
      if (rule.equals("*") || host.equals(rule) || host.endsWith("." + rule)) {
        return true;
      }
    }
    return false;
  }

  private static @Nullable String get(Map<String, String> env, String name) {
    String upper = env.get(name);
    if (upper != null && !upper.isBlank()) {
      return upper.trim();
    }
    String lower = env.get(name.toLowerCase(Locale.ROOT));
    return lower != null && !lower.isBlank() ? lower.trim() : null;
  }

  private static @Nullable Proxy proxy(@Nullable String value) {
    if (value == null) {
      return null;
    }
    URI uri = URI.create(value.contains("://") ? value : "http://" + value);
    String host = uri.getHost();
    if (host == null) {
      throw new IllegalArgumentException("proxy setting is not a host[:port] URL: " + value);
    }
    int port = uri.getPort() > 0 ? uri.getPort() : defaultPort(uri.getScheme());
    return new Proxy(Proxy.Type.HTTP, InetSocketAddress.createUnresolved(host, port));
  }

  private static int defaultPort(@Nullable String scheme) {
    return "https".equalsIgnoreCase(scheme) ? 443 : 80;
  }

  private static List<String> parseNoProxy(@Nullable String value) {
    List<String> rules = new ArrayList<>();
    if (value == null) {
      return rules;
    }
    for (String part : value.split(",")) {
      String rule = stripBrackets(part.trim()).toLowerCase(Locale.ROOT);
      int colon = rule.lastIndexOf(':');
      if (colon > 0 && rule.indexOf(':') == colon) {
        rule = rule.substring(0, colon);
      }
      while (rule.startsWith(".") || rule.startsWith("*.")) {
        rule = rule.substring(rule.indexOf('.') + 1);
      }
      if (!rule.isEmpty()) {
        rules.add(rule);
      }
    }
    return List.copyOf(rules);
  }

  private static String stripBrackets(String host) {
    return host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
  }
}
