package io.github.osf4j.core.sync;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.osf4j.core.RelPath;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Component folder names that every file system can hold. */
final class ComponentNamesTest {

  @Test
  void aFolderIsNamedAfterTheTitleAndTheId() {
    assertThat(ComponentNames.folderName("Raw data", "abc12")).isEqualTo("Raw data (abc12)");
  }

  @Test
  void separatorsControlAndWindowsCharactersBecomeUnderscores() {
    assertThat(ComponentNames.folderName("a/b\\c:d*e?\"f<g>h|i\u0007j", "x1"))
        .isEqualTo("a_b_c_d_e__f_g_h_i_j (x1)");
  }

  @Test
  void leadingDotsAndTrailingDotsOrSpacesAreDroppedAndSpacesCollapsed() {
    assertThat(ComponentNames.folderName("  ..hidden   data ...  ", "x1"))
        .isEqualTo("hidden data (x1)");
    assertThat(ComponentNames.folderName("~$lock", "x1")).isEqualTo("$lock (x1)");
  }

  @Test
  void invisibleAndOddSpacesAreHandled() {
    assertThat(ComponentNames.folderName("a\u00a0b\u200bc\u007fd\te", "x1"))
        .isEqualTo("a b_c_d e (x1)");
  }

  @Test
  void anEmptyTitleStillGivesAName() {
    assertThat(ComponentNames.folderName(" . ", "x1")).isEqualTo("Component (x1)");
  }

  @Test
  void aLongTitleIsShortenedBetweenCharactersAndTheNameIsAValidPath() {
    String name = ComponentNames.folderName("é".repeat(300), "abc12");

    assertThat(name).endsWith("é (abc12)");
    assertThat(
            name.substring(0, name.length() - " (abc12)".length()).getBytes(StandardCharsets.UTF_8))
        .hasSize(ComponentNames.MAX_TITLE_BYTES);
    assertThat(RelPath.isValid(name)).isTrue();
  }

  @Test
  void theNameIsNfc() {
    assertThat(ComponentNames.folderName("Cafe\u0301", "x1")).isEqualTo("Caf\u00e9 (x1)");
  }
}
