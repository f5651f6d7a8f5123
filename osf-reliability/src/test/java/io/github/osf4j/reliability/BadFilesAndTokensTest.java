package io.github.osf4j.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.osf4j.core.AccessToken;
import io.github.osf4j.core.AuthenticationException;
import io.github.osf4j.core.OsfServer;
import io.github.osf4j.core.sync.Project;
import io.github.osf4j.testkit.Fault;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Suite 3b: corrupt, truncated and newer-version project and token files, and invalid or revoked
 * tokens. Each stops with a clear error, never overwrites the file, and changes no synced file.
 */
final class BadFilesAndTokensTest {

  @Test
  void damagedProjectFilesStopTheRunAndAreKept(@TempDir Path home) throws IOException {
    try (Rig rig = Rig.start(home, 21)) {
      rig.server.putFile(rig.projectId, "data/a.csv", "1,2".getBytes(StandardCharsets.UTF_8));
      Files.writeString(rig.root.resolve("local.txt"), "mine");
      try (Project p = rig.create()) {
        assertThat(p.apply().isComplete()).isTrue();
      }
      byte[] good = Files.readAllBytes(rig.projectFile);
      String text = new String(good, StandardCharsets.UTF_8);
      assertThat(text).contains("\"format\"");
      Map<String, byte[]> damaged =
          Map.of(
              "corrupt", "{\"format\": 1, \"config\": [[[ garbage".getBytes(StandardCharsets.UTF_8),
              "truncated", Arrays.copyOf(good, good.length / 2),
              "empty", new byte[0],
              "binary", new byte[] {0, 1, 2, (byte) 0xff, (byte) 0xfe},
              "newer",
                  text.replaceFirst("\"format\"\\s*:\\s*1", "\"format\": 99")
                      .getBytes(StandardCharsets.UTF_8));
      Map<String, String> tree = Trees.fingerprint(rig.root);
      int remoteRequestsBefore = rig.server.requests().count("PUT", ".*");
      for (Map.Entry<String, byte[]> e : damaged.entrySet()) {
        Files.write(rig.projectFile, e.getValue());
        assertThatThrownBy(rig::open)
            .as(e.getKey())
            .isInstanceOf(IOException.class)
            .hasMessageContaining(rig.projectFile.getFileName().toString());
        assertThat(Files.readAllBytes(rig.projectFile)).as(e.getKey()).isEqualTo(e.getValue());
      }
      assertThat(Trees.fingerprint(rig.root)).isEqualTo(tree);
      assertThat(rig.server.requests().count("PUT", ".*")).isEqualTo(remoteRequestsBefore);
      Files.write(rig.projectFile, good);
      try (Project p = rig.open()) {
        assertThat(p.analyze().actions()).isEmpty();
      }
    }
  }

  @Test
  void damagedTokenFilesGiveAClearErrorWithoutTheSecret(@TempDir Path home) throws IOException {
    try (Rig rig = Rig.start(home, 22)) {
      rig.create().close();
      Path file = rig.configDir.resolve("tokens.json");
      String good = Files.readString(file);
      Map<String, String> damaged =
          Map.of(
              "corrupt",
              "{\"format\": 1, \"accounts\": [{\"token\": \"" + Rig.TOKEN + "\"",
              "truncated",
              good.substring(0, good.length() / 2),
              "newer",
              good.replaceFirst("\"format\"\\s*:\\s*\\d+", "\"format\": 99"),
              "wrong-shape",
              "[\"" + Rig.TOKEN + "\"]");
      for (Map.Entry<String, String> e : damaged.entrySet()) {
        assertThat(e.getValue()).as(e.getKey()).isNotEqualTo(good);
        Files.writeString(file, e.getValue());
        assertThatThrownBy(() -> rig.tokens.get(OsfServer.OSF_IO, rig.server.userId()))
            .as(e.getKey())
            .isInstanceOf(IOException.class)
            .hasMessageContaining("tokens.json")
            .satisfies(t -> assertThat(String.valueOf(t)).doesNotContain(Rig.TOKEN));
        assertThat(Files.readString(file)).as(e.getKey()).isEqualTo(e.getValue());
      }
    }
  }

  @Test
  void invalidTokenIsRefusedAndNotStored(@TempDir Path home) throws IOException {
    try (Rig rig = Rig.start(home, 23)) {
      String bogus = "bogusTOKENnotKnownAnywhere1234";
      assertThatThrownBy(() -> rig.session.login(new AccessToken(bogus)))
          .isInstanceOf(AuthenticationException.class)
          .satisfies(t -> assertThat(String.valueOf(t)).doesNotContain(bogus));
      Path file = rig.configDir.resolve("tokens.json");
      assertThat(!Files.exists(file) || !Files.readString(file).contains(bogus)).isTrue();
      assertThat(rig.session.user()).isEmpty();
    }
  }

  @Test
  void revokedTokenStopsTheSyncBeforeAnythingChanges(@TempDir Path home) throws IOException {
    try (Rig rig = Rig.start(home, 24)) {
      Files.writeString(rig.root.resolve("a.txt"), "a");
      try (Project p = rig.create()) {
        assertThat(p.apply().isComplete()).isTrue();
      }
      Files.writeString(rig.root.resolve("b.txt"), "b");
      rig.server.putFile(rig.projectId, "c.txt", "c".getBytes(StandardCharsets.UTF_8));
      byte[] projectFile = Files.readAllBytes(rig.projectFile);
      Map<String, String> tree = Trees.fingerprint(rig.root);
      // The emulator has no revocation call: every request answers 401 from now on, as OSF does.
      rig.server.faults().add(Fault.status(401));
      assertThatThrownBy(
              () -> {
                try (Project p = rig.open()) {
                  p.apply();
                }
              })
          .isInstanceOf(AuthenticationException.class)
          .satisfies(t -> assertThat(String.valueOf(t)).doesNotContain(Rig.TOKEN));
      assertThat(Trees.fingerprint(rig.root)).isEqualTo(tree);
      assertThat(Files.readAllBytes(rig.projectFile)).isEqualTo(projectFile);
      assertThat(rig.server.readFile(rig.projectId, "b.txt")).isEmpty();
    }
  }
}
