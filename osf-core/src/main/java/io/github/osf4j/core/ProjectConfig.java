package io.github.osf4j.core;

import static java.util.Objects.requireNonNull;

import java.util.List;

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
 */
public record ProjectConfig(
    String apiUrl,
    String filesUrl,
    String projectId,
    String projectTitle,
    String userId,
    String username,
    String localRoot,
    List<String> ignore) {

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
}
