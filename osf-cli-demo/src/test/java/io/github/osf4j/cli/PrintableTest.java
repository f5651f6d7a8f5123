package io.github.osf4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

final class PrintableTest {
  @Test
  void plainTextIsLeftAlone() {
    assertThat(Printable.line("Reaction times – Ünïcode 数据 \\\\ ok"))
        .isEqualTo("Reaction times – Ünïcode 数据 \\\\ ok");
  }

  @Test
  void controlsBecomeVisibleEscapes() {
    assertThat(Printable.line("a\u001b[2Jb\u0007c\td\u007fe\u009bf"))
        .isEqualTo("a\\e[2Jb\\x07c\\td\\x7fe\\x9bf");
  }

  @Test
  void lineBreaksAndBidiOverridesAreEscaped() {
    assertThat(Printable.line("x\ny\rz\u2028w\u202eevil"))
        .isEqualTo("x\\ny\\rz\\u2028w\\u202eevil");
  }

  @Test
  void noCharacterOfTheFirstPlanesSurvivesAsAControl() {
    StringBuilder every = new StringBuilder();
    for (int c = 0; c < 0x3000; c++) {
      every.append((char) c);
    }
    String line = Printable.line(every.toString());

    assertThat(line.lines().count()).isLessThanOrEqualTo(1);
    assertThat(line.chars().noneMatch(c -> c < 0x20 || (c >= 0x7f && c < 0xa0))).isTrue();
  }
}
