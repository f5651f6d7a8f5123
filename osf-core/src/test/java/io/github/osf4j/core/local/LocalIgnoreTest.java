package io.github.osf4j.core.local;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.osf4j.core.IgnoreRules;
import io.github.osf4j.core.RelPath;
import io.github.osf4j.core.Snapshot;
import java.io.IOException;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The local side of the ignore rules: own files, the rules in effect, the ignored listing. */
final class LocalIgnoreTest {
  private final FileSystem fs = Disk.unix();
  private final Path root = Disk.root(fs);
  private final NioLocalFiles files = new NioLocalFiles(root, List.of("build/"), 2);

  @AfterEach
  void close() throws IOException {
    fs.close();
  }

  private static List<String> values(List<RelPath> paths) {
    return paths.stream().map(RelPath::value).toList();
  }

  @Test
  void theProjectFileItsBackupAndLockInsideTheRootAreIgnored() throws IOException {
    Disk.write(root, "meta/p.osf4j.json", "{}");
    Disk.write(root, "meta/p.osf4j.json.bak", "{}");
    Disk.write(root, "meta/p.osf4j.json.lock", "pid");
    Disk.write(root, "meta/other.json", "{}");
    Path project = root.resolve("meta/p.osf4j.json");
    List<String> own =
        List.of(project.toString(), project + ".bak", project + ".lock", "/elsewhere/q.json");

    IgnoreRules rules = files.ignoreRules(own);
    Snapshot scanned = files.scan(Snapshot.empty(), rules);

    assertThat(rules.ownFiles())
        .extracting(RelPath::value)
        .containsExactlyInAnyOrder(
            "meta/p.osf4j.json", "meta/p.osf4j.json.bak", "meta/p.osf4j.json.lock");
    assertThat(scanned.entries().keySet())
        .extracting(RelPath::value)
        .containsExactly("meta", "meta/other.json");
    assertThat(values(files.ignored(rules)))
        .containsExactly("meta/p.osf4j.json", "meta/p.osf4j.json.bak", "meta/p.osf4j.json.lock");
  }

  @Test
  void ownFilesOutsideTheRootOrUnderALinkedRootAreFoundOrLeftOut() throws IOException {
    Path link = Files.createSymbolicLink(fs.getPath("/link"), root.toAbsolutePath());
    NioLocalFiles linked = new NioLocalFiles(link, List.of(), 1);
    Disk.write(root, "p.json", "{}");

    assertThat(linked.ignoreRules(List.of(root.resolve("p.json").toString())).ownFiles())
        .containsExactly(RelPath.of("p.json"));
    assertThat(files.ignoreRules(List.of(root.toString(), "/", "/other/p.json")).ownFiles())
        .isEmpty();
    assertThat(files.ignoreRules(List.of(root.resolve("gone/p.json").toString())).ownFiles())
        .containsExactly(RelPath.of("gone/p.json"));
  }

  @Test
  void theRulesInEffectAreTheConfiguredPatternsThenTheOsfignore() throws IOException {
    Disk.write(root, ".osfignore", "*.log\n!keep.log\n");

    assertThat(files.ignoreRules(List.of()).patterns())
        .containsExactly("build/", "*.log", "!keep.log");
  }

  @Test
  void theIgnoredListingNamesTopmostPathsWithoutEnteringIgnoredFolders() throws IOException {
    Disk.write(root, ".osfignore", "*.log\n");
    Disk.write(root, "build/a/b.bin", "b");
    Disk.write(root, ".git/hooks/pre-commit", "#!/bin/sh");
    Disk.write(root, "src/run.log", "log");
    Disk.write(root, "src/main.c", "c");
    Disk.write(root, "~$report.docx", "lock");
    Files.createDirectories(root.resolve("logs.log"));

    List<RelPath> ignored = files.ignored(files.ignoreRules(List.of()));

    assertThat(values(ignored))
        .containsExactly(".git", "build", "logs.log", "src/run.log", "~$report.docx");
  }

  @Test
  void aMissingRootHasNothingIgnored() throws IOException {
    NioLocalFiles missing = new NioLocalFiles(root.resolve("absent"), List.of(), 1);

    assertThat(missing.ignored(IgnoreRules.compile(List.of()))).isEmpty();
  }

  @Test
  void aLinkedRootIsListedThroughItsTarget() throws IOException {
    Disk.write(root, "x.tmp", "t");
    Path link = Files.createSymbolicLink(fs.getPath("/linked"), root.toAbsolutePath());

    assertThat(
            values(new NioLocalFiles(link, List.of(), 1).ignored(IgnoreRules.compile(List.of()))))
        .containsExactly("x.tmp");
  }
}
