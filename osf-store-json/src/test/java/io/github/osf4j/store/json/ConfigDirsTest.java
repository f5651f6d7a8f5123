package io.github.osf4j.store.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.jimfs.Configuration;
import com.google.common.jimfs.Jimfs;
import java.io.IOException;
import java.nio.file.FileSystem;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

final class ConfigDirsTest {

  @Test
  void linuxUsesXdgConfigHomeWhenAbsolute() throws IOException {
    try (FileSystem fs = Jimfs.newFileSystem(Configuration.unix())) {
      ConfigDirs dirs = ConfigDirs.of(Map.of("XDG_CONFIG_HOME", "/xdg"), "Linux", "/home/ana", fs);

      assertThat(dirs.configDir()).isEqualTo(fs.getPath("/xdg/osf4j"));
      assertThat(dirs.pyosfDirs())
          .containsExactly(
              fs.getPath("/home/ana/.pyosf"), fs.getPath("/home/ana/.local/share/pyosf"));
      assertThat(dirs.tokenStoreConfig().tokenFile())
          .isEqualTo(fs.getPath("/xdg/osf4j/tokens.json"));
    }
  }

  @Test
  void linuxFallsBackToDotConfig() throws IOException {
    try (FileSystem fs = Jimfs.newFileSystem(Configuration.unix())) {
      for (Map<String, String> env :
          List.of(
              Map.<String, String>of(),
              Map.of("XDG_CONFIG_HOME", "relative"),
              Map.of("XDG_CONFIG_HOME", ""))) {
        ConfigDirs dirs = ConfigDirs.of(env, "Linux", "/home/ana", fs);

        assertThat(dirs.configDir())
            .as(env.toString())
            .isEqualTo(fs.getPath("/home/ana/.config/osf4j"));
      }
    }
  }

  @Test
  void macOsUsesApplicationSupport() throws IOException {
    try (FileSystem fs = Jimfs.newFileSystem(Configuration.osX())) {
      ConfigDirs dirs =
          ConfigDirs.of(Map.of("XDG_CONFIG_HOME", "/xdg"), "Mac OS X", "/Users/ana", fs);

      assertThat(dirs.configDir())
          .isEqualTo(fs.getPath("/Users/ana/Library/Application Support/osf4j"));
      assertThat(dirs.pyosfDirs()).containsExactly(fs.getPath("/Users/ana/.pyosf"));
    }
  }

  @Test
  void windowsUsesAppData() throws IOException {
    try (FileSystem fs = Jimfs.newFileSystem(Configuration.windows())) {
      ConfigDirs dirs =
          ConfigDirs.of(
              Map.of("APPDATA", "C:\\Users\\ana\\AppData\\Roaming"),
              "Windows 11",
              "C:\\Users\\ana",
              fs);
      ConfigDirs noAppData = ConfigDirs.of(Map.of(), "Windows 10", "C:\\Users\\ana", fs);

      assertThat(dirs.configDir().toString()).isEqualTo("C:\\Users\\ana\\AppData\\Roaming\\osf4j");
      assertThat(noAppData.configDir()).isEqualTo(dirs.configDir());
      assertThat(dirs.pyosfDirs()).containsExactly(fs.getPath("C:\\Users\\ana\\.pyosf"));
    }
  }

  @Test
  void theCurrentUserHasAnAbsoluteConfigDir() {
    assertThat(ConfigDirs.forCurrentUser().configDir().isAbsolute()).isTrue();
    assertThat(TokenStoreConfig.forCurrentUser().tokenFile().getFileName().toString())
        .isEqualTo("tokens.json");
  }
}
