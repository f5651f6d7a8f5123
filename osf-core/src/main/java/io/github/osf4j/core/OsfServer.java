package io.github.osf4j.core;

import static java.util.Objects.requireNonNull;

import java.util.Locale;

/**
 * An OSF server as a client sees it: its API v2 base URL and its WaterButler (files) base URL. A
 * token belongs to one server and is only ever sent to it.
 *
 * <p>Both URLs are kept in a canonical spelling (surrounding blanks removed, scheme and host in
 * lower case, one trailing slash), so that two spellings of one server compare equal.
 *
 * @param apiUrl the API v2 base, for example {@code https://api.osf.io/v2/}
 * @param filesUrl the WaterButler v1 base, for example {@code https://files.osf.io/v1/}
 */
public record OsfServer(String apiUrl, String filesUrl) {

  /** osf.io itself: where a token stored without a server belongs. */
  public static final OsfServer OSF_IO =
      new OsfServer("https://api.osf.io/v2/", "https://files.osf.io/v1/");

  public OsfServer {
    apiUrl = canonical(requireNonNull(apiUrl, "apiUrl"));
    filesUrl = canonical(requireNonNull(filesUrl, "filesUrl"));
    if (apiUrl.equals("/") || filesUrl.equals("/")) {
      throw new IllegalArgumentException("empty server URL");
    }
  }

  /** The API URL's scheme, host and port, for messages: {@code https://api.osf.io}. */
  public String host() {
    int scheme = apiUrl.indexOf("://");
    int path = scheme < 0 ? -1 : apiUrl.indexOf('/', scheme + 3);
    return path < 0 ? apiUrl : apiUrl.substring(0, path);
  }

  @Override
  public String toString() {
    return apiUrl;
  }

  private static String canonical(String url) {
    String trimmed = url.strip();
    int scheme = trimmed.indexOf("://");
    if (scheme > 0) {
      int path = trimmed.indexOf('/', scheme + 3);
      int end = path < 0 ? trimmed.length() : path;
      trimmed = trimmed.substring(0, end).toLowerCase(Locale.ROOT) + trimmed.substring(end);
    }
    return trimmed.endsWith("/") ? trimmed : trimmed + "/";
  }
}
