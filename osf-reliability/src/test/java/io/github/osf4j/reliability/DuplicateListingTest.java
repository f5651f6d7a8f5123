package io.github.osf4j.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import io.github.osf4j.core.AccessToken;
import io.github.osf4j.core.IncompleteListingException;
import io.github.osf4j.core.RemoteStorage;
import io.github.osf4j.core.local.NioLocalFiles;
import io.github.osf4j.core.plan.Planner;
import io.github.osf4j.core.sync.Project;
import io.github.osf4j.http.OsfHttp;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Suite 3d: a folder listing that names one item twice stops the sync before any change. */
final class DuplicateListingTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void listingWithADuplicateEntryStopsTheSyncBeforeAnythingChanges(@TempDir Path home)
      throws IOException {
    try (Rig rig = Rig.start(home, 51)) {
      Files.writeString(rig.root.resolve("a.txt"), "a");
      Files.writeString(rig.root.resolve("b.txt"), "b");
      try (Project p = rig.create()) {
        assertThat(p.apply().isComplete()).isTrue();
      }
      Files.delete(rig.root.resolve("a.txt"));
      Files.writeString(rig.root.resolve("c.txt"), "c");
      Map<String, String> tree = Trees.fingerprint(rig.root);
      String emulator = "http://127.0.0.1:" + rig.server.port();
      try (Interposer front =
          new Interposer(
              "127.0.0.1", emulator, (m, path) -> null, DuplicateListingTest::duplicateFirst)) {
        RemoteStorage remote =
            OsfHttp.remoteStorage(
                Rig.httpConfig(rig.server).toBuilder()
                    .urls(URI.create(front.base() + "/v2/"), URI.create(front.base() + "/v1/"))
                    .build(),
                () -> Optional.of(new AccessToken(Rig.TOKEN)));
        assertThatThrownBy(() -> remote.list(rig.projectId))
            .isInstanceOf(IncompleteListingException.class);
        Clock clock = Clock.systemUTC();
        try (Project p =
            new Project(
                remote,
                rig.store,
                rig.store.load(),
                new NioLocalFiles(rig.root, List.of(), 2),
                new Planner(clock)::plan,
                clock)) {
          assertThatThrownBy(p::apply).isInstanceOf(IncompleteListingException.class);
        }
      }
      assertThat(Trees.fingerprint(rig.root)).isEqualTo(tree);
      assertThat(Trees.remoteFiles(rig.remote, rig.projectId)).containsOnlyKeys("a.txt", "b.txt");
      assertThat(rig.server.requests().count("DELETE", ".*")).isZero();
    }
  }

  /** A WaterButler folder listing with its first item repeated; other bodies unchanged. */
  private static String duplicateFirst(String body) {
    try {
      JsonNode root = JSON.readTree(body);
      JsonNode data = root.path("data");
      if (data instanceof ArrayNode items
          && items.size() > 0
          && items.get(0).path("attributes").has("materialized")) {
        items.add(items.get(0).deepCopy());
        return JSON.writeValueAsString(root);
      }
      return body;
    } catch (IOException e) {
      return body;
    }
  }
}
