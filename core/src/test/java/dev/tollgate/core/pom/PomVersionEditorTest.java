package dev.tollgate.core.pom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Golden tests: each expected file is the input with exactly the version text replaced, compared
 * byte for byte.
 */
class PomVersionEditorTest {

  @TempDir Path dir;

  private static final String ROOT_CRLF_BOM =
      "\uFEFF<?xml version=\"1.0\"   encoding='UTF-8' ?>\r\n"
          + "<!DOCTYPE project>\r\n"
          + "<!-- old: <version>0.9.0</version> and <version>1.0.0-SNAPSHOT</version> -->\r\n"
          + "<project xmlns=\"http://maven.apache.org/POM/4.0.0\"   b='1'  a=\"2\">\r\n"
          + "\t<modelVersion>4.0.0</modelVersion>\r\n"
          + "\t<groupId>g</groupId>\r\n"
          + "\t<artifactId>root</artifactId>\r\n"
          + "\t<version>1.0.0-SNAPSHOT</version>  <!-- <version>here</version> -->\r\n"
          + "\t<packaging>pom</packaging>\r\n"
          + "\t<name>R &amp; D &#169; <![CDATA[<raw> & 1.0.0-SNAPSHOT]]></name>\r\n"
          + "\t<modules>\r\n"
          + "\t\t<module>a</module>\r\n"
          + "\t\t<module>b</module>\r\n"
          + "\t</modules>\r\n"
          + "\t<properties><other.version>1.0.0-SNAPSHOT</other.version><empty/></properties>\r\n"
          + "\t<dependencyManagement><dependencies>\r\n"
          + "\t\t<dependency><groupId>g</groupId><artifactId>a</artifactId>"
          + "<version>1.0.0-SNAPSHOT</version></dependency>\r\n"
          + "\t\t<dependency><groupId>x</groupId><artifactId>a</artifactId>"
          + "<version>1.0.0-SNAPSHOT</version></dependency>\r\n"
          + "\t</dependencies></dependencyManagement>\r\n"
          + "</project>\r\n";

  private static final String PARENT_ONLY =
      "<project>\n"
          + "    <parent>\n"
          + "        <groupId>g</groupId>\n"
          + "        <artifactId>root</artifactId>\n"
          + "        <version>1.0.0-SNAPSHOT</version>\n"
          + "        <relativePath>..</relativePath>\n"
          + "    </parent>\n"
          + "    <artifactId>a</artifactId>\n"
          + "    <dependencies>\n"
          + "        <dependency>\n"
          + "            <groupId>${project.groupId}</groupId>\n"
          + "            <artifactId>b</artifactId>\n"
          + "            <version>${project.version}</version>\n"
          + "        </dependency>\n"
          + "        <dependency>\n"
          + "            <groupId>org.other</groupId>\n"
          + "            <artifactId>b</artifactId>\n"
          + "            <version>1.0.0-SNAPSHOT</version>\n"
          + "        </dependency>\n"
          + "    </dependencies>\n"
          + "</project>\n";

  private static final String OWN_VERSION_PLUGIN =
      "<project>\n"
          + "  <parent><groupId>g</groupId><artifactId>root</artifactId>"
          + "<version>1.0.0-SNAPSHOT</version></parent>\n"
          + "  <artifactId>b</artifactId>\n"
          + "  <version>1.0.0-SNAPSHOT</version>\n"
          + "  <build><plugins><plugin>\n"
          + "    <groupId>g</groupId><artifactId>a</artifactId><version>1.0.0-SNAPSHOT</version>\n"
          + "    <configuration><version>1.0.0-SNAPSHOT</version></configuration>\n"
          + "  </plugin></plugins></build>\n"
          + "  <profiles><profile><id>p</id><dependencies><dependency>\n"
          + "    <groupId>g</groupId><artifactId>root</artifactId>"
          + "<version>${other.version}</version>\n"
          + "  </dependency></dependencies></profile></profiles>\n"
          + "</project>\n";

  @Test
  void editsOnlyTheVersionTextKeepingBomCrlfTabsCommentsEntitiesAndCdata() throws Exception {
    Map<String, byte[]> out =
        bump(
            Map.of(
                "pom.xml",
                ROOT_CRLF_BOM,
                "a/pom.xml",
                PARENT_ONLY,
                "b/pom.xml",
                OWN_VERSION_PLUGIN),
            "1.1.0");

    String root =
        ROOT_CRLF_BOM
            .replace(
                "\t<version>1.0.0-SNAPSHOT</version>  <!--", "\t<version>1.1.0</version>  <!--")
            .replace(
                "<other.version>1.0.0-SNAPSHOT</other.version>",
                "<other.version>1.1.0</other.version>")
            .replace(
                "<artifactId>a</artifactId><version>1.0.0-SNAPSHOT</version></dependency>\r\n\t\t<dependency><groupId>x",
                "<artifactId>a</artifactId><version>1.1.0</version></dependency>\r\n\t\t<dependency><groupId>x");
    assertThat(new String(out.get("pom.xml"), StandardCharsets.UTF_8)).isEqualTo(root);
    assertThat(out.get("pom.xml")).isEqualTo(root.getBytes(StandardCharsets.UTF_8));

    String a =
        PARENT_ONLY.replaceFirst(
            "<version>1.0.0-SNAPSHOT</version>\n        <relativePath>",
            "<version>1.1.0</version>\n        <relativePath>");
    assertThat(new String(out.get("a/pom.xml"), StandardCharsets.UTF_8)).isEqualTo(a);

    String b =
        OWN_VERSION_PLUGIN
            .replace(
                "<artifactId>root</artifactId><version>1.0.0-SNAPSHOT</version></parent>",
                "<artifactId>root</artifactId><version>1.1.0</version></parent>")
            .replace(
                "  <version>1.0.0-SNAPSHOT</version>\n  <build>",
                "  <version>1.1.0</version>\n  <build>")
            .replace(
                "<artifactId>a</artifactId><version>1.0.0-SNAPSHOT</version>\n    <configuration>",
                "<artifactId>a</artifactId><version>1.1.0</version>\n    <configuration>");
    assertThat(new String(out.get("b/pom.xml"), StandardCharsets.UTF_8)).isEqualTo(b);
  }

  @Test
  void ciFriendlyRevisionAndChangelistCarryTheVersion() throws Exception {
    String root =
        "<project>\r\n"
            + "  <groupId>g</groupId><artifactId>root</artifactId>\r\n"
            + "  <version>${revision}${changelist}</version>\r\n"
            + "  <modules><module>m</module></modules>\r\n"
            + "  <properties>\r\n"
            + "    <revision>1.4.0</revision>\r\n"
            + "    <changelist>-SNAPSHOT</changelist>\r\n"
            + "  </properties>\r\n"
            + "</project>\r\n";
    String module =
        "<project><parent><groupId>g</groupId><artifactId>root</artifactId>"
            + "<version>${revision}${changelist}</version></parent>"
            + "<artifactId>m</artifactId></project>";
    Map<String, byte[]> release = bump(Map.of("pom.xml", root, "m/pom.xml", module), "1.4.0");
    assertThat(text(release.get("pom.xml")))
        .isEqualTo(root.replace("<changelist>-SNAPSHOT</changelist>", "<changelist></changelist>"));
    assertThat(text(release.get("m/pom.xml"))).isEqualTo(module);

    write("pom.xml", text(release.get("pom.xml")));
    Map<String, byte[]> dev = bump(Map.of("m/pom.xml", module), "1.4.1-SNAPSHOT");
    assertThat(text(dev.get("pom.xml")))
        .isEqualTo(root.replace("<revision>1.4.0</revision>", "<revision>1.4.1</revision>"));
  }

  @Test
  void plainRevisionPropertyIsSetToTheWholeVersion() throws Exception {
    String root =
        "<project><groupId>g</groupId><artifactId>r</artifactId><version>${revision}</version>"
            + "<properties>\t<revision>2.0.0-SNAPSHOT</revision></properties></project>";
    Map<String, byte[]> out = bump(Map.of("pom.xml", root), "2.0.0");
    assertThat(text(out.get("pom.xml"))).isEqualTo(root.replace("2.0.0-SNAPSHOT", "2.0.0"));
  }

  @Test
  void reactorPomsFollowModulesAndProfileModules() throws Exception {
    write(
        "pom.xml",
        "<project><groupId>g</groupId><artifactId>r</artifactId><version>1</version>"
            + "<modules><module>a</module></modules><profiles><profile><modules>"
            + "<module>c/pom.xml</module></modules></profile></profiles></project>");
    write("a/pom.xml", "<project><artifactId>a</artifactId></project>");
    write("c/pom.xml", "<project><artifactId>c</artifactId></project>");
    assertThat(PomVersionEditor.reactorPoms(dir.resolve("pom.xml")))
        .containsExactly(
            dir.resolve("pom.xml"), dir.resolve("a/pom.xml"), dir.resolve("c/pom.xml"));
  }

  @Test
  void missingModuleAndNonPomAreRefusedWithTheFix() throws Exception {
    write("pom.xml", "<project><modules><module>gone</module></modules></project>");
    assertThatThrownBy(() -> PomVersionEditor.reactorPoms(dir.resolve("pom.xml")))
        .hasMessageContaining("module 'gone' has no POM")
        .hasMessageContaining("fix the <module> entry");
    write("x.xml", "<settings/>");
    assertThatThrownBy(() -> PomVersionEditor.setVersion(List.of(dir.resolve("x.xml")), "1"))
        .hasMessageContaining("has no <project> root element");
    write("y.xml", "<project><version>1</version>");
    assertThatThrownBy(() -> PomVersionEditor.setVersion(List.of(dir.resolve("y.xml")), "1"))
        .isInstanceOf(PomEditException.class)
        .hasMessageContaining("not well-formed");
  }

  @Test
  void unchangedWhenTheVersionIsAlreadySet() throws Exception {
    String root =
        "<project><groupId>g</groupId><artifactId>r</artifactId><version>3</version></project>";
    write("pom.xml", root);
    List<PomEdit> edits = PomVersionEditor.setVersion(List.of(dir.resolve("pom.xml")), "3");
    assertThat(edits).singleElement().satisfies(e -> assertThat(e.changed()).isFalse());
  }

  private Map<String, byte[]> bump(Map<String, String> files, String version) throws Exception {
    for (Map.Entry<String, String> f : files.entrySet()) {
      write(f.getKey(), f.getValue());
    }
    List<PomEdit> edits =
        PomVersionEditor.setVersion(PomVersionEditor.reactorPoms(dir.resolve("pom.xml")), version);
    return edits.stream()
        .collect(
            Collectors.toMap(
                e -> dir.relativize(e.path()).toString().replace('\\', '/'), PomEdit::after));
  }

  private void write(String name, String content) throws IOException {
    Path file = dir.resolve(name);
    Files.createDirectories(file.getParent());
    Files.write(file, content.getBytes(StandardCharsets.UTF_8));
  }

  private static String text(byte[] bytes) {
    return new String(bytes, StandardCharsets.UTF_8);
  }
}
