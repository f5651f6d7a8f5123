package io.github.osf4j.store.json;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.net.URISyntaxException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

final class ArchitectureTest {

  private static final JavaClasses MAIN =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPath(mainClasses());

  private static Path mainClasses() {
    try {
      return Path.of(JsonStores.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void nothingUsesPathToFileSoAnyFileSystemWorks() {
    noClasses().should().callMethod(Path.class, "toFile").check(MAIN);
  }

  @Test
  void nothingReadsTheWallClockDirectly() {
    noClasses()
        .should()
        .callMethod(java.time.Instant.class, "now")
        .orShould()
        .callMethod(System.class, "currentTimeMillis")
        .check(MAIN);
  }

  @Test
  void onlyTheIntendedTypesArePublic() {
    assertThat(
            MAIN.stream()
                .filter(c -> c.getModifiers().contains(JavaModifier.PUBLIC))
                .filter(c -> !c.getSimpleName().startsWith("Dagger"))
                .filter(c -> !c.getName().contains("_"))
                .map(JavaClass::getSimpleName))
        .containsExactlyInAnyOrder(
            "ConfigDirs",
            "JsonProjectStoreModule",
            "JsonStores",
            "JsonTokenStoreModule",
            "ProjectStoreFactory",
            "PyosfImport",
            "TokenStoreConfig");
  }
}
