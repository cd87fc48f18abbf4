package dev.tollgate.core.release;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** release-please's Java markers and versions.txt, both directions, line ends kept. */
class VersionMarkersTest {

  private static final Map<String, String> RELEASED = Map.of("google-cloud-foo", "1.3.0");
  private static final Map<String, String> DEV = Map.of("google-cloud-foo", "1.3.1-SNAPSHOT");

  @Test
  void inlineAndBlockMarkersAtReleaseAndAtTheDevelopmentVersion() {
    String readme =
        "<version>1.2.0</version><!-- {x-version-update:google-cloud-foo:released} -->\r\n"
            + "<version>1.2.1-SNAPSHOT</version><!-- {x-version-update:google-cloud-foo:current} -->\r\n"
            + "<version>4.0.0</version><!-- {x-version-update:other-artifact:current} -->\r\n"
            + "<!-- {x-version-update-start:google-cloud-foo:released} -->\n"
            + "implementation 'com.google.cloud:google-cloud-foo:1.2.0'\n"
            + "<!-- {x-version-update-end} -->\n"
            + "plain 1.2.0 stays\n"
            + "tollgate 1.2.0 <!-- {x-tollgate-version:released} -->\n"
            + "tollgate 1.2.1-SNAPSHOT <!-- {x-tollgate-version:current} -->";
    String released = VersionMarkers.update(readme, RELEASED, "1.3.0", false);
    assertThat(released)
        .isEqualTo(
            "<version>1.3.0</version><!-- {x-version-update:google-cloud-foo:released} -->\r\n"
                + "<version>1.3.0</version><!-- {x-version-update:google-cloud-foo:current} -->\r\n"
                + "<version>4.0.0</version><!-- {x-version-update:other-artifact:current} -->\r\n"
                + "<!-- {x-version-update-start:google-cloud-foo:released} -->\n"
                + "implementation 'com.google.cloud:google-cloud-foo:1.3.0'\n"
                + "<!-- {x-version-update-end} -->\n"
                + "plain 1.2.0 stays\n"
                + "tollgate 1.3.0 <!-- {x-tollgate-version:released} -->\n"
                + "tollgate 1.3.0 <!-- {x-tollgate-version:current} -->");
    String dev = VersionMarkers.update(released, DEV, "1.3.1-SNAPSHOT", true);
    assertThat(dev)
        .isEqualTo(
            "<version>1.3.0</version><!-- {x-version-update:google-cloud-foo:released} -->\r\n"
                + "<version>1.3.1-SNAPSHOT</version><!-- {x-version-update:google-cloud-foo:current} -->\r\n"
                + "<version>4.0.0</version><!-- {x-version-update:other-artifact:current} -->\r\n"
                + "<!-- {x-version-update-start:google-cloud-foo:released} -->\n"
                + "implementation 'com.google.cloud:google-cloud-foo:1.3.0'\n"
                + "<!-- {x-version-update-end} -->\n"
                + "plain 1.2.0 stays\n"
                + "tollgate 1.3.0 <!-- {x-tollgate-version:released} -->\n"
                + "tollgate 1.3.1-SNAPSHOT <!-- {x-tollgate-version:current} -->");
  }

  @Test
  void versionsTxtBothColumnsAtReleaseTheCurrentOneAfter() {
    String text =
        "# Format:\n# module:released-version:current-version\n\n"
            + "google-cloud-foo:1.2.0:1.2.1-SNAPSHOT\r\n"
            + "other-artifact:4.0.0:4.0.1-SNAPSHOT\n";
    String released = VersionMarkers.updateVersions(text, RELEASED, false);
    assertThat(released)
        .isEqualTo(
            "# Format:\n# module:released-version:current-version\n\n"
                + "google-cloud-foo:1.3.0:1.3.0\r\n"
                + "other-artifact:4.0.0:4.0.1-SNAPSHOT\n");
    assertThat(VersionMarkers.updateVersions(released, DEV, true))
        .contains("google-cloud-foo:1.3.0:1.3.1-SNAPSHOT\r\n");
  }
}
