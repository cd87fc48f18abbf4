package dev.tollgate.core.pom;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tollgate.core.report.Location;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ModelDeclarationsTest {

  private static final Path ROOT = Path.of("/work/project").toAbsolutePath();
  private static final Path ROOT_POM = ROOT.resolve("pom.xml");
  private static final Path CHILD_POM = ROOT.resolve("child/pom.xml");
  private static final Location PIN_AT = Location.file("pom.xml", 20, 5);

  private static final ModelSource IN_ROOT = new ModelSource("g:root:1", ROOT_POM.toString());
  private static final ModelSource IN_CHILD = new ModelSource("g:child:1", CHILD_POM.toString());
  private static final ModelSource OUTSIDE = new ModelSource("org.acme:parent:7", "/m2/parent.pom");
  private static final ModelSource SUPER_POM =
      new ModelSource("", "jar:file:/maven/lib/maven-model-builder.jar!/pom-4.0.0.xml");
  private static final ModelSource MAVEN_PARENT =
      new ModelSource("org.apache.maven:maven-parent:49", "/m2/maven-parent-49.pom", 33, 9);
  private static final ModelSource LIFECYCLE =
      new ModelSource("org.apache.maven:maven-core:3.9.11:default-lifecycle-bindings", null);

  // ---- builders -------------------------------------------------------------------------------

  private static PomElement written(String groupId, String artifactId, String version, int line) {
    return new PomElement(
        groupId, artifactId, version, null, Location.file("child/pom.xml", line, 9), List.of());
  }

  private static PomElement dependency(String artifactId, String version, int line) {
    return new PomElement(
        "d",
        artifactId,
        version,
        "d:" + artifactId + ":jar",
        Location.file("child/pom.xml", line, 13),
        List.of());
  }

  /** An effective plugin the child POM declares, its version read from {@code source}. */
  private static EffectiveElement effective(String key, String version, ModelSource source) {
    String[] ga = key.split(":");
    return new EffectiveElement(ga[0], ga[1], key, version, source, IN_CHILD, List.of());
  }

  /** An effective plugin only Maven's lifecycle binds, its version read from {@code source}. */
  private static EffectiveElement bound(String key, String version, ModelSource source) {
    String[] ga = key.split(":");
    return new EffectiveElement(ga[0], ga[1], key, version, source, SUPER_POM, List.of());
  }

  private static EffectiveElement effectiveDependency(
      String artifactId, String version, ModelSource source) {
    return new EffectiveElement(
        "d", artifactId, "d:" + artifactId + ":jar", version, source, null, List.of());
  }

  /**
   * A plugin g:{@code artifactId}:1.0 written in child/pom.xml on {@code line}, with dependencies.
   */
  private static PomElement writtenPlugin(String artifactId, int line, PomElement... dependencies) {
    return new PomElement(
        "g",
        artifactId,
        "1.0",
        null,
        Location.file("child/pom.xml", line, 9),
        List.of(dependencies));
  }

  /** An effective plugin g:{@code artifactId}:1.0 from the reactor root, with dependencies. */
  private static EffectiveElement effectivePlugin(
      String artifactId, EffectiveElement... dependencies) {
    return new EffectiveElement(
        "g", artifactId, "g:" + artifactId, "1.0", IN_ROOT, IN_ROOT, List.of(dependencies));
  }

  /** A builder for one module, defaults: a reactor jar module under child/ with no parent. */
  /** A section outside any profile, without plugins or plugin management. */
  private static PomSection sectionOf(
      List<PomElement> extensions,
      List<PomElement> reportPlugins,
      List<PomElement> dependencies,
      List<PomElement> managedDependencies) {
    return new PomSection(
        null, List.of(), List.of(), extensions, reportPlugins, dependencies, managedDependencies);
  }

  private static final class Module {
    Path file = CHILD_POM;
    String path = "child/pom.xml";
    boolean reactor = true;
    String packaging = "jar";
    ModuleModel.Parent parent;
    Set<String> active = Set.of();
    List<PomSection> sections = new ArrayList<>();
    List<PropertyDefinition> properties = new ArrayList<>();
    List<EffectiveElement> plugins = new ArrayList<>();
    List<EffectiveElement> managedPlugins = new ArrayList<>();
    List<EffectiveElement> reportPlugins = new ArrayList<>();
    List<EffectiveElement> dependencies = new ArrayList<>();
    List<EffectiveElement> managedDependencies = new ArrayList<>();
    Map<String, String> effectiveProperties = Map.of();
    Location pinAt;

    Module section(String profile, List<PomElement> plugins, List<PomElement> managed) {
      sections.add(
          new PomSection(profile, plugins, managed, List.of(), List.of(), List.of(), List.of()));
      return this;
    }

    ModuleModel build() {
      return new ModuleModel(
          file,
          path,
          "g",
          file.getParent().getFileName().toString(),
          "1.0-SNAPSHOT",
          parent,
          reactor,
          active,
          sections,
          properties,
          new EffectiveModel(
              packaging,
              plugins,
              managedPlugins,
              reportPlugins,
              dependencies,
              managedDependencies,
              effectiveProperties),
          pinAt);
    }
  }

  private static ReactorModel reactor(ModuleModel... modules) {
    return reactor(Map.of(), Map.of(), modules);
  }

  private static ReactorModel reactor(
      Map<String, String> system, Map<String, String> user, ModuleModel... modules) {
    return new ReactorModel(ROOT, List.of(modules), system, user, Set.of(), PIN_AT);
  }

  private static ModuleModel rootPom() {
    Module root = new Module();
    root.file = ROOT_POM;
    root.path = "pom.xml";
    root.reactor = false;
    return root.build();
  }

  private static List<Declaration> gather(ReactorModel reactor) {
    return ModelDeclarations.gather(reactor, false, false);
  }

  private static Declaration only(List<Declaration> declarations, String artifactId) {
    return declarations.stream()
        .filter(d -> d.artifactId().equals(artifactId))
        .reduce((a, b) -> b)
        .orElseThrow();
  }

  // ---- where a missing version comes from ------------------------------------------------------

  @Test
  void aWrittenVersionIsDeclared() {
    Module m = new Module().section(null, List.of(written("g", "p", "1.0", 5)), List.of());
    Declaration d = only(gather(reactor(m.build())), "p");
    assertThat(d.source()).isEqualTo(VersionSource.DECLARED);
    assertThat(d.versionText()).isEqualTo("1.0");
    assertThat(d.effectiveVersion()).isNull();
    assertThat(d.where()).isEqualTo(Location.file("child/pom.xml", 5, 9));
    assertThat(d.module()).isEqualTo("child");
    assertThat(d.kind()).isEqualTo(DeclarationKind.PLUGIN);
  }

  @Test
  void aPluginWithoutGroupBelongsToTheMavenPluginsGroup() {
    Module m =
        new Module().section(null, List.of(written(null, "maven-x-plugin", "1", 5)), List.of());
    assertThat(only(gather(reactor(m.build())), "maven-x-plugin").groupId())
        .isEqualTo("org.apache.maven.plugins");
  }

  @Test
  void aVersionManagedByAPomOfTheBuildIsManaged() {
    Module m = new Module().section(null, List.of(written("g", "p", null, 5)), List.of());
    m.plugins.add(effective("g:p", "2.0", IN_ROOT));
    Declaration d = only(gather(reactor(m.build(), rootPom())), "p");
    assertThat(d.source()).isEqualTo(VersionSource.MANAGED);
    assertThat(d.effectiveVersion()).isEqualTo("2.0");
  }

  @Test
  void aVersionFromAPomOutsideTheBuildIsInherited() {
    Module m = new Module().section(null, List.of(written("g", "p", null, 5)), List.of());
    m.plugins.add(effective("g:p", "2.0", OUTSIDE));
    Declaration d = only(gather(reactor(m.build())), "p");
    assertThat(d.source()).isEqualTo(VersionSource.INHERITED);
    assertThat(d.effectiveVersion()).isEqualTo("2.0");
  }

  @Test
  void aVersionFromMavenItselfIsMavenDefaultAndWithoutAnyModelNone() {
    for (ModelSource source : new ModelSource[] {SUPER_POM, LIFECYCLE}) {
      Module m = new Module().section(null, List.of(written("g", "p", null, 5)), List.of());
      m.plugins.add(effective("g:p", "2.0", source));
      Declaration d = only(gather(reactor(m.build())), "p");
      assertThat(d.source()).as(String.valueOf(source)).isEqualTo(VersionSource.MAVEN_DEFAULT);
      assertThat(d.effectiveVersion()).isEqualTo("2.0");
    }
    Module m = new Module().section(null, List.of(written("g", "p", null, 5)), List.of());
    m.plugins.add(effective("g:p", "2.0", null));
    Declaration d = only(gather(reactor(m.build())), "p");
    assertThat(d.source()).isEqualTo(VersionSource.NONE);
    assertThat(d.effectiveVersion()).isEqualTo("2.0");
  }

  @Test
  void noGroupIdIsSpecialMavensOwnProjectsAreProjectsLikeAnyOther() {
    // issue 12: a released org.apache.maven:maven-parent is an outside parent, not Maven itself
    for (ModelSource source :
        new ModelSource[] {
          MAVEN_PARENT, new ModelSource("org.apache.maven:maven-parent:49", null, 0, 0)
        }) {
      Module m = new Module().section(null, List.of(written("g", "p", null, 5)), List.of());
      m.plugins.add(effective("g:p", "2.0", source));
      Declaration d = only(gather(reactor(m.build())), "p");
      assertThat(d.source()).isEqualTo(VersionSource.INHERITED);
      assertThat(d.origin()).startsWith(source.location() == null ? "org.apache.maven" : "/m2/");
    }
  }

  @Test
  void nothingInTheEffectiveModelIsNone() {
    Module m = new Module().section(null, List.of(written("g", "p", null, 5)), List.of());
    m.plugins.add(effective("g:p", null, OUTSIDE));
    Declaration d = only(gather(reactor(m.build())), "p");
    assertThat(d.source()).isEqualTo(VersionSource.NONE);
    assertThat(d.effectiveVersion()).isNull();
    Module absent = new Module().section(null, List.of(written("g", "q", null, 5)), List.of());
    assertThat(only(gather(reactor(absent.build())), "q").source()).isEqualTo(VersionSource.NONE);
  }

  @Test
  void aPluginFallsBackToPluginManagementAndAVersionlessManagedEntryToWhatRuns() {
    Module m =
        new Module()
            .section(
                null, List.of(written("g", "p", null, 5)), List.of(written("g", "q", null, 9)));
    m.managedPlugins.add(effective("g:p", "3.0", OUTSIDE));
    m.plugins.add(effective("g:q", "4.0", OUTSIDE));
    List<Declaration> all = gather(reactor(m.build()));
    assertThat(only(all, "p").effectiveVersion()).isEqualTo("3.0");
    Declaration q = only(all, "q");
    assertThat(q.kind()).isEqualTo(DeclarationKind.MANAGED_PLUGIN);
    // Maven 4 leaves the version out of such an entry; the build plugin runs with 4.0
    assertThat(q.source()).isEqualTo(VersionSource.INHERITED);
    assertThat(q.effectiveVersion()).isEqualTo("4.0");
    Module unused = new Module().section(null, List.of(), List.of(written("g", "r", null, 9)));
    assertThat(only(gather(reactor(unused.build())), "r").source()).isEqualTo(VersionSource.NONE);
  }

  @Test
  void aReportPluginTakesItsReportingVersionElseTheBuildPlugins() {
    Module m = new Module();
    m.sections.add(
        sectionOf(
            List.of(),
            List.of(written(null, "r", null, 30), written("g", "s", null, 31)),
            List.of(),
            List.of()));
    m.reportPlugins.add(effective("org.apache.maven.plugins:r", "1.1", OUTSIDE));
    m.reportPlugins.add(effective("g:s", null, null));
    m.plugins.add(effective("g:s", "2.2", IN_ROOT));
    List<Declaration> all = gather(reactor(m.build(), rootPom()));
    assertThat(only(all, "r").kind()).isEqualTo(DeclarationKind.REPORT_PLUGIN);
    assertThat(only(all, "r").source()).isEqualTo(VersionSource.INHERITED);
    assertThat(only(all, "s").source()).isEqualTo(VersionSource.MANAGED);
    assertThat(only(all, "s").effectiveVersion()).isEqualTo("2.2");
  }

  @Test
  void extensionsAreDeclaredOrNone() {
    Module m = new Module();
    m.sections.add(
        sectionOf(
            List.of(written(null, "e", null, 3), written("x", "f", "1.0", 4)),
            List.of(),
            List.of(),
            List.of()));
    List<Declaration> all = gather(reactor(m.build()));
    assertThat(only(all, "e").groupId()).isEmpty();
    assertThat(only(all, "e").source()).isEqualTo(VersionSource.NONE);
    assertThat(only(all, "f").source()).isEqualTo(VersionSource.DECLARED);
    assertThat(only(all, "f").kind()).isEqualTo(DeclarationKind.EXTENSION);
  }

  // ---- dependencies -----------------------------------------------------------------------------

  @Test
  void pluginDependenciesLookInTheEffectivePluginOrItsManagement() {
    PomElement plugin = writtenPlugin("p", 5, dependency("a", null, 7), dependency("b", null, 8));
    PomElement managed = writtenPlugin("m", 10, dependency("c", null, 12));
    Module m = new Module().section(null, List.of(plugin), List.of(managed));
    m.plugins.add(
        effectivePlugin(
            "p", effectiveDependency("a", null, null), effectiveDependency("a", "5", OUTSIDE)));
    m.managedPlugins.add(effectivePlugin("m", effectiveDependency("c", "6", IN_ROOT)));
    List<Declaration> all = gather(reactor(m.build(), rootPom()));
    assertThat(only(all, "a").kind()).isEqualTo(DeclarationKind.PLUGIN_DEPENDENCY);
    assertThat(only(all, "a").source()).isEqualTo(VersionSource.INHERITED);
    assertThat(only(all, "a").effectiveVersion()).isEqualTo("5");
    assertThat(only(all, "b").source()).isEqualTo(VersionSource.NONE);
    assertThat(only(all, "c").source()).isEqualTo(VersionSource.MANAGED);
  }

  @Test
  void dependenciesOnlyWhenAskedForAndMatchedByManagementKey() {
    Module m = new Module();
    m.sections.add(
        sectionOf(
            List.of(),
            List.of(),
            List.of(dependency("a", null, 20)),
            List.of(dependency("b", null, 25))));
    m.dependencies.add(effectiveDependency("a", "1", OUTSIDE));
    m.managedDependencies.add(effectiveDependency("b", "2", IN_ROOT));
    ReactorModel reactor = reactor(m.build(), rootPom());
    assertThat(gather(reactor)).isEmpty();
    List<Declaration> all = ModelDeclarations.gather(reactor, false, true);
    assertThat(only(all, "a").kind()).isEqualTo(DeclarationKind.DEPENDENCY);
    assertThat(only(all, "a").source()).isEqualTo(VersionSource.INHERITED);
    assertThat(only(all, "b").kind()).isEqualTo(DeclarationKind.MANAGED_DEPENDENCY);
    assertThat(only(all, "b").source()).isEqualTo(VersionSource.MANAGED);
  }

  // ---- profiles ---------------------------------------------------------------------------------

  @Test
  void inactiveProfilesCountOnlyWithAllProfiles() {
    Module m =
        new Module()
            .section("on", List.of(written("g", "p", "1", 40)), List.of())
            .section("off", List.of(written("g", "q", "1", 50)), List.of());
    m.active = Set.of("on");
    ModuleModel module = m.build();
    assertThat(gather(reactor(module))).extracting(Declaration::artifactId).containsExactly("p");
    assertThat(only(gather(reactor(module)), "p").profile()).isEqualTo("on");
    assertThat(ModelDeclarations.gather(reactor(module), true, false))
        .extracting(Declaration::artifactId)
        .containsExactly("p", "q");
  }

  // ---- plugins only Maven binds -----------------------------------------------------------------

  @Test
  void lifecyclePluginsNoPomMentionsAreMavenDefaultsAtThePinLocation() {
    Module m = new Module();
    m.pinAt = Location.file("child/pom.xml", 9, 3);
    m.plugins.add(bound("org.apache.maven.plugins:maven-jar-plugin", "3.4.1", SUPER_POM));
    Declaration d = only(gather(reactor(m.build())), "maven-jar-plugin");
    assertThat(d.source()).isEqualTo(VersionSource.MAVEN_DEFAULT);
    assertThat(d.effectiveVersion()).isEqualTo("3.4.1");
    assertThat(d.where()).isEqualTo(m.pinAt);
    assertThat(d.pinHome().pom()).isEqualTo("child/pom.xml");
    assertThat(d.module()).isEqualTo("child");
    assertThat(d.usedBy()).containsExactly("child");
    assertThat(d.versionText()).isNull();
  }

  @Test
  void lifecyclePluginsPinnedOutsideOrByAnExtensionPackagingAreInherited() {
    Module outside = new Module();
    outside.plugins.add(
        new EffectiveElement("g", "p", "g:p", "1.0", OUTSIDE, SUPER_POM, List.of()));
    assertThat(only(gather(reactor(outside.build())), "p").source())
        .isEqualTo(VersionSource.INHERITED);
    Module bundle = new Module();
    bundle.packaging = "bundle";
    bundle.plugins.add(bound("g:p", "1.0", LIFECYCLE));
    bundle.plugins.add(bound("g:floating", null, LIFECYCLE));
    bundle.plugins.add(bound("g:superpom", "2.0", SUPER_POM));
    List<Declaration> all = gather(reactor(bundle.build()));
    // the extension's mapping pins p; a mapping without a version floats; the super POM is Maven's
    assertThat(all).extracting(Declaration::artifactId).containsExactly("floating", "superpom");
    assertThat(only(all, "floating").source()).isEqualTo(VersionSource.NONE);
    assertThat(only(all, "superpom").source()).isEqualTo(VersionSource.MAVEN_DEFAULT);
  }

  @Test
  void pluginsManagedInTheBuildAreCheckedWhereWrittenAndOutsideOnesByTheirValue() {
    Module m = new Module();
    m.plugins.add(
        new EffectiveElement("g", "declared", "g:declared", "1", OUTSIDE, OUTSIDE, List.of()));
    m.plugins.add(
        new EffectiveElement("g", "managed", "g:managed", "1", IN_ROOT, SUPER_POM, List.of()));
    List<Declaration> all = gather(reactor(m.build(), rootPom()));
    assertThat(all).extracting(Declaration::artifactId).containsExactly("declared");
    assertThat(all.get(0).source()).isEqualTo(VersionSource.INHERITED);
    assertThat(all.get(0).usedBy()).containsExactly("child");
  }

  @Test
  void parentsOutsideTheReactorAreReadButTheirLifecycleIsNot() {
    Module parent = new Module();
    parent.file = ROOT_POM;
    parent.path = "pom.xml";
    parent.reactor = false;
    parent.plugins.add(bound("g:p", "1.0", SUPER_POM));
    parent.section(null, List.of(written("g", "q", "1", 3)), List.of());
    List<Declaration> all = gather(reactor(parent.build()));
    assertThat(all).extracting(Declaration::artifactId).containsExactly("q");
    assertThat(all.get(0).module()).isEqualTo(".");
  }

  // ---- properties -------------------------------------------------------------------------------

  @Test
  void propertiesFollowMavensPrecedence() {
    Module parent = new Module();
    parent.file = ROOT_POM;
    parent.path = "pom.xml";
    parent.reactor = false;
    parent.properties.add(new PropertyDefinition("both", "parent", Location.file("pom.xml", 7, 5)));
    parent.properties.add(
        new PropertyDefinition("inherited", "raw", Location.file("pom.xml", 8, 5)));
    Module child = new Module().section(null, List.of(written("g", "p", "${x}", 5)), List.of());
    child.parent = new ModuleModel.Parent("g", "root", "7", ROOT_POM);
    child.properties.add(
        new PropertyDefinition("both", "child", Location.file("child/pom.xml", 4, 5)));
    child.effectiveProperties =
        Map.of("both", "child", "inherited", "effective", "only.effective", "e", "sys", "pom");
    ReactorModel reactor =
        reactor(
            Map.of("sys", "system", "only.system", "s", "user", "system"),
            Map.of("user", "cli", "project.version", "cli-version"),
            child.build(),
            parent.build());
    Map<String, PropertyDefinition> p = only(gather(reactor), "p").properties();
    assertThat(p.get("only.system").value()).isEqualTo("s");
    assertThat(p.get("sys").value()).isEqualTo("pom");
    assertThat(p.get("sys").declaredAt()).isEqualTo(Location.nowhere());
    assertThat(p.get("only.effective").value()).isEqualTo("e");
    assertThat(p.get("both").value()).isEqualTo("child");
    assertThat(p.get("both").declaredAt()).isEqualTo(Location.file("child/pom.xml", 4, 5));
    assertThat(p.get("inherited").value()).isEqualTo("effective");
    assertThat(p.get("inherited").declaredAt()).isEqualTo(Location.file("pom.xml", 8, 5));
    assertThat(p.get("project.groupId").value()).isEqualTo("g");
    assertThat(p.get("pom.version").value()).isEqualTo("1.0-SNAPSHOT");
    assertThat(p.get("pom.version").declaredAt()).isEqualTo(Location.file("child/pom.xml"));
    assertThat(p.get("parent.version").value()).isEqualTo("7");
    assertThat(p.get("project.parent.version").value()).isEqualTo("7");
    assertThat(p.get("user").value()).isEqualTo("cli");
    assertThat(p.get("project.version").value()).isEqualTo("cli-version");
  }

  @Test
  void aParentOutsideTheBuildContributesNoDeclarations() {
    Module child = new Module().section(null, List.of(written("g", "p", "${v}", 5)), List.of());
    child.parent = new ModuleModel.Parent("org.acme", "parent", "7", null);
    child.effectiveProperties = Map.of("v", "1.0");
    Map<String, PropertyDefinition> p = only(gather(reactor(child.build())), "p").properties();
    assertThat(p.get("v").declaredAt()).isEqualTo(Location.nowhere());
    assertThat(p).doesNotContainKey("project.parent.groupId");
  }

  // ---- issue 12: what a module runs -------------------------------------------------------------

  @Test
  void aChildOverridingAVersionPropertyIsJudgedAtItsOverride() {
    Module parent = new Module();
    parent.file = ROOT_POM;
    parent.path = "pom.xml";
    parent.section(
        null,
        List.of(),
        List.of(
            new PomElement(
                "g", "p", "${over.version}", null, Location.file("pom.xml", 21, 11), List.of())));
    parent.properties.add(
        new PropertyDefinition("over.version", "3.1.0", Location.file("pom.xml", 8, 5)));
    parent.effectiveProperties = Map.of("over.version", "3.1.0");
    Module child = new Module();
    child.parent = new ModuleModel.Parent("g", "root", "1.0-SNAPSHOT", ROOT_POM);
    child.properties.add(
        new PropertyDefinition(
            "over.version", "3.7-SNAPSHOT", Location.file("child/pom.xml", 11, 5)));
    child.effectiveProperties = Map.of("over.version", "3.7-SNAPSHOT");
    child.plugins.add(
        new EffectiveElement(
            "g",
            "p",
            "g:p",
            "3.7-SNAPSHOT",
            new ModelSource("g:root:1.0-SNAPSHOT", ROOT_POM.toString(), 21, 11),
            null,
            List.of()));
    List<Declaration> all = gather(reactor(parent.build(), child.build()));
    Declaration override =
        all.stream().filter(d -> "child".equals(d.module())).findFirst().orElseThrow();
    assertThat(override.source()).isEqualTo(VersionSource.DECLARED);
    assertThat(override.where()).isEqualTo(Location.file("child/pom.xml", 11, 5));
    assertThat(PropertyResolution.resolve(override.versionText(), override.properties()).value())
        .isEqualTo("3.7-SNAPSHOT");
  }

  @Test
  void allProfilesSeesAProfilesOwnPropertiesAndPluginManagement() {
    Module m = new Module();
    m.sections.add(
        new PomSection(
            "ci",
            List.of(written("g", "p", "${p.version}", 40), written("g", "q", null, 41)),
            List.of(written("g", "q", "2.0", 45)),
            List.of(),
            List.of(),
            List.of(),
            List.of(),
            List.of(
                new PropertyDefinition(
                    "p.version", "1.0", Location.file("child/pom.xml", 50, 7)))));
    List<Declaration> all = ModelDeclarations.gather(reactor(m.build()), true, false);
    Declaration p = only(all, "p");
    assertThat(PropertyResolution.resolve(p.versionText(), p.properties()).value())
        .isEqualTo("1.0");
    Declaration q =
        all.stream()
            .filter(d -> d.artifactId().equals("q") && d.kind() == DeclarationKind.PLUGIN)
            .findFirst()
            .orElseThrow();
    assertThat(q.source()).isEqualTo(VersionSource.MANAGED);
  }

  @Test
  void pinsOfAModuleWithAnOutsideParentBelongInItsOwnPom() {
    Module parent = new Module();
    parent.file = ROOT_POM;
    parent.path = "pom.xml";
    parent.pinAt = PIN_AT;
    Module child = new Module();
    child.parent = new ModuleModel.Parent("org.apache.maven", "maven-parent", "49", null);
    child.pinAt = Location.file("child/pom.xml", 30, 5);
    child.plugins.add(bound("g:p", "1.0-SNAPSHOT", MAVEN_PARENT));
    Declaration d = only(gather(reactor(parent.build(), child.build())), "p");
    assertThat(d.source()).isEqualTo(VersionSource.INHERITED);
    assertThat(d.where()).isEqualTo(child.pinAt);
    assertThat(d.pinHome().outsideParent()).isEqualTo("org.apache.maven:maven-parent:49");
    assertThat(d.origin()).isEqualTo("/m2/maven-parent-49.pom:33:9");
  }
}
