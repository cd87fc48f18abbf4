package dev.tollgate.core.pom;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tollgate.core.report.Location;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class PluginManagementEditorTest {

  private static final Path POM = Path.of("pom.xml");
  private static final MissingPin INSTALL =
      new MissingPin(
          "pom.xml",
          Location.file("pom.xml"),
          "org.apache.maven.plugins",
          "maven-install-plugin",
          "3.1.4");

  private static String edit(String text, MissingPin... pins) throws PomEditException {
    return new String(
        PluginManagementEditor.add(POM, text, List.of(pins)).after(), StandardCharsets.UTF_8);
  }

  @Test
  void createsTheSectionsWhenAbsentAndIsIdempotent() throws PomEditException {
    String pom =
        "<project>\n  <modelVersion>4.0.0</modelVersion>\n  <artifactId>a</artifactId>\n</project>\n";
    String once = edit(pom, INSTALL);
    assertThat(once)
        .contains("<build>")
        .contains("<pluginManagement>")
        .contains("<artifactId>maven-install-plugin</artifactId>")
        .contains("<version>3.1.4</version>")
        .startsWith("<project>\n  <modelVersion>4.0.0</modelVersion>\n");
    assertThat(edit(once, INSTALL)).isEqualTo(once);
  }

  @Test
  void keepsCommentsAndCrlfByteForByte() throws PomEditException {
    String pom =
        "<project>\r\n  <!-- keep me -->\r\n  <build>\r\n    <pluginManagement>\r\n"
            + "      <plugins>\r\n        <plugin>  <!-- odd -->\r\n"
            + "          <artifactId>maven-clean-plugin</artifactId>\r\n"
            + "          <version>3.5.0</version>\r\n        </plugin>\r\n      </plugins>\r\n"
            + "    </pluginManagement>\r\n  </build>\r\n</project>\r\n";
    String after = edit(pom, INSTALL);
    assertThat(after.replace("\r\n", "")).doesNotContain("\n");
    String added = after.substring(after.indexOf("        <plugin>\r\n          <groupId>org"));
    assertThat(after.replace(added.substring(0, added.indexOf("</plugin>") + 11), ""))
        .isEqualTo(pom);
  }

  @Test
  void aManagedPluginWithoutVersionGetsOneAndAnUnknownVersionIsNotWritten()
      throws PomEditException {
    String pom =
        "<project>\n  <build>\n    <pluginManagement>\n      <plugins>\n        <plugin>\n"
            + "          <artifactId>maven-install-plugin</artifactId>\n        </plugin>\n"
            + "      </plugins>\n    </pluginManagement>\n  </build>\n</project>\n";
    PomEdit edit =
        PluginManagementEditor.add(
            POM,
            pom,
            List.of(
                INSTALL,
                new MissingPin("pom.xml", Location.file("pom.xml"), "g", "floating", null)));
    String after = new String(edit.after(), StandardCharsets.UTF_8);
    assertThat(after).contains("<version>3.1.4</version>").doesNotContain("floating");
    assertThat(edit.edits()).hasSize(2);
  }
}
