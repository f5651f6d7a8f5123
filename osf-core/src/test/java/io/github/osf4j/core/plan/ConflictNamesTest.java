package io.github.osf4j.core.plan;

import static io.github.osf4j.core.plan.Fx.p;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.osf4j.core.Conflict;
import io.github.osf4j.core.RelPath;
import java.text.Normalizer;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

final class ConflictNamesTest {

  private static final Instant NOW = Instant.parse("2026-11-26T14:30:05Z");

  private static ConflictNames names(RelPath... existing) {
    return new ConflictNames(NOW, List.of(existing), false);
  }

  @Test
  void localCopyKeepsTheExtensionAtTheEnd() {
    assertThat(names().copyFor(p("dir/data.csv"), Conflict.Side.LOCAL))
        .isEqualTo(p("dir/data.conflict-20261126-143005-local.csv"));
  }

  @Test
  void remoteCopyIsTaggedOsf() {
    assertThat(names().copyFor(p("data.csv"), Conflict.Side.REMOTE))
        .isEqualTo(p("data.conflict-20261126-143005-osf.csv"));
  }

  @Test
  void timeIsUtcWhateverTheClockZone() {
    Instant sameInstant = java.time.Clock.fixed(NOW, ZoneId.of("Pacific/Auckland")).instant();
    assertThat(
            new ConflictNames(sameInstant, List.of(), false).copyFor(p("a"), Conflict.Side.LOCAL))
        .isEqualTo(p("a.conflict-20261126-143005-local"));
  }

  @Test
  void tarballKeepsBothExtensions() {
    assertThat(names().copyFor(p("a.tar.gz"), Conflict.Side.LOCAL))
        .isEqualTo(p("a.conflict-20261126-143005-local.tar.gz"));
  }

  @Test
  void dotFileHasNoExtension() {
    assertThat(names().copyFor(p(".hidden"), Conflict.Side.LOCAL))
        .isEqualTo(p(".hidden.conflict-20261126-143005-local"));
  }

  @Test
  void dotFileWithExtensionKeepsIt() {
    assertThat(names().copyFor(p(".config.json"), Conflict.Side.LOCAL))
        .isEqualTo(p(".config.conflict-20261126-143005-local.json"));
  }

  @Test
  void nameWithoutExtensionGetsTheSuffixAtTheEnd() {
    assertThat(names().copyFor(p("README"), Conflict.Side.REMOTE))
        .isEqualTo(p("README.conflict-20261126-143005-osf"));
  }

  @Test
  void somethingAfterTheLastDotThatIsNoExtensionStaysInTheStem() {
    assertThat(ConflictNames.extension("notes. final draft")).isEmpty();
    assertThat(ConflictNames.extension("a.verylongextension")).isEmpty();
    assertThat(ConflictNames.extension("a.")).isEmpty();
    assertThat(ConflictNames.extension("a.abcdefghijkl")).isEqualTo(".abcdefghijkl");
    assertThat(ConflictNames.extension("a.abcdefghijklm")).isEmpty();
    assertThat(ConflictNames.extension("a.é")).isEmpty();
    assertThat(ConflictNames.extension(".tar.gz")).isEqualTo(".gz");
    assertThat(ConflictNames.extension("x.TAR.GZ")).isEqualTo(".TAR.GZ");
  }

  @Test
  void takenNamesGetANumber() {
    ConflictNames names = names(p("a.conflict-20261126-143005-local.txt"));

    assertThat(names.copyFor(p("a.txt"), Conflict.Side.LOCAL))
        .isEqualTo(p("a.conflict-20261126-143005-local-2.txt"));
    assertThat(names.copyFor(p("a.txt"), Conflict.Side.LOCAL))
        .isEqualTo(p("a.conflict-20261126-143005-local-3.txt"));
  }

  @Test
  void caseInsensitiveFileSystemsTreatCaseVariantsAsTaken() {
    RelPath upper = p("A.CONFLICT-20261126-143005-LOCAL");
    assertThat(new ConflictNames(NOW, List.of(upper), true).copyFor(p("a"), Conflict.Side.LOCAL))
        .isEqualTo(p("a.conflict-20261126-143005-local-2"));
    assertThat(new ConflictNames(NOW, List.of(upper), false).copyFor(p("a"), Conflict.Side.LOCAL))
        .isEqualTo(p("a.conflict-20261126-143005-local"));
  }

  @Test
  void longMultibyteStemIsShortenedToFit255BytesOnWholeCharacters() {
    String stem = "ü".repeat(200) + "😀".repeat(10); // 400 + 40 bytes
    RelPath copy = names().copyFor(p("d/" + stem + ".csv"), Conflict.Side.LOCAL);

    String name = copy.name();
    assertThat(ConflictNames.utf8Length(name)).isLessThanOrEqualTo(255).isGreaterThan(250);
    assertThat(name).endsWith(".conflict-20261126-143005-local.csv").startsWith("üü");
    assertThat(Normalizer.isNormalized(name, Normalizer.Form.NFC)).isTrue();
    assertThat(name.codePoints()).doesNotContain(0xFFFD);
  }

  @Test
  void shorteningNeverSplitsASurrogatePair() {
    String fitted = ConflictNames.fit("😀".repeat(70), ".conflict-20261126-143005-local");
    assertThat(ConflictNames.utf8Length(fitted)).isLessThanOrEqualTo(255);
    assertThat(fitted.substring(0, fitted.indexOf('.')).codePoints()).containsOnly(0x1F600);
    assertThat(fitted).startsWith("😀".repeat(56)).doesNotStartWith("😀".repeat(57));
  }

  @Test
  void shortNameIsNotShortened() {
    assertThat(ConflictNames.fit("abc", ".x")).isEqualTo("abc.x");
    assertThat(ConflictNames.fit("a".repeat(253), ".x")).hasSize(255);
    assertThat(ConflictNames.fit("a".repeat(254), ".x")).hasSize(255);
  }
}
