package io.github.osf4j.core.sync;

import static io.github.osf4j.core.sync.ProjectWorld.P;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.osf4j.core.AccessToken;
import io.github.osf4j.core.Entry;
import io.github.osf4j.core.ProjectInfo;
import io.github.osf4j.core.RelPath;
import io.github.osf4j.core.RemoteStorage;
import io.github.osf4j.core.Snapshot;
import io.github.osf4j.core.TransferListener;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A project and its components as one storage, over the in-memory remote. */
final class ComponentsRemoteTest {
  private final ProjectWorld world = new ProjectWorld();
  private final ComponentsRemote combined =
      new ComponentsRemote(world.remote, P, Map.of("c1", RelPath.of("Old name (c1)")));

  ComponentsRemoteTest() {
    world.token.set(new AccessToken("pat-1"));
    world.remote.addProject(new ProjectInfo("c1", "Data", P, false), "u1");
    world.remote.addProject(new ProjectInfo("c2", "Raw", "c1", false), "u1");
    world.remote.putFile(P, "top.txt", "top");
    world.remote.putFile("c1", "sub/a.txt", "a");
    world.remote.putFile("c2", "b.txt", "b");
  }

  @Test
  void everyMethodThatTakesAPathIsRoutedAndTheRestForwarded() {
    for (Method method : RemoteStorage.class.getMethods()) {
      boolean defaultOverAListing =
          method.getName().equals("folder")
              || (method.getName().equals("list") && method.getParameterCount() == 2);
      assertThat(PortDefaults.implemented(ComponentsRemote.class, method) || defaultOverAListing)
          .as("ComponentsRemote overrides " + method.getName() + " (a default would drop the call)")
          .isTrue();
    }
  }

  @Test
  void eachComponentIsListedUnderItsFolderAKnownOneKeepingItsOldName() throws IOException {
    Snapshot listed = combined.list(P);

    assertThat(listed.entries().keySet())
        .extracting(RelPath::value)
        .containsExactly(
            "Old name (c1)",
            "Old name (c1)/Raw (c2)",
            "Old name (c1)/Raw (c2)/b.txt",
            "Old name (c1)/sub",
            "Old name (c1)/sub/a.txt",
            "top.txt");
    assertThat(combined.folders())
        .isEqualTo(
            Map.of("c1", RelPath.of("Old name (c1)"), "c2", RelPath.of("Old name (c1)/Raw (c2)")));
  }

  @Test
  void writesGoToTheNodeWhoseFolderHoldsThePath() throws IOException {
    Snapshot listed = combined.list(P);

    Entry stored =
        combined.upload(
            P,
            listed.get(RelPath.of("Old name (c1)")).orElseThrow(),
            "new.txt",
            ProjectWorld.text("n"),
            TransferListener.NONE);
    combined.mkdir(P, listed.get(RelPath.of("Old name (c1)/Raw (c2)")).orElseThrow(), "deep");
    combined.update(
        P,
        listed.get(RelPath.of("Old name (c1)/sub/a.txt")).orElseThrow(),
        ProjectWorld.text("a2"),
        TransferListener.NONE);
    combined.upload(P, null, "top2.txt", ProjectWorld.text("t"), TransferListener.NONE);

    assertThat(stored.path()).isEqualTo(RelPath.of("Old name (c1)/new.txt"));
    assertThat(world.remote.files("c1")).isEqualTo(Map.of("new.txt", "n", "sub/a.txt", "a2"));
    assertThat(world.remote.folders("c2")).containsExactly("deep");
    assertThat(world.remote.files(P)).isEqualTo(Map.of("top.txt", "top", "top2.txt", "t"));
  }

  @Test
  void readsComeFromTheComponentsNode() throws IOException {
    Entry b = combined.list(P).get(RelPath.of("Old name (c1)/Raw (c2)/b.txt")).orElseThrow();
    ByteArrayOutputStream out = new ByteArrayOutputStream();

    combined.download(P, b, out, TransferListener.NONE);

    assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("b");
    assertThat(combined.versions(P, b)).hasSize(1);
  }

  @Test
  void nothingMovesBetweenNodesAndAComponentsFolderIsNeverDeleted() throws IOException {
    Snapshot listed = combined.list(P);
    Entry top = listed.get(RelPath.of("top.txt")).orElseThrow();
    Entry folder = listed.get(RelPath.of("Old name (c1)")).orElseThrow();

    assertThatThrownBy(() -> combined.move(P, top, folder, "top.txt"))
        .hasMessageContaining("OSF cannot move 'top.txt' between");
    assertThatThrownBy(() -> combined.delete(P, folder))
        .hasMessageContaining("osf4j never changes a component itself");
    assertThat(world.remote.files(P)).containsKey("top.txt");
  }

  @Test
  void anotherNodeIsForwardedUnchanged() throws IOException {
    assertThat(combined.list("c2")).isEqualTo(world.remote.list("c2"));

    combined.upload("c2", null, "direct.txt", ProjectWorld.text("d"), TransferListener.NONE);

    assertThat(world.remote.files("c2")).containsEntry("direct.txt", "d");
  }

  @Test
  void aWriteBeforeAnyListingLooksTheComponentsUpFirst() throws IOException {
    combined.upload(
        P,
        Entry.folder(RelPath.of("Old name (c1)")),
        "first.txt",
        ProjectWorld.text("f"),
        TransferListener.NONE);

    assertThat(world.remote.files("c1")).containsEntry("first.txt", "f");
  }

  @Test
  void aFileOfAComponentNamedLikeItsComponentsFolderIsLeftAloneWithBoth() throws IOException {
    world.remote.putFile("c1", "Raw (c2)", "a file, not the component");

    Snapshot listed = combined.list(P);

    assertThat(listed.problems())
        .containsOnlyKeys(RelPath.of("Old name (c1)/Raw (c2)"))
        .containsValue(
            "a file of component 'Data' has the name of the folder of component 'Raw'; osf4j"
                + " leaves both alone: rename that file on OSF");
    assertThat(listed.entries().keySet())
        .extracting(RelPath::value)
        .noneMatch(path -> path.contains("Raw (c2)"));
  }

  @Test
  void aGoneComponentsPathsAreRefusedAndItsTitleComesFromItsFolder() throws IOException {
    Entry b = combined.list(P).get(RelPath.of("Old name (c1)/Raw (c2)/b.txt")).orElseThrow();

    world.remote.deleteProject("c2");

    assertThat(combined.discover())
        .filteredOn(c -> !c.visible())
        .extracting(c -> c.title())
        .containsExactly("Raw");
    assertThatThrownBy(
            () -> combined.download(P, b, new ByteArrayOutputStream(), TransferListener.NONE))
        .hasMessageContaining("component 'Raw' (c2) is no longer on OSF");
  }
}
