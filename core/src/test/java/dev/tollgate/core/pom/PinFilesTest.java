package dev.tollgate.core.pom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tollgate.core.pattern.GlobPattern;
import dev.tollgate.core.report.Finding;
import dev.tollgate.core.report.Location;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PinFilesTest {

  @Test
  void readsCoreExtensionsWithLinesAndColumns() {
    String xml =
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <extensions>
          <extension>
            <groupId>eu.maveniverse.maven.mimir</groupId>
            <artifactId>extension</artifactId>
            <version>0.7.4</version>
          </extension>
          <extension>
            <groupId>dev.tollgate</groupId>
            <artifactId>tollgate-extension</artifactId>
          </extension>
        </extensions>
        """;
    List<Declaration> d = parse(xml);
    assertThat(d).hasSize(2);
    assertThat(d.get(0).key()).isEqualTo("eu.maveniverse.maven.mimir:extension");
    assertThat(d.get(0).versionText()).isEqualTo("0.7.4");
    assertThat(d.get(0).where()).isEqualTo(Location.file(".mvn/extensions.xml", 6, 5));
    assertThat(d.get(1).versionText()).isNull();
    assertThat(d.get(1).source()).isEqualTo(VersionSource.NONE);
    assertThat(d.get(1).where()).isEqualTo(Location.file(".mvn/extensions.xml", 8, 3));
  }

  @Test
  void refusesDoctypesInsteadOfExpandingEntities() {
    String xxe =
        """
        <?xml version="1.0"?>
        <!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>
        <extensions><extension><groupId>&e;</groupId></extension></extensions>
        """;
    assertThatThrownBy(() -> parse(xxe))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith(".mvn/extensions.xml");
  }

  @Test
  void parsesThePolicyFileWithLineNumbers() {
    Map<String, PinPolicy.RequiredVersion> policy =
        PinPolicy.parseFile(
            "# org policy\n\ncom.diffplug.spotless:spotless-maven-plugin = 2.44.0\n",
            ".mvn/tollgate-pins.properties");
    assertThat(policy.get("com.diffplug.spotless:spotless-maven-plugin"))
        .isEqualTo(
            new PinPolicy.RequiredVersion(
                "2.44.0", Location.file(".mvn/tollgate-pins.properties", 3, 1)));
    assertThatThrownBy(() -> PinPolicy.parseFile("a:b=[1,2)\n", "p"))
        .hasMessageContaining("p:1")
        .hasMessageContaining("exact version");
    assertThatThrownBy(() -> PinPolicy.parseFile("spotless=1.0\n", "p"))
        .hasMessageContaining("groupId:artifactId=version");
  }

  @Test
  void allowListPatterns() {
    PinPolicy policy =
        new PinPolicy(
            Map.of(),
            Map.of(),
            List.of(GlobPattern.of("com.acme:*"), GlobPattern.of("org.x:tool")));
    assertThat(policy.snapshotAllowed("com.acme:anything")).isTrue();
    assertThat(policy.snapshotAllowed("org.x:tool")).isTrue();
    assertThat(policy.snapshotAllowed("org.x:other")).isFalse();
  }

  @Test
  void ownWrapperFileIsPinnedWithVersionAndChecksum() {
    String ok = "mavenVersion=3.9.11\ndistributionSha256Sum=" + "a".repeat(64) + "\n";
    assertThat(MavenWrapperCheck.check(ok, true)).isEmpty();
    List<Finding> noSum = MavenWrapperCheck.check("mavenVersion=3.9.11\n", true);
    assertThat(noSum)
        .singleElement()
        .extracting(Finding::message)
        .asString()
        .contains("no distributionSha256Sum");
    assertThat(MavenWrapperCheck.check("mavenVersion=3.9.11\n", false)).isEmpty();
  }

  @Test
  void apacheWrapperUrlNamesTheVersion() {
    String url =
        "distributionUrl=https\\://example.invalid/maven2/org/apache/maven/apache-maven/3.9.11/"
            + "apache-maven-3.9.11-bin.zip\n";
    assertThat(MavenWrapperCheck.check(url, false)).isEmpty();
    String snapshot = url.replace("3.9.11", "4.0.0-SNAPSHOT");
    assertThat(MavenWrapperCheck.check(snapshot, false))
        .singleElement()
        .satisfies(
            f -> assertThat(f.location()).isEqualTo(Location.file(MavenWrapperCheck.PATH, 1, 1)));
  }

  @Test
  void wrapperWithoutAnyVersion() {
    assertThat(MavenWrapperCheck.check("wrapperVersion=3.3.2\n", false))
        .singleElement()
        .extracting(Finding::message)
        .asString()
        .contains("names no Maven version");
  }

  private static List<Declaration> parse(String xml) {
    return CoreExtensionsFile.parse(
        new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), ".mvn/extensions.xml");
  }
}
