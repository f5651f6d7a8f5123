package io.github.osf4j.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.google.common.jimfs.Configuration;
import com.google.common.jimfs.Jimfs;
import io.github.osf4j.core.Plan;
import io.github.osf4j.core.SyncReport;
import io.github.osf4j.core.UnsafePlanException;
import io.github.osf4j.core.sync.Project;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Suite 3c: a local root that vanished, read-only files and folders, a full disk. Each stops the
 * run safely or fails per path; nothing is lost on either side and the next run converges.
 */
final class LocalTroubleTest {

  @Test
  void vanishedRootStopsBeforeAnythingChangesOnOsf(@TempDir Path home) throws IOException {
    try (Rig rig = Rig.start(home, 31)) {
      for (int i = 0; i < 5; i++) {
        Files.writeString(rig.root.resolve("f" + i + ".txt"), "file " + i);
      }
      try (Project p = rig.create()) {
        assertThat(p.apply().isComplete()).isTrue();
      }
      Map<String, ?> remoteBefore = Trees.remoteFiles(rig.remote, rig.projectId);
      Trees.deleteTree(rig.root);
      try (Project p = rig.open()) {
        Plan plan = p.analyze();
        assertThat(plan.safety().isSafe()).isFalse();
        assertThat(plan.actions()).isEmpty();
        assertThatThrownBy(p::apply)
            .isInstanceOf(UnsafePlanException.class)
            .hasMessageContaining(rig.root.toString());
      }
      assertThat(Trees.remoteFiles(rig.remote, rig.projectId).keySet())
          .isEqualTo(remoteBefore.keySet());
      assertThat(rig.server.requests().count("DELETE", ".*")).isZero();
    }
  }

  @Test
  void readOnlyFileAndFolderFailPerPathAndRecover(@TempDir Path home) throws IOException {
    try (Rig rig = Rig.start(home, 32)) {
      Path lockedFile = rig.root.resolve("locked.txt");
      Path lockedDir = Files.createDirectories(rig.root.resolve("sealed"));
      Files.writeString(lockedFile, "v1");
      Files.writeString(lockedDir.resolve("inside.txt"), "inside");
      try (Project p = rig.create()) {
        assertThat(p.apply().isComplete()).isTrue();
      }
      // Root ignores file modes, so make both immutable (chattr +i stops root too).
      assumeTrue(Chattr.set(true, lockedFile, lockedDir), "chattr +i is not available here");
      try {
        rig.server.putFile(rig.projectId, "locked.txt", bytes("v2 from OSF"));
        rig.server.putFile(rig.projectId, "sealed/new.txt", bytes("new from OSF"));
        rig.server.putFile(rig.projectId, "free.txt", bytes("free"));
        SyncReport report;
        try (Project p = rig.open()) {
          report = p.apply();
        }
        List<String> failed = new ArrayList<>();
        report.failed().forEach(f -> failed.add(f.action().path().value() + ": " + f.message()));
        report.skipped().forEach(s -> failed.add(s.path().value() + ": " + s.reason()));
        assertThat(failed).anyMatch(f -> f.startsWith("locked.txt"));
        assertThat(failed).anyMatch(f -> f.startsWith("sealed/new.txt"));
        assertThat(Files.readString(lockedFile)).isEqualTo("v1");
        assertThat(Files.readString(rig.root.resolve("free.txt"))).isEqualTo("free");
        assertThat(rig.server.readFile(rig.projectId, "locked.txt")).hasValue(bytes("v2 from OSF"));
        assertThat(Trees.strays(rig.root)).isEmpty();
      } finally {
        Chattr.set(false, lockedFile, lockedDir);
      }
      try (Project p = rig.open()) {
        assertThat(p.apply().isComplete()).isTrue();
        assertThat(p.analyze().actions()).isEmpty();
      }
      assertThat(Files.readString(lockedFile)).isEqualTo("v2 from OSF");
      assertThat(Files.readString(lockedDir.resolve("new.txt"))).isEqualTo("new from OSF");
    }
  }

  @Test
  void fullDiskFailsPerFileLeavesNoTornFilesAndRecovers(@TempDir Path home) throws IOException {
    Configuration small =
        Configuration.unix().toBuilder().setMaxSize(4L * 1024 * 1024).setBlockSize(4096).build();
    try (FileSystem fs = Jimfs.newFileSystem(small);
        Rig rig = Rig.start(home, 33, fs.getPath("/work/root"))) {
      Path ballast = fs.getPath("/ballast.bin");
      Files.write(ballast, new byte[2 * 1024 * 1024]);
      Random random = new Random(5);
      Map<String, byte[]> remote = new java.util.TreeMap<>();
      for (int i = 0; i < 6; i++) {
        byte[] b = new byte[300_000 + random.nextInt(200_000)];
        random.nextBytes(b);
        remote.put("big/f" + i + ".bin", b);
        rig.server.putFile(rig.projectId, "big/f" + i + ".bin", b);
      }
      SyncReport first;
      try (Project p = rig.create()) {
        first = p.apply();
      }
      assertThat(first.isComplete()).as("a full disk fails some downloads").isFalse();
      assertThat(first.failed()).isNotEmpty();
      for (Map.Entry<String, String> e : Trees.localFiles(rig.root).entrySet()) {
        assertThat(e.getValue())
            .as("a file that arrived is whole: " + e.getKey())
            .isEqualTo(Trees.sha256(remote.getOrDefault(e.getKey(), new byte[] {1})));
      }
      assertThat(Trees.strays(rig.root)).as("temp files on a full disk").isEmpty();
      for (Map.Entry<String, byte[]> e : remote.entrySet()) {
        assertThat(rig.server.readFile(rig.projectId, e.getKey())).hasValue(e.getValue());
      }
      Files.delete(ballast);
      try (Project p = rig.open()) {
        assertThat(p.apply().isComplete()).isTrue();
        assertThat(p.analyze().actions()).isEmpty();
      }
      Map<String, String> local = Trees.localFiles(rig.root);
      assertThat(local).hasSize(remote.size());
      remote.forEach((k, v) -> assertThat(local.get(k)).isEqualTo(Trees.sha256(v)));
    }
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
