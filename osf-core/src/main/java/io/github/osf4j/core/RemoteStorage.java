package io.github.osf4j.core;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * OSF as the sync engine sees it: accounts, projects, and one project's osfstorage tree.
 *
 * <p>Implementations are thread-safe: the executor calls transfers from several threads at once.
 * Every method may throw {@link AuthenticationException} (no or bad token), {@link
 * PermissionDeniedException}, {@link ProjectNotFoundException} or {@link ServerException} (after
 * retries), besides the failures named on the method. Entries returned carry their {@link
 * RemoteRef}; a folder argument of {@code null} means the project's storage root.
 */
public interface RemoteStorage {

  /** The server this remote talks to: the one its tokens belong to. */
  OsfServer server();

  /**
   * The WaterButler base URL that serves {@code projectId}'s files: its storage region's host as
   * OSF names it, or the server's files URL when OSF names none. Adapters that know regions ask OSF
   * once per project and cache the answer.
   */
  default String filesUrl(String projectId) throws IOException {
    return server().filesUrl();
  }

  /**
   * Tells the adapter where {@code projectId}'s files live as OSF named it before ({@link
   * #filesUrl}'s answer, remembered in the project file), so that it need not ask again. An adapter
   * checks the host as it would check OSF's answer, and ignores one it would not trust.
   */
  default void knowFilesUrl(String projectId, String filesUrl) {}

  /** The user the current token belongs to. */
  UserInfo whoAmI() throws IOException;

  /**
   * Creates a personal access token (scope {@code osf.full_write}) from a username and password.
   *
   * @param otp the current two-factor code, or null
   * @throws TwoFactorRequiredException when the account needs a code and none (or a wrong one) was
   *     given
   */
  AccessToken createToken(String username, String password, @Nullable String otp)
      throws IOException;

  /** Users whose name contains {@code text}, every page. */
  List<UserInfo> findUsers(String text) throws IOException;

  /** The projects and components {@code userId} contributes to ({@code "me"} for oneself). */
  List<ProjectInfo> projectsOf(String userId) throws IOException;

  /** Projects visible to the caller whose title contains {@code title}, case-insensitively. */
  List<ProjectInfo> findProjects(String title) throws IOException;

  /**
   * Projects and components visible to the caller with a tag containing {@code tag} (OSF's {@code
   * filter[tags]}), every page.
   */
  List<ProjectInfo> findProjectsByTag(String tag) throws IOException;

  /** Creates a top-level project owned by the caller and returns it. */
  ProjectInfo createProject(NewProject project) throws IOException;

  /** One project or component. */
  ProjectInfo project(String projectId) throws IOException;

  /** The direct components of a project. */
  List<ProjectInfo> components(String projectId) throws IOException;

  /**
   * How much of its storage quota a project uses (OSF counts every version of every file), or empty
   * while OSF is still computing it (it answers 202, or says {@code NOT_CALCULATED}) or gives no
   * figure.
   */
  Optional<StorageUsage> storage(String projectId) throws IOException;

  /**
   * The whole osfstorage tree of a project, complete, or a failure: never part of it.
   *
   * <p>Names that cannot be a {@link RelPath}, or that occur twice, are reported as the snapshot's
   * problems rather than entries.
   *
   * @throws IncompleteListingException when any folder could not be listed or the listing looks
   *     inconsistent
   */
  Snapshot list(String projectId) throws IOException;

  /**
   * The folder at {@code path} in a project's osfstorage as it is now, or empty when nothing, or a
   * file, is there. Adapters that can look a path up folder by folder should rather than list the
   * whole tree.
   */
  default Optional<Entry> folder(String projectId, RelPath path) throws IOException {
    return list(projectId).get(path).filter(Entry::isFolder);
  }

  /**
   * Everything inside {@code folder} (a folder entry of this project, as {@link #folder} or {@link
   * #list(String)} gave it), complete, or a failure, with paths as in the whole listing. Adapters
   * that can list from a folder should rather than list the whole tree.
   *
   * @throws IncompleteListingException also when the folder is gone
   */
  default Snapshot list(String projectId, Entry folder) throws IOException {
    Snapshot all = list(projectId);
    Entry now = all.find(folder.path());
    if (now == null || !now.isFolder() || !sameId(folder.remote(), now.remote())) {
      throw new IncompleteListingException(
          "folder '" + folder.path() + "' is no longer in project " + projectId);
    }
    Snapshot.Builder inside = Snapshot.builder();
    all.descendants(folder.path()).forEach(inside::put);
    all.problems()
        .forEach(
            (path, reason) -> {
              if (folder.path().isAncestorOf(path)) {
                inside.problem(path, reason);
              }
            });
    return inside.build();
  }

  /**
   * Writes the current version of {@code file} to {@code out}, resuming after a dropped connection
   * where the server allows, and verifying the received bytes against the entry's hashes (only
   * their count when {@code out} is a {@link HashingSink}, whose caller compares the hashes).
   *
   * @throws java.io.IOException also when the received bytes do not match the entry's hash
   */
  void download(String projectId, Entry file, OutputStream out, TransferListener listener)
      throws IOException;

  /** The stored versions of {@code file}, newest first. */
  List<FileVersion> versions(String projectId, Entry file) throws IOException;

  /**
   * Writes {@code version} of {@code file} to {@code out}, verifying the received bytes against the
   * version's hashes.
   *
   * @throws java.io.IOException also when the received bytes do not match the version's hash
   */
  void downloadVersion(
      String projectId,
      Entry file,
      FileVersion version,
      OutputStream out,
      TransferListener listener)
      throws IOException;

  /**
   * Creates a new file {@code name} in {@code folder}.
   *
   * @throws NameTakenException when a file of that name exists there (a create/create conflict)
   * @throws QuotaExceededException when the project is over quota
   */
  Entry upload(
      String projectId,
      @Nullable Entry folder,
      String name,
      Content content,
      TransferListener listener)
      throws IOException;

  /** Stores {@code content} as a new version of the existing {@code file}. */
  Entry update(String projectId, Entry file, Content content, TransferListener listener)
      throws IOException;

  /**
   * Creates a folder {@code name} in {@code parent}.
   *
   * @throws NameTakenException when a folder of that name exists there
   */
  Entry mkdir(String projectId, @Nullable Entry parent, String name) throws IOException;

  /** Deletes a file, or a folder with everything inside it. */
  void delete(String projectId, Entry entry) throws IOException;

  /**
   * Moves and/or renames {@code entry} to {@code name} inside {@code folder}, never overwriting.
   * The OSF id is kept.
   *
   * @throws NameTakenException when something of that name exists there
   */
  Entry move(String projectId, Entry entry, @Nullable Entry folder, String name) throws IOException;

  private static boolean sameId(@Nullable RemoteRef a, @Nullable RemoteRef b) {
    return a == null || b == null || a.id().equals(b.id());
  }
}
