package io.github.osf4j.core;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.equivalentTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.nio.file.Path;

/** The core's dependency rules (ARCHITECTURE.md): arrows point inward, the domain does no I/O. */
@AnalyzeClasses(
    packages = "io.github.osf4j.core",
    importOptions = ImportOption.DoNotIncludeTests.class)
final class ArchitectureTest {

  /**
   * Only {@code core.local} touches files (a {@link Path} is a value the rest may pass on); no part
   * of the domain talks to the network.
   */
  @ArchTest
  static final ArchRule domainUsesNoNetworkAndNoFiles =
      noClasses()
          .that()
          .resideInAPackage("io.github.osf4j.core..")
          .and()
          .resideOutsideOfPackage("io.github.osf4j.core.local..")
          .should()
          .dependOnClassesThat(
              resideInAnyPackage("java.net..", "java.nio.file..")
                  .and(not(equivalentTo(Path.class)))
                  .as("java.net or java.nio.file other than the Path value"));

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

  /**
   * The engine ({@code core.sync}) sits on top: it uses the planner and the local folder, and
   * nothing below it (values, ports, {@code core.plan}, {@code core.local}) knows it.
   */
  @ArchTest
  static final ArchRule engineSitsOnTop =
      noClasses()
          .that()
          .resideInAPackage("io.github.osf4j.core..")
          .and()
          .resideOutsideOfPackage("io.github.osf4j.core.sync..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("io.github.osf4j.core.sync..");

  /**
   * The planner is a pure function of snapshots: it knows neither the local folder nor the engine.
   */
  @ArchTest
  static final ArchRule plannerIsPure =
      noClasses()
          .that()
          .resideInAPackage("io.github.osf4j.core.plan..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("io.github.osf4j.core.local..", "io.github.osf4j.core.sync..");
}
