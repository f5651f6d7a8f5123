package io.github.osf4j.store.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.jimfs.Configuration;
import com.google.common.jimfs.Jimfs;
import io.github.osf4j.core.Entry;
import io.github.osf4j.core.ProjectConfig;
import io.github.osf4j.core.ProjectFileException;
import io.github.osf4j.core.ProjectState;
import io.github.osf4j.core.RelPath;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

final class PyosfImportTest {

  private static final String MD5_A = "0cc175b9c0f1b6a831c399e269772661";
  private static final String MD5_B = "92eb5ffee6ae2fec3ad71c777531578f";
  private static final String MD5_C = "4A8A08F09D37B73795649038408B5F33";
  private static final String SHA_B =
      "3e23e8160039594a33894f6564e1b1348bbd7a0088d42c4acb73eeaed59c009d";

  private final FileSystem fs = Jimfs.newFileSystem(Configuration.unix());
  private final Path proj = fs.getPath("/home/ana/Stroop.proj");
  private final PyosfImport pyosf = JsonStores.pyosfImport();

  @AfterEach
  void closeFileSystem() throws IOException {
    fs.close();
  }

  @Test
  void localAndRemoteAssetsWithKnownMd5SeedTheBase() throws IOException {
    write(
        "{'root_path': '/home/ana/Stroop', 'name': 'Stroop', 'username': 'ana@example.com',"
            + " 'project_id': 'abc12', 'index': ["
            + localAsset("data/a.csv", "file", 1, "'" + MD5_A + "'")
            + ", "
            + remoteAsset("/data/b.csv", "file", 3, "'" + MD5_B + "'", "'" + SHA_B + "'")
            + ", "
            + localAsset("data", "folder", 0, "null")
            + ", "
            + remoteAsset("/empty/", "folder", 0, "null", "null")
            + "]}");

    ProjectState state = pyosf.read(proj);

    assertThat(state.config())
        .isEqualTo(
            new ProjectConfig(
                "https://api.osf.io/v2/",
                "https://files.osf.io/v1/",
                "abc12",
                "Stroop",
                "",
                "ana@example.com",
                "/home/ana/Stroop",
                List.of()));
    assertThat(state.base().entries().values())
        .containsExactly(
            Entry.folder(RelPath.of("data")),
            Entry.file(RelPath.of("data/a.csv"), 1, MD5_A, null),
            Entry.file(RelPath.of("data/b.csv"), 3, MD5_B, SHA_B),
            Entry.folder(RelPath.of("empty")));
  }

  @Test
  void windowsPathsRepeatsAndMissingHashesAreHandled() throws IOException {
    write(
        "{'root_path': 'C:\\\\Users\\\\ana\\\\Stroop', 'name': '', 'username': 'ana@example.com',"
            + " 'project_id': 'abc12', 'index': ["
            + localAsset("sub\\\\deep\\\\c.txt", "file", 9, "'" + MD5_C + "'")
            + ", "
            + localAsset("sub\\\\x.txt", "file", 5, "'" + MD5_A + "'")
            + ", "
            + localAsset("sub\\\\x.txt", "file", 6, "null")
            + ", "
            + localAsset("y.txt", "file", 5, "null")
            + ", "
            + localAsset("z.txt", "file", 5, "'" + MD5_B + "'")
            + ", "
            + localAsset("z.txt", "file", 7, "'" + MD5_A + "'")
            + ", "
            + localAsset("no-size.txt", "file", -1, "'" + MD5_A + "'")
            + ", "
            + localAsset("bad-md5.txt", "file", 1, "'xyz'")
            + ", "
            + localAsset("..\\\\escape.txt", "file", 1, "'" + MD5_A + "'")
            + "]}");

    ProjectState state = pyosf.read(proj, "u7xyz");

    assertThat(state.config().localRoot()).isEqualTo("C:\\Users\\ana\\Stroop");
    assertThat(state.config().userId()).isEqualTo("u7xyz");
    assertThat(state.base().entries().values())
        .containsExactly(
            Entry.folder(RelPath.of("sub")),
            Entry.folder(RelPath.of("sub/deep")),
            Entry.file(RelPath.of("sub/deep/c.txt"), 9, MD5_C, null),
            Entry.file(RelPath.of("z.txt"), 7, MD5_A, null));
  }

  @Test
  void filesBelowAFileAreNotTrusted() throws IOException {
    write(
        "{'root_path': '/r', 'project_id': 'abc12', 'index': ["
            + localAsset("a", "file", 1, "'" + MD5_A + "'")
            + ", "
            + localAsset("a/b/c", "file", 1, "'" + MD5_B + "'")
            + ", "
            + localAsset("a/d", "folder", 0, "null")
            + "]}");

    assertThat(pyosf.read(proj).base().entries().values())
        .containsExactly(Entry.file(RelPath.of("a"), 1, MD5_A, null));
  }

  @Test
  void theImportedStateCanBeSavedAsAnOsf4jProject() throws IOException {
    write(
        "{'root_path': '/r', 'project_id': 'abc12', 'index': ["
            + localAsset("naïve/ü.txt", "file", 2, "'" + MD5_A + "'")
            + "]}");
    ProjectState state = pyosf.read(proj);
    Path target = fs.getPath("/home/ana/osf4j.json");

    Fixtures.factory().open(target).save(state);

    assertThat(Fixtures.factory().open(target).load()).isEqualTo(state);
    assertThat(Files.readString(proj)).contains("naïve");
  }

  @Test
  void aMissingFileIsFileNotFound() {
    assertThatThrownBy(() -> pyosf.read(proj)).isInstanceOf(FileNotFoundException.class);
  }

  @Test
  void corruptOrForeignFilesAreReportedByName() throws IOException {
    for (String content : List.of("", "{'root_path': ", "[]", "{'root_path': '/r'}")) {
      write(content);

      assertThatThrownBy(() -> pyosf.read(proj))
          .as(content)
          .isInstanceOf(ProjectFileException.class)
          .hasMessageContaining(proj.toString());
    }
  }

  private void write(String singleQuoted) throws IOException {
    Files.createDirectories(proj.getParent());
    Files.writeString(proj, singleQuoted.replace('\'', '"'));
  }

  private static String localAsset(String path, String kind, long size, String md5) {
    return "{'full_path': '/home/ana/Stroop/"
        + path
        + "', 'path': '"
        + path
        + "', 'date_modified': 1479123456.5, 'kind': '"
        + kind
        + "'"
        + (size >= 0 ? ", 'size': " + size : "")
        + ", 'md5': "
        + md5
        + "}";
  }

  private static String remoteAsset(String path, String kind, long size, String md5, String sha) {
    return "{'id': {'id': '5f00aa', 'type': 'files', 'attributes': {'name': 'x'}}, 'kind': '"
        + kind
        + "', 'path': '"
        + path
        + "', 'name': 'x', 'links': {'download': 'https://files.osf.io/v1/x'}, 'url': 'u',"
        + " 'md5': "
        + md5
        + ", 'sha256': "
        + sha
        + ", 'size': "
        + size
        + ", 'date_modified': '2016-11-14T10:00:00.000000+00:00'}";
  }
}
