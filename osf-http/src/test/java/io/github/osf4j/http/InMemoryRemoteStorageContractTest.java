package io.github.osf4j.http;

import io.github.osf4j.core.ProjectInfo;
import io.github.osf4j.core.RemoteStorage;
import io.github.osf4j.testkit.fakes.InMemoryRemoteStorage;

/** The remote contract against the in-memory fake from osf-testkit. */
final class InMemoryRemoteStorageContractTest extends RemoteStorageContract {
  private final InMemoryRemoteStorage storage = InMemoryRemoteStorage.withProject("proj1");

  @Override
  RemoteStorage storage() {
    return storage;
  }

  @Override
  String projectId() {
    return "proj1";
  }

  @Override
  void seedFile(String path, byte[] content) {
    storage.putFile("proj1", path, content);
  }

  @Override
  void seedFolder(String path) {
    storage.mkdirs("proj1", path);
  }

  @Override
  String seedComponent(String title) {
    storage.addProject(new ProjectInfo("comp1", title, "proj1", false), "me");
    return "comp1";
  }

  @Override
  void seedTag(String tag) {
    storage.tag("proj1", tag);
  }
}
