package io.github.osf4j.testkit;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

final class ArchitectureTest {

  @Test
  void theEmulatorDependsOnNoOsf4jCoreClass() {
    JavaClasses classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
            .importPackagesOf(FakeOsfServer.class);
    noClasses()
        .that()
        .resideInAPackage("io.github.osf4j.testkit..")
        .and()
        .resideOutsideOfPackage("io.github.osf4j.testkit.fakes..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("io.github.osf4j.core..")
        .check(classes);
  }
}
