package dev.tollgate.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.Architectures.LayeredArchitecture;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Keeps core's packages acyclic and layered, and JGit inside {@code core/git}. A new package must
 * be given a layer here; see docs/architecture.md for what each layer holds.
 */
class ArchitectureTest {

  private static final String CORE = "dev.tollgate.core";

  /**
   * The packages of core, bottom layer first. A package may import packages of lower layers only;
   * packages of one layer do not import each other.
   */
  static final List<List<String>> LAYERS =
      List.of(
          List.of("io", "secrets", "launch"),
          List.of("report", "ci", "pattern", "settings"),
          List.of("git"),
          List.of("commits", "files", "pom", "branch", "tools"),
          List.of("versioning"),
          List.of("changelog", "tasks"),
          List.of("release", "hooks"));

  /** Layers the test does not require to exist (none today). */
  private static final Set<String> OPTIONAL = Set.of();

  private static final JavaClasses CORE_CLASSES =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages(CORE);

  @Test
  void packagesHaveNoCycles() {
    slices().matching(CORE + ".(*)..").should().beFreeOfCycles().check(CORE_CLASSES);
  }

  @Test
  void importsOnlyGoDownTheLayers() {
    LayeredArchitecture architecture = layeredArchitecture().consideringOnlyDependenciesInLayers();
    for (List<String> layer : LAYERS) {
      for (String name : layer) {
        architecture =
            OPTIONAL.contains(name)
                ? architecture.optionalLayer(name).definedBy(CORE + "." + name + "..")
                : architecture.layer(name).definedBy(CORE + "." + name + "..");
      }
    }
    for (int i = 0; i < LAYERS.size(); i++) {
      List<String> above = new ArrayList<>();
      LAYERS.subList(i + 1, LAYERS.size()).forEach(above::addAll);
      for (String name : LAYERS.get(i)) {
        architecture =
            above.isEmpty()
                ? architecture.whereLayer(name).mayNotBeAccessedByAnyLayer()
                : architecture
                    .whereLayer(name)
                    .mayOnlyBeAccessedByLayers(above.toArray(String[]::new));
      }
    }
    architecture.check(CORE_CLASSES);
  }

  @Test
  void everyPackageHasALayer() {
    String[] known =
        LAYERS.stream()
            .flatMap(List::stream)
            .map(p -> CORE + "." + p + "..")
            .toArray(String[]::new);
    classes()
        .should()
        .resideInAnyPackage(known)
        .as("every class of core lives in a package listed in ArchitectureTest.LAYERS")
        .check(CORE_CLASSES);
  }

  @Test
  void onlyGitTalksToJgit() {
    noClasses()
        .that()
        .resideOutsideOfPackage(CORE + ".git..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("org.eclipse.jgit..")
        .as("only dev.tollgate.core.git uses JGit; go through GitRepository")
        .check(CORE_CLASSES);
  }

  @Test
  void coreHasNoMavenApi() {
    noClasses()
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.apache.maven..", "org.codehaus.plexus..")
        .as("core is a plain Java engine; Maven types belong in the plugins")
        .check(CORE_CLASSES);
  }
}
