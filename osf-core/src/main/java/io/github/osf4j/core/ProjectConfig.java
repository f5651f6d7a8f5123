package io.github.osf4j.core;

import static java.util.Objects.requireNonNull;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
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
 * @param components whether the project's components (recursively) are synced too, each as a
 *     sub-folder (see {@link ComponentFolder}); not together with a remote path
 * @param componentFolders the folder of each component seen so far, by component id, relative to
 *     the local root: named when first seen and kept, so that a rename on OSF moves nothing
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
    @Nullable RelPath remotePath,
    boolean components,
    Map<String, RelPath> componentFolders) {

  public ProjectConfig {
    requireNonNull(apiUrl, "apiUrl");
    requireNonNull(filesUrl, "filesUrl");
    requireNonNull(projectId, "projectId");
    requireNonNull(projectTitle, "projectTitle");
    requireNonNull(userId, "userId");
    requireNonNull(username, "username");
    requireNonNull(localRoot, "localRoot");
    ignore = List.copyOf(ignore);
    componentFolders = Collections.unmodifiableSortedMap(new TreeMap<>(componentFolders));
    if (components && remotePath != null) {
      throw new IllegalArgumentException(
          "a project file links either one OSF folder (remote path) or the project with its"
              + " components, not both");
    }
    if (!components && !componentFolders.isEmpty()) {
      throw new IllegalArgumentException("component folders without components");
    }
  }

  /** A configuration without components. */
  public ProjectConfig(
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
        remotePath,
        false,
        Map.of());
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
   * .localRoot("/experiment").build()}. The username, ignore patterns, project files URL, remote
   * path and components are optional; a config without a server belongs to the server of the
   * session that opens it.
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
        .remotePath(remotePath)
        .components(components)
        .componentFolders(componentFolders);
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
    private boolean components;
    private Map<String, RelPath> componentFolders = Map.of();

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

    /** Whether the project's components are synced too, as sub-folders (default: no). */
    public Builder components(boolean value) {
      this.components = value;
      return this;
    }

    /** The folder of each component seen so far, by component id (default: none). */
    public Builder componentFolders(Map<String, RelPath> value) {
      this.componentFolders = Map.copyOf(value);
      return this;
    }

    /**
     * The configuration.
     *
     * @throws IllegalStateException when the project id, user id or local root is missing
     * @throws IllegalArgumentException when both a remote path and components are given
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
          remotePath,
          components,
          componentFolders);
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
        remotePath,
        components,
        componentFolders);
  }

  /** This configuration with {@code folders} as its component folders. */
  public ProjectConfig withComponentFolders(Map<String, RelPath> folders) {
    return new ProjectConfig(
        apiUrl,
        filesUrl,
        projectId,
        projectTitle,
        userId,
        username,
        localRoot,
        ignore,
        projectFilesUrl,
        remotePath,
        components,
        folders);
  }
}
