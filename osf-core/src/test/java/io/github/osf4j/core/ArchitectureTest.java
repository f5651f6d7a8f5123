package io.github.osf4j.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The core's dependency rules (ARCHITECTURE.md): arrows point inward, the domain does no I/O. */
@AnalyzeClasses(
    packages = "io.github.osf4j.core",
    importOptions = ImportOption.DoNotIncludeTests.class)
final class ArchitectureTest {

  /** Only {@code core.local} touches files; no part of the domain talks to the network. */
  @ArchTest
  static final ArchRule domainUsesNoNetworkAndNoFiles =
      noClasses()
          .that()
          .resideInAPackage("io.github.osf4j.core..")
          .and()
          .resideOutsideOfPackage("io.github.osf4j.core.local..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("java.net..", "java.nio.file..");

  /** The core knows no adapter, no DI framework and no JSON library. */
  @ArchTest
  static final ArchRule coreDependsOnNoAdapterOrFramework =
      noClasses()
          .that()
          .resideInAPackage("io.github.osf4j.core..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "dagger..",
              "com.fasterxml..",
              "io.github.osf4j.http..",
              "io.github.osf4j.store..",
              "io.github.osf4j.cli..",
              "io.github.osf4j.testkit..");
}
