package io.github.osf4j.http;

import io.github.osf4j.core.RemoteStorage;
import org.junit.jupiter.api.AfterEach;

/** The remote contract against this adapter talking to the emulator. */
final class HttpRemoteStorageContractTest extends RemoteStorageContract {
  private final Emulator emu = Emulator.start();
  private final String node = emu.server.createProject("Contract");
  private final HttpRemoteStorage storage = emu.storage();

  @AfterEach
  void stop() {
    emu.close();
  }

  @Override
  RemoteStorage storage() {
    return storage;
  }

  @Override
  String projectId() {
    return node;
  }

  @Override
  void seedFile(String path, byte[] content) {
    emu.server.putFile(node, path, content);
  }

  @Override
  void seedFolder(String path) {
    emu.server.createFolder(node, path);
  }

  @Override
  String seedComponent(String title) {
    return emu.server.createComponent(node, title);
  }

  @Override
  void seedTag(String tag) {
    emu.server.addTags(node, tag);
  }
}
