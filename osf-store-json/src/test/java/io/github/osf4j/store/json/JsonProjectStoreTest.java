package io.github.osf4j.store.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.jimfs.Configuration;
import com.google.common.jimfs.Feature;
import com.google.common.jimfs.Jimfs;
import io.github.osf4j.core.Entry;
import io.github.osf4j.core.ProjectState;
import io.github.osf4j.core.ProjectStore;
import io.github.osf4j.core.RelPath;
import io.github.osf4j.core.Snapshot;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class JsonProjectStoreTest {

  private final FileSystem fs = Jimfs.newFileSystem(Configuration.unix());
  private final Path folder = fs.getPath("/home/ana/Stroop");
  private final Path file = folder.resolve("osf4j.json");

  @TempDir Path temp;

  JsonProjectStoreTest() throws IOException {
    Files.createDirectories(folder);
  }

  @AfterEach
  void closeFileSystem() throws IOException {
    fs.close();
  }

  @Test
  void tenThousandEntriesRoundTripOnJimfs() throws IOException {
    ProjectState state = Fixtures.state(10_000);
    ProjectStore store = Fixtures.factory().open(file);

    store.save(state);

    assertThat(store.exists()).isTrue();
    assertThat(Fixtures.factory().open(file).load()).isEqualTo(state);
  }

  @Test
  void theProjectsFilesUrlRoundTripsAndOlderFilesWithoutItStillLoad() throws IOException {
    ProjectState without = Fixtures.state(3);
    ProjectState with =
        without.withConfig(without.config().withProjectFilesUrl("https://files.de1.osf.io/v1/"));
    ProjectStore store = Fixtures.factory().open(file);

    store.save(without);
    assertThat(Files.readString(file)).doesNotContain("projectFilesUrl");
    assertThat(store.load().config().projectFilesUrl()).isNull();
    store.save(with);

    assertThat(Files.readString(file)).contains("https://files.de1.osf.io/v1/");
    assertThat(Fixtures.factory().open(file).load()).isEqualTo(with);
  }

  @Test
  void theRemotePathRoundTripsInAFormatOlderReadersRefuse() throws IOException {
    ProjectState whole = Fixtures.state(3);
    ProjectState scoped =
        whole.withConfig(whole.config().toBuilder().remotePath(RelPath.of("data/raw")).build());
    ProjectStore store = Fixtures.factory().open(file);

    store.save(scoped);

    assertThat(Files.readString(file))
        .startsWith("{\"format\":2")
        .contains("\"remotePath\":\"data/raw\"");
    assertThat(Fixtures.factory().open(file).load()).isEqualTo(scoped);
    store.save(whole);
    assertThat(Files.readString(file)).startsWith("{\"format\":1").doesNotContain("remotePath");
  }

  @Test
  void theComponentFoldersRoundTripInAFormatOlderReadersRefuse() throws IOException {
    ProjectState whole = Fixtures.state(3);
    ProjectState withComponents =
        whole.withConfig(
            whole.config().toBuilder()
                .components(true)
                .componentFolders(
                    Map.of(
                        "c1", RelPath.of("Data (c1)"),
                        "c2", RelPath.of("Data (c1)/Raw \"2\" (c2)")))
                .build());
    ProjectStore store = Fixtures.factory().open(file);

    store.save(withComponents);

    assertThat(Files.readString(file))
        .startsWith("{\"format\":3")
        .contains("\"components\":{\"c1\":\"Data (c1)\",\"c2\":\"Data (c1)/Raw \\\"2\\\" (c2)\"}");
    assertThat(Fixtures.factory().open(file).load()).isEqualTo(withComponents);
    store.save(whole);
    assertThat(Files.readString(file)).startsWith("{\"format\":1").doesNotContain("components");
  }

  @Test
  void aProjectFileWithComponentsNoneSeenYetStillIncludesThem() throws IOException {
    ProjectState whole = Fixtures.state(1);
    ProjectState withComponents =
        whole.withConfig(whole.config().toBuilder().components(true).build());
    ProjectStore store = Fixtures.factory().open(file);

    store.save(withComponents);

    assertThat(Files.readString(file)).startsWith("{\"format\":3").contains("\"components\":{}");
    ProjectState loaded = Fixtures.factory().open(file).load();
    assertThat(loaded.config().components()).isTrue();
    assertThat(loaded.config().componentFolders()).isEmpty();
  }

  @Test
  void aProjectFileWithARemotePathAndComponentsIsAnError() throws IOException {
    Files.writeString(
        file,
        "{\"format\":3,\"config\":{\"apiUrl\":\"https://api.osf.io/v2/\","
            + "\"filesUrl\":\"https://files.osf.io/v1/\",\"projectId\":\"abc12\","
            + "\"localRoot\":\"/home/ana/Stroop\",\"remotePath\":\"data\","
            + "\"components\":{}},\"entries\":[]}");

    assertThatThrownBy(() -> Fixtures.factory().open(file).load())
        .hasMessageContaining("\"remotePath\" and \"components\" cannot go together");
  }

  @Test
  void aProjectFileWrittenBeforeRemotePathsLoadsAsTheWholeStorage() throws IOException {
    Files.writeString(
        file,
        "{\"format\":1,\"config\":{\"apiUrl\":\"https://api.osf.io/v2/\","
            + "\"filesUrl\":\"https://files.osf.io/v1/\",\"projectId\":\"abc12\","
            + "\"projectTitle\":\"Stroop\",\"userId\":\"u1\",\"username\":\"ana@x\","
            + "\"localRoot\":\"/home/ana/Stroop\",\"ignore\":[]},\"entries\":[]}\n");

    ProjectState loaded = Fixtures.factory().open(file).load();

    assertThat(loaded.config().remotePath()).isNull();
    assertThat(loaded.config().components()).isFalse();
    assertThat(loaded.config().projectId()).isEqualTo("abc12");
  }

  @Test
  void aRemotePathThatIsNotAFolderPathIsAnError() throws IOException {
    Files.writeString(
        file,
        "{\"format\":2,\"config\":{\"apiUrl\":\"https://api.osf.io/v2/\","
            + "\"filesUrl\":\"https://files.osf.io/v1/\",\"projectId\":\"abc12\","
            + "\"localRoot\":\"/home/ana/Stroop\",\"remotePath\":\"/abs/\"},\"entries\":[]}");

    assertThatThrownBy(() -> Fixtures.factory().open(file).load())
        .hasMessageContaining("remotePath");
  }

  @Test
  void roundTripsOnARealFolder() throws IOException {
    ProjectState state = Fixtures.state(2_000);
    Path real = temp.resolve("sub dir").resolve("osf4j.json");
    Files.createDirectories(real.getParent());
    ProjectStore store = JsonStores.projectStore(real);

    store.save(state);
    store.save(state.withBase(Fixtures.snapshot(3)));

    assertThat(JsonStores.projectStore(real).load())
        .isEqualTo(state.withBase(Fixtures.snapshot(3)));
    assertThat(JsonStores.projectStore(real.resolveSibling("osf4j.json.bak")).load())
        .isEqualTo(state);
  }

  @Test
  void roundTripsOnAWindowsFileSystem() throws IOException {
    try (FileSystem windows = Jimfs.newFileSystem(Configuration.windows())) {
      Path win = windows.getPath("C:\\Users\\ana\\Stroop\\osf4j.json");
      Files.createDirectories(win.getParent());
      ProjectState state = Fixtures.state(50);

      Fixtures.factory().open(win).save(state);

      assertThat(Fixtures.factory().open(win).load()).isEqualTo(state);
    }
  }

  @Test
  void problemsAreNotPersisted() throws IOException {
    Snapshot withProblem =
        Fixtures.snapshot(2).toBuilder().problem(RelPath.of("bad"), "unreadable").build();
    ProjectStore store = Fixtures.factory().open(file);

    store.save(new ProjectState(Fixtures.config(), withProblem));

    Snapshot loaded = store.load().base();
    assertThat(loaded.problems()).isEmpty();
    assertThat(loaded.entries()).isEqualTo(withProblem.entries());
  }

  @Test
  void emptyBaseAndEmptyOptionalFieldsRoundTrip() throws IOException {
    ProjectState state =
        new ProjectState(
            new io.github.osf4j.core.ProjectConfig("a", "f", "p", "", "", "", "/r", List.of()),
            Snapshot.of(List.of(Entry.file(RelPath.of("x"), 0, null, null))));
    ProjectStore store = Fixtures.factory().open(file);

    store.save(state);

    assertThat(store.load()).isEqualTo(state);
  }

  @Test
  void theIgnoreRulesRecordedWithTheIndexRoundTrip() throws IOException {
    ProjectState state =
        Fixtures.state(3).withBase(Fixtures.snapshot(3), List.of("*.log", "!keep.log", "build/"));
    ProjectStore store = Fixtures.factory().open(file);

    store.save(state);

    assertThat(store.load()).isEqualTo(state);
    assertThat(store.load().ignoreRules()).containsExactly("*.log", "!keep.log", "build/");
    assertThat(Files.readString(file)).contains("\"ignoreRules\":[");
  }

  @Test
  void aFileWrittenBeforeRulesWereRecordedReadsWithoutThem() throws IOException {
    ProjectStore store = Fixtures.factory().open(file);
    store.save(Fixtures.state(2));

    assertThat(Files.readString(file)).doesNotContain("ignoreRules");
    assertThat(store.load().ignoreRules()).isNull();
  }

  @Test
  void theProjectFileItsBackupLockAndBackupFolderAreTheStoresOwnFiles() {
    assertThat(Fixtures.factory().open(file).ownFiles())
        .containsExactly(
            "/home/ana/Stroop/osf4j.json",
            "/home/ana/Stroop/osf4j.json.bak",
            "/home/ana/Stroop/osf4j.json.lock",
            "/home/ana/Stroop/osf4j-backup");
  }

  @Test
  void localBackupsGoBesideTheProjectFileWithoutItsJsonExtension() {
    assertThat(Fixtures.factory().open(file).backupFolder())
        .contains("/home/ana/Stroop/osf4j-backup");
    assertThat(Fixtures.factory().open(file.resolveSibling("rt.osf4j")).backupFolder())
        .contains("/home/ana/Stroop/rt.osf4j-backup");
  }

  @Test
  void saveKeepsThePreviousVersionAsBackupAndLeavesNoTempFiles() throws IOException {
    ProjectStore store = Fixtures.factory().open(file);
    store.save(Fixtures.state(1));
    byte[] first = Files.readAllBytes(file);

    store.save(Fixtures.state(2));

    assertThat(Files.readAllBytes(folder.resolve("osf4j.json.bak"))).isEqualTo(first);
    assertThat(names()).containsExactlyInAnyOrder("osf4j.json", "osf4j.json.bak");
  }

  @Test
  void theBackupIsCopiedWhereTheFileSystemHasNoLinks() throws IOException {
    Configuration noLinks =
        Configuration.unix().toBuilder().setSupportedFeatures(Feature.FILE_CHANNEL).build();
    try (FileSystem plain = Jimfs.newFileSystem(noLinks)) {
      Path onPlain = plain.getPath("/p/osf4j.json");
      Files.createDirectories(onPlain.getParent());
      ProjectStore store = Fixtures.factory().open(onPlain);
      store.save(Fixtures.state(1));
      byte[] first = Files.readAllBytes(onPlain);

      store.save(Fixtures.state(2));
      store.save(Fixtures.state(3));

      assertThat(Fixtures.factory().open(onPlain.resolveSibling("osf4j.json.bak")).load())
          .isEqualTo(Fixtures.state(2));
      assertThat(first).isNotEqualTo(Files.readAllBytes(onPlain));
      try (Stream<Path> list = Files.list(onPlain.getParent())) {
        assertThat(list).hasSize(2);
      }
    }
  }

  @Test
  void aFailureInTheMiddleOfAWriteLeavesTheOldFileIntact() throws IOException {
    Fixtures.factory().open(file).save(Fixtures.state(10));
    Fixtures.factory().open(file).save(Fixtures.state(20));
    byte[] before = Files.readAllBytes(file);
    byte[] backup = Files.readAllBytes(folder.resolve("osf4j.json.bak"));
    ProjectStore failing = Fixtures.factory(Fixtures.failAfter(100_000)).open(file);
    failing.load();

    assertThatThrownBy(() -> failing.save(Fixtures.state(10_000)))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("injected failure");

    assertThat(Files.readAllBytes(file)).isEqualTo(before);
    assertThat(Files.readAllBytes(folder.resolve("osf4j.json.bak"))).isEqualTo(backup);
    assertThat(names()).containsExactlyInAnyOrder("osf4j.json", "osf4j.json.bak");
    assertThat(failing.load()).isEqualTo(Fixtures.state(20));
  }

  @Test
  void anInterruptedWriteKeepsTheFlagAndTheOldFile() throws IOException {
    Path real = temp.resolve("osf4j.json");
    JsonStores.projectStore(real).save(Fixtures.state(1));
    byte[] before = Files.readAllBytes(real);
    UnaryOperator<OutputStream> interrupting =
        out -> {
          Thread.currentThread().interrupt();
          return out;
        };
    ProjectStore store = Fixtures.factory(interrupting).open(real);
    store.load();

    assertThatThrownBy(() -> store.save(Fixtures.state(2)))
        .isInstanceOf(InterruptedIOException.class);

    assertThat(Thread.interrupted()).isTrue();
    assertThat(Files.readAllBytes(real)).isEqualTo(before);
    try (Stream<Path> list = Files.list(temp)) {
      assertThat(list).hasSize(1);
    }
  }

  @Test
  void aFailedFirstWriteLeavesNoFile() {
    ProjectStore failing = Fixtures.factory(Fixtures.failAfter(10)).open(file);

    assertThatThrownBy(() -> failing.save(Fixtures.state(10))).isInstanceOf(IOException.class);

    assertThat(failing.exists()).isFalse();
    assertThat(names()).isEmpty();
  }

  @Test
  void loadingAMissingFileIsFileNotFound() {
    assertThatThrownBy(() -> Fixtures.factory().open(file).load())
        .isInstanceOf(FileNotFoundException.class)
        .hasMessageContaining(file.toString());
  }

  @Test
  void savesOverAValidFileItHasNotLoaded() throws IOException {
    Fixtures.factory().open(file).save(Fixtures.state(3));

    Fixtures.factory().open(file).save(Fixtures.state(4));

    assertThat(Fixtures.factory().open(file).load()).isEqualTo(Fixtures.state(4));
  }

  private List<String> names() {
    try (Stream<Path> list = Files.list(folder)) {
      return list.map(p -> p.getFileName().toString()).toList();
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }
}
