package io.github.osf4j.cli;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.nameMatching;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.nio.file.Paths;
import org.junit.jupiter.api.Test;

/**
 * The command is a client of the library: it reaches the engine through {@code Session} and {@code
 * Project}, and the adapters through their factories, modules and configs, never their internals
 * (Dagger's generated component may call a module's generated factories).
 */
final class ArchitectureTest {
  private final JavaClasses cli =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPath(Paths.get("target", "classes"));

  @Test
  void theEngineIsReachedThroughSessionAndProjectOnly() {
    noClasses()
        .should()
        .dependOnClassesThat(
            resideInAnyPackage("io.github.osf4j.core.sync..")
                .and(
                    not(
                        nameMatching(
                            "io\\.github\\.osf4j\\.core\\.sync\\.(Session|Project)(\\$.*)?"))))
        .check(cli);
  }

  @Test
  void thePlannerAndTheLocalFolderAreWiredFromTheirDefaultsOnly() {
    noClasses()
        .should()
        .dependOnClassesThat(
            resideInAnyPackage("io.github.osf4j.core.plan..", "io.github.osf4j.core.local..")
                .and(
                    not(
                        nameMatching(
                            "io\\.github\\.osf4j\\.core\\.(plan\\.Planner|local\\.NioLocalFiles)"))))
        .check(cli);
  }

  @Test
  void theHttpAdapterIsUsedThroughItsFactoryModuleAndConfigOnly() {
    noClasses()
        .that(not(nameMatching("io\\.github\\.osf4j\\.cli\\.Dagger.*")))
        .should()
        .dependOnClassesThat(
            resideInAnyPackage("io.github.osf4j.http..")
                .and(not(nameMatching("io\\.github\\.osf4j\\.http\\.OsfHttp\\w*(\\$.*)?"))))
        .check(cli);
  }
}
