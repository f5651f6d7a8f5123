package io.github.osf4j.core.sync;

import static io.github.osf4j.core.sync.ProjectWorld.P;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.osf4j.core.AccessToken;
import io.github.osf4j.core.Entry;
import io.github.osf4j.core.IncompleteListingException;
import io.github.osf4j.core.RelPath;
import io.github.osf4j.core.RemoteStorage;
import io.github.osf4j.core.Snapshot;
import io.github.osf4j.core.TransferListener;
import java.io.IOException;
import java.lang.reflect.Method;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** One OSF folder seen as the whole storage, over the in-memory remote. */
final class ScopedRemoteTest {
  @Test
  void everyMethodOfThePortIsForwardedOrScopedNotLeftToItsDefault() {
    for (Method method : RemoteStorage.class.getMethods()) {
      assertThat(PortDefaults.implemented(ScopedRemote.class, method))
          .as("ScopedRemote overrides " + method.getName() + " (a default would drop the call)")
          .isTrue();
    }
  }

  private final ProjectWorld world = new ProjectWorld();
  private final ScopedRemote scoped = new ScopedRemote(world.remote, RelPath.of("data/raw"));

  ScopedRemoteTest() {
    world.token.set(new AccessToken("pat-1"));
    world.remote.putFile(P, "data/raw/a.txt", "a");
    world.remote.putFile(P, "data/raw/sub/b.txt", "b");
    world.remote.putFile(P, "data/x.txt", "x");
  }

  @Test
  void problemsInsideTheFolderAreRelativeToItAndOthersAreNotShown() throws IOException {
    world.remote.setListingProblem(P, "data/raw/sub", "a name OSF cannot hold here");
    world.remote.setListingProblem(P, "data/x.txt", "outside");

    Snapshot listed = scoped.list(P);

    assertThat(listed.entries().keySet()).containsExactly(RelPath.of("a.txt"));
    assertThat(listed.problems())
        .isEqualTo(Map.of(RelPath.of("sub"), "a name OSF cannot hold here"));
    Entry data = world.remote.folder(P, RelPath.of("data")).orElseThrow();
    assertThat(world.remote.list(P, data).problems().keySet())
        .containsExactly(RelPath.of("data/raw/sub"), RelPath.of("data/x.txt"));
  }

  @Test
  void aFirstWriteFindsTheFolderWithoutAListing() throws IOException {
    Entry stored = scoped.upload(P, null, "new.txt", ProjectWorld.text("n"), TransferListener.NONE);

    assertThat(stored.path()).isEqualTo(RelPath.of("new.txt"));
    assertThat(world.remote.text(P, "data/raw/new.txt")).contains("n");
  }

  @Test
  void foldersAndSubListingsAreRelativeToTheFolder() throws IOException {
    Entry sub = scoped.folder(P, RelPath.of("sub")).orElseThrow();

    assertThat(sub.path()).isEqualTo(RelPath.of("sub"));
    assertThat(scoped.list(P, sub).entries().keySet()).containsExactly(RelPath.of("sub/b.txt"));
    assertThat(scoped.folder(P, RelPath.of("a.txt"))).isEmpty();
    Entry moved =
        scoped.move(P, scoped.list(P).get(RelPath.of("a.txt")).orElseThrow(), sub, "a2.txt");
    assertThat(moved.path()).isEqualTo(RelPath.of("sub/a2.txt"));
    assertThat(world.remote.text(P, "data/raw/sub/a2.txt")).contains("a");
  }

  @Test
  void aFileWhereTheFolderWasFailsTheListing() throws IOException {
    Entry raw = world.remote.folder(P, RelPath.of("data/raw")).orElseThrow();
    world.remote.remove(P, "data/raw");
    world.remote.putFile(P, "data/raw", "now a file");

    assertThatThrownBy(() -> scoped.list(P)).isInstanceOf(IncompleteListingException.class);
    assertThatThrownBy(() -> world.remote.list(P, raw.withRemote(null)))
        .isInstanceOf(IncompleteListingException.class);
  }
}
