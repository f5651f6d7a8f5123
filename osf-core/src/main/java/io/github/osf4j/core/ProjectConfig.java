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
 * @param remotePath the OSF folder the local folder is linked to (e.g. {@code data/raw}), or null
 *     for the project's whole storage; everything outside it is invisible to this project file
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
    @Nullable String projectFilesUrl,
    @Nullable RelPath remotePath) {

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

  /** A configuration linked to the project's whole storage. */
  public ProjectConfig(
      String apiUrl,
      String filesUrl,
      String projectId,
      String projectTitle,
      String userId,
      String username,
      String localRoot,
      List<String> ignore,
      @Nullable String projectFilesUrl) {
    this(
        apiUrl,
        filesUrl,
        projectId,
        projectTitle,
        userId,
        username,
        localRoot,
        ignore,
        projectFilesUrl,
        null);
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

  /**
   * A builder that names every part, so that no two strings can trade places: {@code
   * ProjectConfig.builder().server(s).projectId("abc12").projectTitle("Test").userId("me")
   * .localRoot("/experiment").build()}. The username, ignore patterns, project files URL and remote
   * path are optional; a config without a server belongs to the server of the session that opens
   * it.
   */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this configuration, to change some parts of it. */
  public Builder toBuilder() {
    return builder()
        .urls(apiUrl, filesUrl)
        .projectId(projectId)
        .projectTitle(projectTitle)
        .userId(userId)
        .username(username)
        .localRoot(localRoot)
        .ignore(ignore)
        .projectFilesUrl(projectFilesUrl)
        .remotePath(remotePath);
  }

  /** The server these URLs name. */
  public OsfServer server() {
    return new OsfServer(apiUrl, filesUrl);
  }

  /** Builds a {@link ProjectConfig} part by part; see {@link ProjectConfig#builder()}. */
  public static final class Builder {
    private String apiUrl = "";
    private String filesUrl = "";
    private @Nullable String projectId;
    private String projectTitle = "";
    private @Nullable String userId;
    private String username = "";
    private @Nullable String localRoot;
    private List<String> ignore = List.of();
    private @Nullable String projectFilesUrl;
    private @Nullable RelPath remotePath;

    private Builder() {}

    /** The server's API and files URLs. */
    public Builder server(OsfServer server) {
      return urls(server.apiUrl(), server.filesUrl());
    }

    private Builder urls(String api, String files) {
      this.apiUrl = requireNonNull(api, "api");
      this.filesUrl = requireNonNull(files, "files");
      return this;
    }

    public Builder projectId(String value) {
      this.projectId = requireNonNull(value, "projectId");
      return this;
    }

    public Builder projectTitle(String value) {
      this.projectTitle = requireNonNull(value, "projectTitle");
      return this;
    }

    public Builder userId(String value) {
      this.userId = requireNonNull(value, "userId");
      return this;
    }

    public Builder username(String value) {
      this.username = requireNonNull(value, "username");
      return this;
    }

    /** The absolute path of the local folder, as the operating system spells it. */
    public Builder localRoot(String value) {
      this.localRoot = requireNonNull(value, "localRoot");
      return this;
    }

    public Builder ignore(List<String> patterns) {
      this.ignore = List.copyOf(patterns);
      return this;
    }

    public Builder projectFilesUrl(@Nullable String value) {
      this.projectFilesUrl = value;
      return this;
    }

    /** The OSF folder to link to; null (the default) for the project's whole storage. */
    public Builder remotePath(@Nullable RelPath value) {
      this.remotePath = value;
      return this;
    }

    /**
     * The configuration.
     *
     * @throws IllegalStateException when the project id, user id or local root is missing
     */
    public ProjectConfig build() {
      String project = projectId;
      String user = userId;
      String root = localRoot;
      if (project == null || user == null || root == null) {
        throw new IllegalStateException(
            "a project config needs a project id, a user id and a root");
      }
      return new ProjectConfig(
          apiUrl,
          filesUrl,
          project,
          projectTitle,
          user,
          username,
          root,
          ignore,
          projectFilesUrl,
          remotePath);
    }
  }

  /** This configuration with the project's files URL (its storage region's WaterButler). */
  public ProjectConfig withProjectFilesUrl(@Nullable String url) {
    return new ProjectConfig(
        apiUrl,
        filesUrl,
        projectId,
        projectTitle,
        userId,
        username,
        localRoot,
        ignore,
        url,
        remotePath);
  }
}
