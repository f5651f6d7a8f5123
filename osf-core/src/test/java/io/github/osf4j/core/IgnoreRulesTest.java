package io.github.osf4j.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

final class IgnoreRulesTest {

  private static boolean file(IgnoreRules rules, String path) {
    return rules.ignored(path, path.substring(path.lastIndexOf('/') + 1), false);
  }

  private static boolean folder(IgnoreRules rules, String path) {
    return rules.ignored(path, path.substring(path.lastIndexOf('/') + 1), true);
  }

  @Test
  void defaultsIgnoreOsLitterOfficeLocksTempFilesAndGit() {
    IgnoreRules rules = IgnoreRules.compile(List.of());
    assertThat(file(rules, ".DS_Store")).isTrue();
    assertThat(file(rules, "a/b/Thumbs.db")).isTrue();
    assertThat(file(rules, "desktop.ini")).isTrue();
    assertThat(file(rules, "docs/~$report.docx")).isTrue();
    assertThat(file(rules, "x.tmp")).isTrue();
    assertThat(folder(rules, "code/.git")).isTrue();
    assertThat(file(rules, ".git")).isTrue();
    assertThat(folder(rules, "sub/.GIT")).isTrue();
    assertThat(file(rules, "data.csv")).isFalse();
    assertThat(file(rules, ".osfignore")).isFalse();
  }

  @Test
  void reservedPrefixIsAlwaysIgnoredEvenWhenNegated() {
    IgnoreRules rules = IgnoreRules.compile(List.of("!.osf4j-*", "!*"));
    assertThat(file(rules, ".osf4j-tmp-0123")).isTrue();
    assertThat(file(rules, "a/.osf4j-lock")).isTrue();
    assertThat(folder(rules, ".osf4j-x")).isTrue();
  }

  @Test
  void commentsAndBlankLinesAreSkipped() {
    IgnoreRules rules = IgnoreRules.compile(List.of("# data.csv", "", "   ", "!", "/", "!/"));
    assertThat(file(rules, "# data.csv")).isFalse();
    assertThat(file(rules, "data.csv")).isFalse();
  }

  @Test
  void escapedHashAndBangAreLiteral() {
    IgnoreRules rules = IgnoreRules.compile(List.of("\\#notes", "\\!important"));
    assertThat(file(rules, "#notes")).isTrue();
    assertThat(file(rules, "!important")).isTrue();
  }

  @Test
  void trailingSpacesAreTrimmedUnlessEscaped() {
    IgnoreRules rules = IgnoreRules.compile(List.of("a.txt   ", "b\\ "));
    assertThat(file(rules, "a.txt")).isTrue();
    assertThat(file(rules, "b ")).isTrue();
    assertThat(file(rules, "b")).isFalse();
  }

  @Test
  void negationReIncludesAndTheLastMatchWins() {
    IgnoreRules rules = IgnoreRules.compile(List.of("*.log", "!keep.log", "keep.log.old"));
    assertThat(file(rules, "a.log")).isTrue();
    assertThat(file(rules, "x/keep.log")).isFalse();
    assertThat(file(rules, "keep.log.old")).isTrue();
    IgnoreRules again = IgnoreRules.compile(List.of("!keep.log", "*.log"));
    assertThat(file(again, "keep.log")).isTrue();
  }

  @Test
  void negationCanReIncludeADefault() {
    IgnoreRules rules = IgnoreRules.compile(List.of("!important.tmp"));
    assertThat(file(rules, "important.tmp")).isFalse();
    assertThat(file(rules, "other.tmp")).isTrue();
  }

  @Test
  void trailingSlashMatchesFoldersOnly() {
    IgnoreRules rules = IgnoreRules.compile(List.of("build/"));
    assertThat(folder(rules, "build")).isTrue();
    assertThat(folder(rules, "sub/build")).isTrue();
    assertThat(file(rules, "build")).isFalse();
  }

  @Test
  void leadingSlashAnchorsToTheRoot() {
    IgnoreRules rules = IgnoreRules.compile(List.of("/out"));
    assertThat(folder(rules, "out")).isTrue();
    assertThat(file(rules, "out")).isTrue();
    assertThat(folder(rules, "sub/out")).isFalse();
  }

  @Test
  void innerSlashAnchorsToo() {
    IgnoreRules rules = IgnoreRules.compile(List.of("doc/*.pdf"));
    assertThat(file(rules, "doc/a.pdf")).isTrue();
    assertThat(file(rules, "x/doc/a.pdf")).isFalse();
    assertThat(file(rules, "doc/sub/a.pdf")).isFalse();
  }

  @Test
  void leadingDoubleStarMatchesAtAnyDepth() {
    IgnoreRules rules = IgnoreRules.compile(List.of("**/cache"));
    assertThat(folder(rules, "cache")).isTrue();
    assertThat(folder(rules, "a/b/cache")).isTrue();
    assertThat(folder(rules, "a/cachex")).isFalse();
  }

  @Test
  void trailingDoubleStarMatchesEverythingInside() {
    IgnoreRules rules = IgnoreRules.compile(List.of("logs/**", "!logs/keep.txt"));
    assertThat(folder(rules, "logs")).isFalse();
    assertThat(file(rules, "logs/a.txt")).isTrue();
    assertThat(file(rules, "logs/deep/b.txt")).isTrue();
    assertThat(file(rules, "logs/keep.txt")).isFalse();
  }

  @Test
  void innerDoubleStarMatchesZeroOrMoreFolders() {
    IgnoreRules rules = IgnoreRules.compile(List.of("a/**/b", "x/**/**/y"));
    assertThat(file(rules, "a/b")).isTrue();
    assertThat(file(rules, "a/x/b")).isTrue();
    assertThat(file(rules, "a/x/y/b")).isTrue();
    assertThat(file(rules, "a/x/y/c")).isFalse();
    assertThat(file(rules, "b")).isFalse();
    assertThat(file(rules, "x/y")).isTrue();
    assertThat(file(rules, "x/1/2/y")).isTrue();
  }

  @Test
  void wildcardsAndClassesInNamesAndPaths() {
    IgnoreRules rules = IgnoreRules.compile(List.of("run?.csv", "raw/[0-9]*/*.bin"));
    assertThat(file(rules, "sub/run1.csv")).isTrue();
    assertThat(file(rules, "run10.csv")).isFalse();
    assertThat(file(rules, "raw/2024/x.bin")).isTrue();
    assertThat(file(rules, "raw/final/x.bin")).isFalse();
  }

  @Test
  void patternsAreComparedInNfc() {
    String nfd = "cafe\u0301.txt";
    IgnoreRules rules = IgnoreRules.compile(List.of(nfd));
    assertThat(file(rules, "caf\u00e9.txt")).isTrue();
  }

  @Test
  void emptySegmentsInAPathPatternAreSkipped() {
    IgnoreRules rules = IgnoreRules.compile(List.of("a//b"));
    assertThat(file(rules, "a/b")).isTrue();
  }

  private static Entry file(String path) {
    return new Entry(RelPath.of(path), EntryKind.FILE, 1, null, null, null, null, null);
  }

  private static Entry dir(String path) {
    return new Entry(RelPath.of(path), EntryKind.FOLDER, 0, null, null, null, null, null);
  }

  @Test
  void filterLeavesOutIgnoredPathsTheirSubtreesAndTheirProblems() {
    IgnoreRules rules = IgnoreRules.compile(List.of("build/", "*.log", "!keep.log"));
    Snapshot snapshot =
        Snapshot.builder()
            .put(dir("build"))
            .put(file("build/keep.log"))
            .put(file("a.log"))
            .put(file("keep.log"))
            .put(dir("src"))
            .put(file("src/b.c"))
            .put(dir("src/.Git"))
            .put(file("src/.Git/config"))
            .problem(RelPath.of("build/bad"), "unreadable")
            .problem(RelPath.of("src/bad"), "unreadable")
            .build();

    Snapshot kept = rules.filter(snapshot);

    assertThat(kept.entries().keySet())
        .extracting(RelPath::value)
        .containsExactly("keep.log", "src", "src/b.c");
    assertThat(kept.problems()).containsOnlyKeys(RelPath.of("src/bad"));
    assertThat(rules.topIgnored(snapshot))
        .extracting(RelPath::value)
        .containsExactly("a.log", "build", "src/.Git");
    assertThat(rules.ignores(RelPath.of("build/keep.log"), false)).isTrue();
    assertThat(rules.ignores(RelPath.of("src/b.c"), false)).isFalse();
  }

  @Test
  void ownFilesAreIgnoredAtTheirExactPathOnly() {
    IgnoreRules rules =
        IgnoreRules.compile(List.of("*.csv"))
            .excluding(List.of(RelPath.of("meta/p.json")))
            .excluding(List.of(RelPath.of("meta/p.json.lock")));

    assertThat(rules.ignores(RelPath.of("meta/p.json"), false)).isTrue();
    assertThat(rules.ignores(RelPath.of("meta/p.json.lock"), false)).isTrue();
    assertThat(rules.ignores(RelPath.of("p.json"), false)).isFalse();
    assertThat(rules.ownFiles()).hasSize(2);
    assertThat(rules.patterns()).containsExactly("*.csv");
    assertThat(rules).isNotEqualTo(IgnoreRules.compile(List.of("*.csv")));
    assertThat(rules.toString()).contains("*.csv");
  }

  @Test
  void rulesAreEqualWhenTheirPatternsAndOwnFilesAre() {
    IgnoreRules a = IgnoreRules.compile(List.of("*.log"));
    IgnoreRules b = IgnoreRules.compile(List.of("*.log"));

    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
    assertThat(a).isNotEqualTo(IgnoreRules.compile(List.of("*.tmp")));
    assertThat(a).isNotEqualTo("*.log");
  }
}
