package io.github.osf4j.core.sync;

import static java.util.Objects.requireNonNull;

import io.github.osf4j.core.AccessToken;
import io.github.osf4j.core.NewProject;
import io.github.osf4j.core.OsfServer;
import io.github.osf4j.core.ProjectInfo;
import io.github.osf4j.core.RemoteStorage;
import io.github.osf4j.core.StorageUsage;
import io.github.osf4j.core.UserInfo;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A remote that passes every call about accounts, projects and the server to another one, leaving
 * the calls that take a path in the storage to its subclass (a decorator that changes what the
 * storage looks like, such as one folder or a project with its components). None of the port's
 * defaults is left in place: a default would answer instead of the remote underneath.
 */
abstract class ForwardingRemoteStorage implements RemoteStorage {
  final RemoteStorage remote;

  ForwardingRemoteStorage(RemoteStorage remote) {
    this.remote = requireNonNull(remote, "remote");
  }

  @Override
  public OsfServer server() {
    return remote.server();
  }

  @Override
  public String filesUrl(String projectId) throws IOException {
    return remote.filesUrl(projectId);
  }

  @Override
  public void knowFilesUrl(String projectId, String filesUrl) {
    remote.knowFilesUrl(projectId, filesUrl);
  }

  @Override
  public UserInfo whoAmI() throws IOException {
    return remote.whoAmI();
  }

  @Override
  public AccessToken createToken(String username, String password, @Nullable String otp)
      throws IOException {
    return remote.createToken(username, password, otp);
  }

  @Override
  public List<UserInfo> findUsers(String text) throws IOException {
    return remote.findUsers(text);
  }

  @Override
  public List<ProjectInfo> projectsOf(String userId) throws IOException {
    return remote.projectsOf(userId);
  }

  @Override
  public List<ProjectInfo> findProjects(String title) throws IOException {
    return remote.findProjects(title);
  }

  @Override
  public List<ProjectInfo> findProjectsByTag(String tag) throws IOException {
    return remote.findProjectsByTag(tag);
  }

  @Override
  public ProjectInfo createProject(NewProject project) throws IOException {
    return remote.createProject(project);
  }

  @Override
  public ProjectInfo project(String projectId) throws IOException {
    return remote.project(projectId);
  }

  @Override
  public List<ProjectInfo> components(String projectId) throws IOException {
    return remote.components(projectId);
  }

  @Override
  public Optional<StorageUsage> storage(String projectId) throws IOException {
    return remote.storage(projectId);
  }
}
