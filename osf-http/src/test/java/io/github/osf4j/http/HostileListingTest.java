package io.github.osf4j.http;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.osf4j.core.IncompleteListingException;
import io.github.osf4j.core.Snapshot;
import io.github.osf4j.testkit.Fault;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Listings from a server that never ends, loops, or simply holds a very big folder. */
final class HostileListingTest {
  private final Emulator emu = Emulator.start();
  private final String node = emu.server.createProject("P");

  @AfterEach
  void stop() {
    emu.close();
  }

  @Test
  void foldersNestedBeyondTheDepthLimitStopTheListingClearly() {
    emu.server.createFolder(node, "d/".repeat(TreeLister.MAX_DEPTH + 5));

    assertThatThrownBy(() -> emu.storage().list(node))
        .isInstanceOf(IncompleteListingException.class)
        .hasMessageContaining("folders nested deeper than 256 levels");
  }

  @Test
  void foldersJustWithinTheDepthLimitAreListed() throws Exception {
    emu.server.putFile(node, "d/".repeat(TreeLister.MAX_DEPTH) + "leaf.txt", "x".getBytes(UTF_8));

    Snapshot snapshot = emu.storage().list(node);

    assertThat(snapshot.fileCount()).isEqualTo(1);
  }

  @Test
  void aNextLinkBackToAPageAlreadyReadEndsTheListAsIncomplete() {
    for (int i = 0; i < 15; i++) {
      emu.server.createProject("p" + i);
    }
    emu.server.faults().add(Fault.loopingNext());

    assertThatThrownBy(() -> emu.storage().projectsOf("me"))
        .isInstanceOf(IncompleteListingException.class)
        .hasMessageContaining("points back to a page already read");
    assertThat(emu.server.requests().count("GET", "/v2/users/[^/]+/nodes/")).isLessThan(20);
  }

  @Test
  void aFolderOf25000FilesIsListedInOneStreamedResponse() throws Exception {
    for (int i = 0; i < 25_000; i++) {
      emu.server.putFile(node, "big/trial-" + i + ".csv", ("rt," + i + "\n").getBytes(UTF_8));
    }
    emu.server.requests().clear();

    Snapshot snapshot = emu.storage().list(node);

    assertThat(snapshot.fileCount()).isEqualTo(25_000);
    assertThat(snapshot.problems()).isEmpty();
    assertThat(emu.server.requests().count())
        .isEqualTo(2 + 1); // + 1: the project's storage region, asked once
  }
}
