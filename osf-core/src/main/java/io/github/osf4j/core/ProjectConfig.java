package io.github.osf4j.core;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a project file remembers besides the index: the servers, the OSF project, the user and the
 * local folder.
 *
 * @param apiUrl API v2 base URL, e.g. {@code https://api.osf.io/v2/}
 * @param filesUrl WaterButler base URL, e.g. {@code https://files.osf.io/v1/}
 * @param projectId the node GUID
 * @param projectTitle the project's title when it was chosen (informational)
 * @param userId the user GUID whose token is used
 * @param username the user's login (e-mail), an alias for the token store; may be empty
 * @param localRoot the absolute path of the local folder
 * @param ignore extra ignore patterns (gitignore syntax) besides the root's {@code .osfignore}
 * @param projectFilesUrl the WaterButler base that serves this project's storage region, as OSF
 *     named it at the last sync (e.g. {@code https://files.de1.osf.io/v1/}); null until known.
 *     Informational: each run asks OSF again, and {@code filesUrl} stays the server's fallback
 */
public record ProjectConfig(
    String apiUrl,
    String filesUrl,
    String projectId,
    String projectTitle,
    String userId,
    String username,
    String localRoot,
    List<String> ignore,
    @Nullable String projectFilesUrl) {

  public ProjectConfig {
    requireNonNull(apiUrl, "apiUrl");
    requireNonNull(filesUrl, "filesUrl");
    requireNonNull(projectId, "projectId");
    requireNonNull(projectTitle, "projectTitle");
    requireNonNull(userId, "userId");
    requireNonNull(username, "username");
    requireNonNull(localRoot, "localRoot");
    ignore = List.copyOf(ignore);
  }

  /** A configuration whose project's storage region is not known yet. */
  public ProjectConfig(
      String apiUrl,
      String filesUrl,
      String projectId,
      String projectTitle,
      String userId,
      String username,
      String localRoot,
      List<String> ignore) {
    this(apiUrl, filesUrl, projectId, projectTitle, userId, username, localRoot, ignore, null);
  }

  /** This configuration with the project's files URL (its storage region's WaterButler). */
  public ProjectConfig withProjectFilesUrl(@Nullable String url) {
    return new ProjectConfig(
        apiUrl, filesUrl, projectId, projectTitle, userId, username, localRoot, ignore, url);
  }
}
