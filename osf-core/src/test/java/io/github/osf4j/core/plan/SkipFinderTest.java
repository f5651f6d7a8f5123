package io.github.osf4j.core.plan;

import static io.github.osf4j.core.plan.Fx.file;
import static io.github.osf4j.core.plan.Fx.folder;
import static io.github.osf4j.core.plan.Fx.p;
import static io.github.osf4j.core.plan.Fx.snap;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.osf4j.core.Action;
import io.github.osf4j.core.Plan;
import io.github.osf4j.core.Skip;
import io.github.osf4j.core.Snapshot;
import java.util.Optional;
import org.junit.jupiter.api.Test;

final class SkipFinderTest {

  @Test
  void windowsReservedNamesAreSkippedWithAnyExtension() {
    for (String name : new String[] {"CON", "con.txt", "Nul.tar.gz", "com1", "LPT9.x", "aux"}) {
      assertThat(SkipFinder.windowsProblem(name)).as(name).isEqualTo("reserved name");
    }
  }

  @Test
  void windowsForbiddenCharactersAndTrailingDotsOrSpacesAreSkipped() {
    for (String name : new String[] {"a:b", "a<b", "a>b", "a\"b", "a|b", "a?b", "a*b", "a\\b"}) {
      assertThat(SkipFinder.windowsProblem(name)).as(name).startsWith("character");
    }
    assertThat(SkipFinder.windowsProblem("tab\there")).isEqualTo("character '\\u0009'");
    assertThat(SkipFinder.windowsProblem("end.")).isEqualTo("trailing dot or space");
    assertThat(SkipFinder.windowsProblem("end ")).isEqualTo("trailing dot or space");
  }

  @Test
  void ordinaryNamesPassOnWindows() {
    for (String name : new String[] {"console", "com10", "lpt", "a.con", "data.conflict-1-x.csv"}) {
      assertThat(SkipFinder.windowsProblem(name)).as(name).isNull();
    }
  }

  @Test
  void remoteNameImpossibleOnWindowsIsSkippedThereAndDownloadedElsewhere() {
    Snapshot remote = snap(folder("d"), file("d/a:b", 1), file("d/ok", 2));

    Plan windows =
        new Planner(Fx.CLOCK, NameRules.WINDOWS)
            .plan(Snapshot.empty(), Snapshot.empty(), remote, Fx.OPTIONS);
    Plan posix = Fx.plan(Snapshot.empty(), Snapshot.empty(), remote);

    assertThat(windows.skipped())
        .containsExactly(
            new Skip(p("d/a:b"), "the name cannot exist on this file system (character ':')"));
    assertThat(windows.actions())
        .containsExactly(
            new Action.MkdirLocal(p("d")),
            new Action.Download(p("d/ok"), file("d/ok", 2), Optional.empty()));
    assertThat(posix.skipped()).isEmpty();
    assertThat(posix.actions()).hasSize(3);
  }

  @Test
  void namesOver255BytesAreSkippedOnEveryFileSystem() {
    String longName = "é".repeat(128); // 256 UTF-8 bytes
    String fits = "é".repeat(127) + "a"; // 255 bytes
    Snapshot remote = snap(folder("d"), file("d/" + longName, 1), file("d/" + fits, 2));

    Plan plan = Fx.plan(Snapshot.empty(), Snapshot.empty(), remote);

    assertThat(plan.skipped())
        .containsExactly(
            new Skip(p("d/" + longName), "the name is 256 bytes long; file systems allow 255"));
    assertThat(plan.actions())
        .containsExactly(
            new Action.MkdirLocal(p("d")),
            new Action.Download(p("d/" + fits), file("d/" + fits, 2), Optional.empty()));
  }

  @Test
  void caseTwinsAreSkippedOnACaseInsensitiveFileSystemOnly() {
    Snapshot local = snap(file("Readme", 1));
    Snapshot remote = snap(file("README", 2), file("other", 3));

    Plan mac =
        new Planner(Fx.CLOCK, NameRules.MACOS).plan(Snapshot.empty(), local, remote, Fx.OPTIONS);
    Plan linux = Fx.plan(Snapshot.empty(), local, remote);

    assertThat(mac.skipped()).extracting(Skip::path).containsExactly(p("README"), p("Readme"));
    assertThat(mac.skipped().get(0).reason()).contains("differs only in letter case from [Readme]");
    assertThat(mac.actions())
        .containsExactly(new Action.Download(p("other"), file("other", 3), Optional.empty()));
    assertThat(linux.skipped()).isEmpty();
  }

  @Test
  void caseTwinFoldersAreSkippedWithTheirSubtrees() {
    Snapshot remote = snap(folder("Docs"), file("Docs/a", 1), folder("docs"), file("docs/a", 2));

    Plan plan =
        new Planner(Fx.CLOCK, NameRules.WINDOWS)
            .plan(Snapshot.empty(), Snapshot.empty(), remote, Fx.OPTIONS);

    assertThat(plan.actions()).isEmpty();
    assertThat(plan.skipped()).extracting(Skip::path).containsExactly(p("Docs"), p("docs"));
  }

  @Test
  void caseTwinsInsideAnOrdinaryFolderAreSkippedAlone() {
    Snapshot remote = snap(folder("x"), folder("x/y"), file("x/y/A", 1), file("x/y/a", 2));

    assertThat(new SkipFinder(NameRules.MACOS).find(Snapshot.empty(), remote))
        .extracting(Skip::path)
        .containsExactly(p("x/y/A"), p("x/y/a"));
  }

  @Test
  void spaceIsAllowedInsideWindowsNames() {
    assertThat(SkipFinder.windowsProblem("a b")).isNull();
    assertThat(SkipFinder.windowsProblem("a\u001fb")).isEqualTo("character '\\u001f'");
  }

  @Test
  void problemsOfBothSidesAreReportedWithTheirSide() {
    Snapshot local = Snapshot.builder().problem(p("x"), "symbolic link").build();
    Snapshot remote =
        Snapshot.builder().problem(p("x"), "listed twice").problem(p("y"), "NFD twin").build();

    assertThat(new SkipFinder(NameRules.POSIX).find(local, remote))
        .containsExactly(
            new Skip(p("x"), "local: symbolic link; remote: listed twice"),
            new Skip(p("y"), "remote: NFD twin"));
  }

  @Test
  void nameRulesFollowTheOperatingSystem() {
    assertThat(NameRules.forOsName("Windows 11")).isEqualTo(NameRules.WINDOWS);
    assertThat(NameRules.forOsName("Mac OS X")).isEqualTo(NameRules.MACOS);
    assertThat(NameRules.forOsName("Darwin")).isEqualTo(NameRules.MACOS);
    assertThat(NameRules.forOsName("Linux")).isEqualTo(NameRules.POSIX);
    assertThat(NameRules.forThisMachine())
        .isEqualTo(NameRules.forOsName(System.getProperty("os.name")));
    assertThat(NameRules.WINDOWS.caseInsensitive()).isTrue();
    assertThat(NameRules.WINDOWS.windowsNames()).isTrue();
    assertThat(NameRules.MACOS.windowsNames()).isFalse();
    assertThat(NameRules.POSIX.caseInsensitive()).isFalse();
  }
}
