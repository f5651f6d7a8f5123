package io.github.osf4j.store.json;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import com.google.common.jimfs.Configuration;
import com.google.common.jimfs.Jimfs;
import io.github.osf4j.core.ProjectFileException;
import io.github.osf4j.core.ProjectStore;
import java.io.IOException;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Unreadable, corrupt, truncated and newer files stop with a clear message and stay untouched. */
final class ProjectFileErrorsTest {

  private final FileSystem fs = Jimfs.newFileSystem(Configuration.unix());
  private final Path file = fs.getPath("/p/osf4j.json");

  @TempDir Path temp;

  ProjectFileErrorsTest() throws IOException {
    Files.createDirectories(file.getParent());
  }

  @AfterEach
  void closeFileSystem() throws IOException {
    fs.close();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "not json",
        "[]",
        "{\"config\": {}, \"format\": 1}",
        "{\"format\": \"1\"}",
        "{\"format\": 0, \"config\": {}, \"entries\": []}",
        "{\"format\": 1, \"entries\": []}",
        "{\"format\": 1, \"config\": CONFIG, \"entries\": [], \"ignoreRules\": \"*.log\"}",
        "{\"format\": 1, \"config\": CONFIG, \"entries\": [], \"ignoreRules\": [1]}",
        "{\"format\": 1, \"config\": {\"apiUrl\": \"a\"}, \"entries\": []}",
        "{\"format\": 1, \"config\": CONFIG, \"entries\": [{\"kind\": \"file\"}]}",
        "{\"format\": 1, \"config\": CONFIG, \"entries\": [{\"path\": \"../x\", \"kind\": \"file\"}]}",
        "{\"format\": 1, \"config\": CONFIG, \"entries\": [{\"path\": \"x\", \"kind\": \"link\"}]}",
        "{\"format\": 1, \"config\": CONFIG, \"entries\": [{\"path\": \"x\", \"kind\": \"file\","
            + " \"md5\": \"zz\"}]}",
        "{\"format\": 1, \"config\": CONFIG, \"entries\": [{\"path\": \"x\", \"kind\": \"folder\"},"
            + " {\"path\": \"x\", \"kind\": \"folder\"}]}",
        "{\"format\": 1, \"config\": CONFIG, \"entries\": [{\"path\": \"x\", \"kind\": \"file\","
            + " \"remote\": {\"version\": 1}}]}",
        "{\"format\": 1, \"config\": CONFIG, \"entries\": []} {}",
        "{\"format\": 1, \"config\": CONFIG, \"entries\": [1]}",
      })
  void corruptFilesAreReportedAndLeftUntouched(String content) throws IOException {
    byte[] bytes = content.replace("CONFIG", config()).getBytes(UTF_8);
    Files.write(file, bytes);
    ProjectStore store = Fixtures.factory().open(file);

    assertThatThrownBy(store::load)
        .isInstanceOf(ProjectFileException.class)
        .hasMessageContaining(file.toString())
        .hasMessageContaining("corrupt")
        .hasMessageContaining("osf4j.json.bak");
    assertThatThrownBy(() -> store.save(Fixtures.state(1)))
        .isInstanceOf(ProjectFileException.class)
        .hasMessageStartingWith("Not saved:");

    assertThat(Files.readAllBytes(file)).isEqualTo(bytes);
    assertThat(Files.exists(file.resolveSibling("osf4j.json.bak"))).isFalse();
  }

  @Test
  void everyTruncationOfAValidFileIsRejectedAndLeftUntouched() throws IOException {
    Fixtures.factory().open(file).save(Fixtures.state(1));
    byte[] valid = Files.readAllBytes(file);
    int lastBrace = new String(valid, UTF_8).lastIndexOf('}');

    for (int length = 0; length <= lastBrace; length++) {
      byte[] truncated = Arrays.copyOf(valid, length);
      Files.write(file, truncated);
      ProjectStore store = Fixtures.factory().open(file);

      assertThatThrownBy(store::load)
          .as("length %d", length)
          .isInstanceOf(ProjectFileException.class);
      assertThatThrownBy(() -> store.save(Fixtures.state(1)))
          .isInstanceOf(ProjectFileException.class);
      assertThat(Files.readAllBytes(file)).isEqualTo(truncated);
    }
  }

  @Test
  void aNewerFormatIsReportedAndLeftUntouched() throws IOException {
    byte[] bytes = "{\"format\": 4, \"something\": [\"new\"]}".getBytes(UTF_8);
    Files.write(file, bytes);
    ProjectStore store = Fixtures.factory().open(file);

    assertThatThrownBy(store::load)
        .isInstanceOf(ProjectFileException.class)
        .hasMessageContaining(file.toString())
        .hasMessageContaining("format 4")
        .hasMessageContaining("Upgrade osf4j");
    assertThatThrownBy(() -> store.save(Fixtures.state(1)))
        .isInstanceOf(ProjectFileException.class);
    assertThat(Files.readAllBytes(file)).isEqualTo(bytes);
  }

  @Test
  void aFileCorruptedAfterLoadingIsNotOverwritten() throws IOException {
    ProjectStore store = Fixtures.factory().open(file);
    store.save(Fixtures.state(3));
    store.load();
    byte[] garbage = "{\"format\": 1, \"config\": {tor".getBytes(UTF_8);
    Files.write(file, garbage);

    assertThatThrownBy(() -> store.save(Fixtures.state(4)))
        .isInstanceOf(ProjectFileException.class);

    assertThat(Files.readAllBytes(file)).isEqualTo(garbage);
  }

  @Test
  void unknownFieldsAreSkipped() throws IOException {
    Fixtures.factory().open(file).save(Fixtures.state(2));
    String text = Files.readString(file);
    Files.writeString(
        file,
        text.replace("\"entries\"", "\"later\": {\"a\": [1, {\"b\": 2}]}, \"entries\"")
            .replace("\"kind\"", "\"extra\": null, \"kind\""));

    assertThat(Fixtures.factory().open(file).load()).isEqualTo(Fixtures.state(2));
  }

  @Test
  void anUnreadableFileIsReportedAndLeftAlone() throws IOException {
    Path real = temp.resolve("osf4j.json");
    JsonStores.projectStore(real).save(Fixtures.state(1));
    Files.setPosixFilePermissions(real, PosixFilePermissions.fromString("---------"));
    assumeThat(Files.isReadable(real)).as("permissions are enforced (not root)").isFalse();
    ProjectStore store = JsonStores.projectStore(real);

    assertThatThrownBy(store::load)
        .isInstanceOf(ProjectFileException.class)
        .hasMessageContaining("Cannot read project file " + real);
    assertThatThrownBy(() -> store.save(Fixtures.state(2)))
        .isInstanceOf(ProjectFileException.class);
  }

  private static String config() {
    return "{\"apiUrl\": \"a\", \"filesUrl\": \"f\", \"projectId\": \"p\", \"localRoot\": \"/r\"}";
  }
}
