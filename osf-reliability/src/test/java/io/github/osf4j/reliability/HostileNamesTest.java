package io.github.osf4j.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.osf4j.core.Plan;
import io.github.osf4j.core.SyncReport;
import io.github.osf4j.core.sync.Project;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Suite 3a: remote names that are dangerous or impossible here. Each is downloaded faithfully
 * inside the root, or reported as a per-path skip or failure; none is lost, none is deleted on OSF,
 * and nothing outside the root changes.
 */
final class HostileNamesTest {

  /** Remote path (as seeded) to a tag that any report about it must mention. */
  private static Map<String, String> hostile() {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("..", "%2E%2E");
    m.put("sub/../../escape-h1.txt", "sub/%2E%2E");
    m.put("..\\..\\back-h2.txt", "back-h2");
    m.put("nul-h3\u0000x.txt", "nul-h3");
    m.put("bell-h4\u0007.txt", "bell-h4");
    m.put("tab-h5\tx.txt", "tab-h5");
    m.put("newline-h6\nx.txt", "newline-h6");
    m.put("CON", "CON");
    m.put("aux-h7.txt", "aux-h7");
    m.put("trailing-dot-h8.", "trailing-dot-h8");
    m.put("trailing-space-h9 ", "trailing-space-h9");
    m.put("caf\u00e9-h10.txt", "-h10");
    m.put("cafe\u0301-h10.txt", "-h10");
    m.put("Twin-h11.txt", "win-h11");
    m.put("twin-h11.txt", "win-h11");
    return m;
  }

  /** Names over 255 bytes: valid on OSF, impossible on ext4, APFS and NTFS. */
  private static Map<String, String> tooLong() {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("long-h12-" + "x".repeat(300), "long-h12");
    m.put("wide-h13-" + "\u00e9".repeat(130), "wide-h13");
    return m;
  }

  @Test
  void namesOverMaxLengthFailPerPathAndTheRestSyncs(@TempDir Path home) throws IOException {
    try (Rig rig = Rig.start(home, 6)) {
      rig.server.putFile(rig.projectId, "ok.txt", bytes("ok"));
      tooLong().keySet().forEach(n -> rig.server.putFile(rig.projectId, n, bytes(n)));
      List<String> reports = new ArrayList<>();
      try (Project p = rig.create()) {
        SyncReport report = p.apply();
        report.skipped().forEach(s -> reports.add(s.path().value() + " " + s.reason()));
        report.failed().forEach(f -> reports.add(f.action().path().value() + " " + f.message()));
      }
      assertThat(Files.readString(rig.root.resolve("ok.txt"))).isEqualTo("ok");
      for (Map.Entry<String, String> e : tooLong().entrySet()) {
        assertThat(reports).anyMatch(r -> r.contains(e.getValue()));
        assertThat(rig.server.fileId(rig.projectId, e.getKey())).isPresent();
      }
      assertThat(Trees.strays(rig.root)).isEmpty();
    }
  }

  @Test
  void namesOverMaxLengthAreSkippedSoThatRunsConverge(@TempDir Path home) throws IOException {
    try (Rig rig = Rig.start(home, 6)) {
      tooLong().keySet().forEach(n -> rig.server.putFile(rig.projectId, n, bytes(n)));
      try (Project p = rig.create()) {
        Plan plan = p.analyze();
        assertThat(plan.skipped()).hasSize(tooLong().size());
        assertThat(p.apply().failed()).isEmpty();
        assertThat(p.analyze().actions()).isEmpty();
      }
    }
  }

  @Test
  void hostileRemoteNamesStayInsideTheRootAndAreNeverLost(@TempDir Path home) throws IOException {
    Path sentinel = home.resolve("sentinel.txt");
    Files.writeString(sentinel, "do not touch");
    Map<String, String> names = hostile();
    List<String> reports = new ArrayList<>();
    try (Rig rig = Rig.start(home.resolve("w"), 5)) {
      rig.server.putFile(rig.projectId, "good/plain.txt", bytes("plain"));
      for (String name : names.keySet()) {
        rig.server.putFile(rig.projectId, name, bytes("content of " + name));
      }
      Map<String, String> outside = outsideRoot(home, rig);
      try (Project p = rig.create()) {
        Plan plan = p.analyze();
        plan.skipped().forEach(s -> reports.add(s.path().value() + " " + s.reason()));
        SyncReport report = p.apply();
        report.skipped().forEach(s -> reports.add(s.path().value() + " " + s.reason()));
        report.failed().forEach(f -> reports.add(f.action().path().value() + " " + f.message()));
        assertThat(p.analyze().actions()).as("the next run plans nothing").isEmpty();
      }
      assertThat(Files.readString(rig.root.resolve("good/plain.txt"))).isEqualTo("plain");
      assertThat(outsideRoot(home, rig)).as("files outside the root").isEqualTo(outside);
      assertThat(Files.readString(sentinel)).isEqualTo("do not touch");
      assertThat(Trees.strays(rig.root)).isEmpty();
      int downloaded = 0;
      for (Map.Entry<String, String> e : names.entrySet()) {
        String name = e.getKey();
        boolean local = existsLocally(rig.root, name);
        downloaded += local ? 1 : 0;
        boolean reported = reports.stream().anyMatch(r -> r.contains(e.getValue()));
        assertThat(local || reported)
            .as("%s is downloaded or reported: %s", name, reports)
            .isTrue();
        assertThat(rig.server.fileId(rig.projectId, name)).as("still on OSF: " + name).isPresent();
      }
      assertThat(existsLocally(rig.root, "nul-h3\u0000x.txt")).isFalse();
      Figures.record(
          "hostile-names",
          "names=" + names.size() + " downloaded=" + downloaded + " reports=" + reports.size());
    }
  }

  private static boolean existsLocally(Path root, String name) {
    try {
      Path p = root.resolve(name).normalize();
      return p.startsWith(root) && Files.isRegularFile(p);
    } catch (InvalidPathException e) {
      return false;
    }
  }

  /** The test folder without the root, project file and token store (those may change). */
  private static Map<String, String> outsideRoot(Path home, Rig rig) {
    Map<String, String> all = Trees.fingerprint(home);
    all.keySet()
        .removeIf(
            k -> k.startsWith("w/root") || k.startsWith("w/meta") || k.startsWith("w/config"));
    return all;
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
