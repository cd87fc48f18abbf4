package dev.tollgate.core.pom;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tollgate.core.report.Finding;
import dev.tollgate.core.report.Location;
import dev.tollgate.core.report.Report;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PinCheckTest {

  @TempDir Path root;

  private static final Location PIN_AT = Location.file("pom.xml", 40, 5);

  /**
   * maven-install-plugin at the version Maven binds by default, as module {@code module} uses it.
   */
  /** A plugin only Maven's lifecycle brings, as the effective pass merges it over modules. */
  private static Declaration mavenDefaultInstallPlugin(String... modules) {
    return new Declaration(
        DeclarationKind.PLUGIN,
        "org.apache.maven.plugins",
        "maven-install-plugin",
        null,
        VersionSource.MAVEN_DEFAULT,
        "3.1.2",
        PIN_AT,
        null,
        modules[0],
        Map.of(),
        null,
        new PinHome(PIN_AT, "pom.xml", null),
        List.of(modules));
  }

  private static Declaration plugin(String ga, String version, VersionSource source, int line) {
    return plugin(ga, version, source, line, Map.of());
  }

  private static Declaration plugin(
      String ga,
      String version,
      VersionSource source,
      int line,
      Map<String, PropertyDefinition> p) {
    String[] parts = ga.split(":");
    return new Declaration(
        DeclarationKind.PLUGIN,
        parts[0],
        parts[1],
        version,
        source,
        null,
        Location.file("m/pom.xml", line, 9),
        null,
        "m",
        p);
  }

  private Report run(List<Declaration> declarations, PinPolicy policy) throws IOException {
    return PinCheck.run(
        new PinRequest(
            root,
            declarations,
            Set.of("com.acme:own-plugin"),
            policy,
            null,
            false,
            PIN_AT,
            "3.9.11",
            null,
            true,
            List.of()));
  }

  @Test
  void exactVersionsAndManagedDeclarationsPass() throws IOException {
    Report report =
        run(
            List.of(
                plugin("a:b", "1.0", VersionSource.DECLARED, 3),
                plugin("a:c", null, VersionSource.MANAGED, 4),
                plugin("com.acme:own-plugin", "1.0-SNAPSHOT", VersionSource.DECLARED, 5)),
            PinPolicy.none());
    assertThat(report.findings()).isEmpty();
  }

  @Test
  void pluginBoundByItsOwnCoreExtensionTakesTheExtensionsVersion() throws IOException {
    Declaration injected =
        new Declaration(
            DeclarationKind.PLUGIN,
            "dev.tollgate",
            "quality-maven-plugin",
            null,
            VersionSource.MAVEN_DEFAULT,
            "0.1.0",
            PIN_AT,
            null,
            ".",
            Map.of(),
            null,
            null,
            List.of("."));
    assertThat(run(List.of(injected), PinPolicy.none()).findings())
        .extracting(f -> f.ruleId())
        .containsExactly("maven-default-version");

    java.nio.file.Files.createDirectories(root.resolve(".mvn"));
    java.nio.file.Files.writeString(
        root.resolve(".mvn/extensions.xml"),
        "<extensions>\n  <extension>\n    <groupId>dev.tollgate</groupId>\n"
            + "    <artifactId>quality-maven-plugin</artifactId>\n"
            + "    <version>1.2.3</version>\n  </extension>\n</extensions>\n");
    assertThat(run(List.of(injected), PinPolicy.none()).findings()).isEmpty();
  }

  @Test
  void everyUnpinnedKindAtItsLine() throws IOException {
    Map<String, PropertyDefinition> props =
        Map.of(
            "tool.version",
            new PropertyDefinition("tool.version", "RELEASE", Location.file("pom.xml", 17, 5)));
    Report report =
        run(
            List.of(
                plugin("a:missing", null, VersionSource.NONE, 10),
                plugin("a:range", "[1,2)", VersionSource.DECLARED, 11),
                plugin("a:snap", "1.0-SNAPSHOT", VersionSource.DECLARED, 12),
                plugin("a:prop", "${tool.version}", VersionSource.DECLARED, 13, props),
                plugin("a:undef", "${nope}", VersionSource.DECLARED, 14)),
            PinPolicy.none());
    assertThat(report.findings())
        .extracting(f -> f.ruleId() + "@" + f.location().display())
        .containsExactly(
            "missing-version@m/pom.xml:10:9",
            "version-range@m/pom.xml:11:9",
            "snapshot-version@m/pom.xml:12:9",
            "dynamic-version@m/pom.xml:13:9",
            "undefined-property@m/pom.xml:14:9");
    assertThat(report.findings().get(3).message()).contains("declared at pom.xml:17:5");
    assertThat(report.findings().get(0).hint()).contains("pluginManagement in pom.xml:40:5");
  }

  @Test
  void mavenDefaultsAreReportedOncePerPluginWithTheVersionInUse() throws IOException {
    Report report = run(List.of(mavenDefaultInstallPlugin("a", "b")), PinPolicy.none());
    assertThat(report.findings())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.ruleId()).isEqualTo("maven-default-version");
              assertThat(f.location()).isEqualTo(PIN_AT);
              assertThat(f.message()).contains("used by 2 modules");
              assertThat(f.hint()).contains("<version>3.1.2</version>").contains("pom.xml:40:5");
            });
  }

  @Test
  void policyDriftBannedAndPolicyFile() throws IOException {
    Files.createDirectories(root.resolve(".mvn"));
    Files.writeString(root.resolve(".mvn/tollgate-pins.properties"), "# org\na:b=2.44.0\n");
    PinPolicy policy = new PinPolicy(Map.of(), Map.of("x:evil", "runs arbitrary code"), List.of());
    Report report =
        PinCheck.run(
            new PinRequest(
                root,
                List.of(
                    plugin("a:b", "2.43.0", VersionSource.DECLARED, 7),
                    plugin("x:evil", "1.0", VersionSource.DECLARED, 8)),
                Set.of(),
                policy,
                ".mvn/tollgate-pins.properties",
                false,
                PIN_AT,
                "3.9.11",
                null,
                true,
                List.of()));
    assertThat(report.findings())
        .extracting(Finding::message)
        .containsExactly(
            "plugin a:b: found 2.43.0, policy requires 2.44.0"
                + " (.mvn/tollgate-pins.properties:2:1)",
            "plugin x:evil is banned: runs arbitrary code");
  }

  @Test
  void readsExtensionsAndWrapperFromTheRoot() throws IOException {
    Files.createDirectories(root.resolve(".mvn/wrapper"));
    Files.writeString(
        root.resolve(".mvn/extensions.xml"),
        "<extensions>\n  <extension>\n    <groupId>g</groupId>\n    <artifactId>a</artifactId>\n"
            + "    <version>LATEST</version>\n  </extension>\n</extensions>\n");
    Files.writeString(
        root.resolve(".mvn/wrapper/maven-wrapper.properties"), "mavenVersion=3.9.11\n");
    Report report = run(List.of(), PinPolicy.none());
    assertThat(report.findings())
        .extracting(f -> f.ruleId() + "@" + f.location().display())
        .containsExactly(
            "dynamic-version@.mvn/extensions.xml:5:5",
            "maven-wrapper@.mvn/wrapper/maven-wrapper.properties:1");
  }

  @Test
  void ignoredPluginsAreKeptAtInfoWithTheirReason() throws IOException {
    PinPolicy policy =
        new PinPolicy(
            Map.of(),
            Map.of(),
            List.of(),
            Map.of(dev.tollgate.core.pattern.GlobPattern.of("a:legacy-*"), "retired in Q3"),
            List.of());
    Report report =
        run(List.of(plugin("a:legacy-tool", "[1,2)", VersionSource.DECLARED, 3)), policy);
    assertThat(report.findings())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.severity()).isEqualTo(dev.tollgate.core.report.Severity.INFO);
              assertThat(f.message()).endsWith("(ignored: retired in Q3)");
            });
  }

  @Test
  void commandLinePluginsMustBePinnedInTheBuild() throws IOException {
    PinPolicy policy =
        new PinPolicy(
            Map.of(),
            Map.of(),
            List.of(),
            Map.of(),
            List.of("org.codehaus.mojo:versions-maven-plugin", "a:b"));
    Report report = run(List.of(plugin("a:b", "1.0", VersionSource.DECLARED, 3)), policy);
    assertThat(report.findings())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.ruleId()).isEqualTo("missing-version");
              assertThat(f.location()).isEqualTo(PIN_AT);
              assertThat(f.message())
                  .contains("versions-maven-plugin is run from the command line");
            });
  }

  @Test
  void aPolicyFileWithAKeyTwiceIsAnError() {
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> PinPolicy.parseFile("a:b=1.0\n# c\na:b=2.0\n", ".mvn/tollgate-pins.properties"))
        .hasMessageContaining(".mvn/tollgate-pins.properties:3: a:b is already required at")
        .hasMessageContaining("keep one version");
  }

  @Test
  void theMavenVersionCanBeRequiredAndDriftIsSummarised() throws IOException {
    Files.createDirectories(root.resolve(".mvn/wrapper"));
    Files.writeString(
        root.resolve(".mvn/wrapper/maven-wrapper.properties"),
        "mavenVersion=3.9.9\ndistributionSha256Sum=" + "a".repeat(64) + "\n");
    PinPolicy policy =
        new PinPolicy(
            Map.of(
                "org.apache.maven:apache-maven",
                new PinPolicy.RequiredVersion("3.9.11", Location.nowhere()),
                "a:b",
                new PinPolicy.RequiredVersion("2.0", Location.nowhere()),
                "a:c",
                new PinPolicy.RequiredVersion("1.0", Location.nowhere())),
            Map.of(),
            List.of());
    PinCheck.Result result =
        PinCheck.result(
            new PinRequest(
                root,
                List.of(plugin("a:b", "1.0", VersionSource.DECLARED, 3)),
                Set.of(),
                policy,
                null,
                false,
                PIN_AT,
                "3.9.11",
                null,
                true,
                List.of()));
    assertThat(result.report().findings())
        .extracting(f -> f.ruleId() + "@" + f.location().display())
        .containsExactlyInAnyOrder(
            "policy-drift@.mvn/wrapper/maven-wrapper.properties:1:1", "policy-drift@m/pom.xml:3:9");
    List<String> table = PinCheck.driftTable(result.drift());
    assertThat(table).hasSize(4);
    assertThat(table.get(1)).startsWith("a:b").endsWith("1.0 at m/pom.xml:3:9");
    assertThat(table.get(2)).contains("3.9.9 at .mvn/wrapper/maven-wrapper.properties:1:1");
    assertThat(table.get(3)).startsWith("a:c").endsWith("ok");
  }
}
