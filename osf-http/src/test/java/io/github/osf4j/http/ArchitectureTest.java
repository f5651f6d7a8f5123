package io.github.osf4j.http;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.nio.file.Paths;
import org.junit.jupiter.api.Test;

final class ArchitectureTest {
  private final JavaClasses main =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPath(Paths.get("target", "classes"));

  @Test
  void onlyTheModuleFactoryAndConfigArePublic() {
    classes()
        .that()
        .arePublic()
        .and()
        .haveSimpleNameNotContaining("_")
        .should()
        .haveNameMatching("io\\.github\\.osf4j\\.http\\.OsfHttp\\w*(\\$Builder)?")
        .check(main);
  }

  @Test
  void injectionUsesJakartaAnnotationsOnly() {
    noClasses().should().dependOnClassesThat().resideInAPackage("javax.inject..").check(main);
  }

  @Test
  void implementationClassesAreFinal() {
    classes()
        .that()
        .areNotInterfaces()
        .and()
        .areNotEnums()
        .and()
        .areNotRecords()
        .and()
        .haveSimpleNameNotContaining("_")
        .and()
        .doNotHaveSimpleName("OsfHttpModule")
        .and()
        .areTopLevelClasses()
        .should()
        .haveModifier(JavaModifier.FINAL)
        .check(main);
  }

  @Test
  void theAdapterDependsOnNoOtherAdapterOrTheTestkit() {
    noClasses()
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "io.github.osf4j.testkit..", "io.github.osf4j.store..", "io.github.osf4j.cli..")
        .check(main);
  }
}
