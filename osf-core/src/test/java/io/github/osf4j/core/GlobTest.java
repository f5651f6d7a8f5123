package io.github.osf4j.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

final class GlobTest {

  @Test
  void literalMatchesOnlyItself() {
    assertThat(Glob.compile("a.txt").matches("a.txt")).isTrue();
    assertThat(Glob.compile("a.txt").matches("a.txtx")).isFalse();
  }

  @Test
  void leadingStarMatchesSuffix() {
    assertThat(Glob.compile("*.tmp").matches("x.tmp")).isTrue();
    assertThat(Glob.compile("*.tmp").matches(".tmp")).isTrue();
    assertThat(Glob.compile("*.tmp").matches("x.tmpl")).isFalse();
  }

  @Test
  void trailingStarMatchesPrefix() {
    assertThat(Glob.compile("~$*").matches("~$doc.docx")).isTrue();
    assertThat(Glob.compile("~$*").matches("doc~$")).isFalse();
  }

  @Test
  void innerStarsBacktrack() {
    Glob glob = Glob.compile("a*b*c");
    assertThat(glob.matches("abc")).isTrue();
    assertThat(glob.matches("axxbyyc")).isTrue();
    assertThat(glob.matches("abcbc")).isTrue();
    assertThat(glob.matches("axxbyy")).isFalse();
    assertThat(glob.matches("xabc")).isFalse();
  }

  @Test
  void doubleStarInsideASegmentIsOneStar() {
    assertThat(Glob.compile("a**z").matches("abcz")).isTrue();
    assertThat(Glob.compile("a**").matches("a")).isTrue();
  }

  @Test
  void questionMarkMatchesExactlyOneCharacter() {
    Glob glob = Glob.compile("?.txt");
    assertThat(glob.matches("a.txt")).isTrue();
    assertThat(glob.matches(".txt")).isFalse();
    assertThat(glob.matches("ab.txt")).isFalse();
  }

  @Test
  void characterClassesWithRangesAndNegation() {
    assertThat(Glob.compile("file[0-9].log").matches("file7.log")).isTrue();
    assertThat(Glob.compile("file[0-9].log").matches("filex.log")).isFalse();
    assertThat(Glob.compile("[abc]").matches("b")).isTrue();
    assertThat(Glob.compile("[!abc]").matches("b")).isFalse();
    assertThat(Glob.compile("[!abc]").matches("d")).isTrue();
    assertThat(Glob.compile("[^a-c]x").matches("dx")).isTrue();
    assertThat(Glob.compile("[^a-c]x").matches("ax")).isFalse();
  }

  @Test
  void closingBracketFirstInAClassIsLiteral() {
    assertThat(Glob.compile("[]a]").matches("]")).isTrue();
    assertThat(Glob.compile("[!]a]").matches("]")).isFalse();
    assertThat(Glob.compile("[!]a]").matches("b")).isTrue();
  }

  @Test
  void escapesInsideClasses() {
    assertThat(Glob.compile("[\\]]").matches("]")).isTrue();
    assertThat(Glob.compile("[a-\\z]").matches("q")).isTrue();
    assertThat(Glob.compile("[\\-]").matches("-")).isTrue();
  }

  @Test
  void unclosedBracketIsLiteral() {
    assertThat(Glob.compile("[ab").matches("[ab")).isTrue();
    assertThat(Glob.compile("[ab").matches("a")).isFalse();
    assertThat(Glob.compile("[!").matches("[!")).isTrue();
  }

  @Test
  void backslashEscapesWildcards() {
    assertThat(Glob.compile("\\*").matches("*")).isTrue();
    assertThat(Glob.compile("\\*").matches("x")).isFalse();
    assertThat(Glob.compile("a\\?").matches("a?")).isTrue();
    assertThat(Glob.compile("a\\").matches("a\\")).isTrue();
  }

  @Test
  void generalPatternAgainstEmptyName() {
    assertThat(Glob.compile("*a*").matches("")).isFalse();
    assertThat(Glob.compile("?*").matches("")).isFalse();
  }
}
