package io.github.osf4j.http;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.osf4j.core.ServerException;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import org.jspecify.annotations.Nullable;

/**
 * Finds the WaterButler base that serves a project's storage region, once per project, from the
 * links OSF gives ({@code GET /v2/nodes/{node}/files/}: osfstorage's {@code links.upload}), and
 * hands it to {@link Urls}. When OSF names none, the configured files URL stays in use. A host that
 * does not belong to the same OSF ({@link FilesHostTrust}) is refused before any request goes
 * there. Thread-safe.
 */
final class StorageRegions {
  private static final String PROVIDER_PATH = "providers/osfstorage/";

  private final Pager pager;
  private final Urls urls;
  private final Auth auth;
  private final FilesHostTrust trust;

  StorageRegions(Pager pager, Urls urls, Auth auth) {
    this.pager = pager;
    this.urls = urls;
    this.auth = auth;
    this.trust = new FilesHostTrust(urls.apiBase(), urls.filesBase());
  }

  /** The WaterButler base for {@code projectId}, asking OSF the first time. */
  URI resolve(String projectId) throws IOException {
    URI known = urls.regionBase(projectId);
    if (known != null) {
      return known;
    }
    synchronized (this) {
      known = urls.regionBase(projectId);
      if (known != null) {
        return known;
      }
      URI base = fetch(projectId);
      urls.useRegionBase(projectId, base);
      return base;
    }
  }

  /**
   * Uses {@code filesUrl} for {@code projectId} without asking OSF, when it is a WaterButler base
   * this OSF could have named ({@link FilesHostTrust}); otherwise leaves the project to be asked.
   */
  void remember(String projectId, String filesUrl) {
    URI base;
    try {
      base = new URI(filesUrl);
    } catch (URISyntaxException e) {
      return;
    }
    if (base.getScheme() != null && base.getRawAuthority() != null && trust.problem(base) == null) {
      urls.useRegionBase(projectId, base);
    }
  }

  private URI fetch(String projectId) throws IOException {
    Step step = Step.read("find where project " + projectId + " stores its files", projectId);
    URI first = urls.api("nodes/" + Urls.segment(projectId) + "/files/");
    for (JsonNode provider : pager.all(step, first, auth.credentials())) {
      JsonNode attributes = provider.path("attributes");
      if (!"osfstorage".equals(Json.text(attributes, "provider"))) {
        continue;
      }
      String upload = Json.text(provider.path("links"), "upload");
      URI base = upload == null ? null : baseOf(upload, projectId);
      if (base == null) {
        return urls.filesBase();
      }
      String problem = trust.problem(base);
      if (problem != null) {
        throw new ServerException(
            "refused to send the token to "
                + base.getScheme()
                + "://"
                + base.getHost()
                + (base.getPort() < 0 ? "" : ":" + base.getPort())
                + ", which OSF named as the files host of project "
                + projectId
                + ": "
                + problem
                + " (the API is "
                + urls.apiBase()
                + "); nothing was sent there");
      }
      return base;
    }
    return urls.filesBase();
  }

  /**
   * {@code https://files.de1.osf.io/v1/} from {@code
   * https://files.de1.osf.io/v1/resources/{node}/providers/osfstorage/}; null for any other shape.
   */
  static @Nullable URI baseOf(String upload, String projectId) {
    URI uri;
    try {
      uri = new URI(upload);
    } catch (URISyntaxException e) {
      return null;
    }
    String path = uri.getRawPath();
    String tail = "resources/" + Urls.encode(projectId) + "/" + PROVIDER_PATH;
    if (path == null || uri.getRawAuthority() == null || !path.endsWith("/" + tail)) {
      return null;
    }
    String basePath = path.substring(0, path.length() - tail.length());
    try {
      return new URI(
          uri.getScheme()
              + "://"
              + uri.getRawAuthority()
              + basePath
              + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery()));
    } catch (URISyntaxException e) {
      return null;
    }
  }
}
