package dev.tollgate.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tollgate.core.settings.Settings;
import java.io.File;
import java.util.List;
import java.util.Properties;
import org.apache.maven.plugin.descriptor.MojoDescriptor;
import org.apache.maven.plugin.descriptor.Parameter;
import org.junit.jupiter.api.Test;

class MojoSettingsTest {

  /** A goal base as both plugins have one: a shared switch in the superclass. */
  static class BaseGoal {
    String skipAll = "false";
  }

  static class Goal extends BaseGoal {
    String tagFormat;
    String skip;
    int maxCommits = 5;
    List<String> excludes = List.of("generated/", "*.min.js");
    File report = new File("out/files.tsv");
    Object project = new Object();
  }

  private static MojoDescriptor descriptor(String... nameAndExpression) throws Exception {
    MojoDescriptor d = new MojoDescriptor();
    for (int i = 0; i < nameAndExpression.length; i += 2) {
      Parameter p = new Parameter();
      p.setName(nameAndExpression[i]);
      p.setExpression(nameAndExpression[i + 1]);
      d.addParameter(p);
    }
    return d;
  }

  private static final String[] GOAL = {
    "skipAll", "${tollgate.skip}",
    "tagFormat", "${tollgate.tagFormat}",
    "skip", "${tollgate.goal.skip}",
    "maxCommits", "${tollgate.goal.maxCommits}",
    "excludes", "${tollgate.goal.excludes}",
    "report", "${tollgate.goal.report}",
    "project", "${project}",
  };

  @Test
  void parametersBecomeSettingsKeyedByTheirProperty() throws Exception {
    Goal goal = new Goal();
    goal.skip = "yes";

    Settings settings = MojoSettings.of(goal, descriptor(GOAL));

    assertThat(settings.asMap())
        .containsEntry("tollgate.skip", "false")
        .containsEntry("tollgate.goal.skip", "yes")
        .containsEntry("tollgate.goal.maxCommits", "5")
        .doesNotContainKey("tollgate.tagFormat") // not set: core's default applies
        .allSatisfy((k, v) -> assertThat(k).startsWith("tollgate."));
    // booleans arrive as text, so core decides and names the property
    assertThatThrownBy(() -> settings.bool("tollgate.goal.skip", false))
        .hasMessage("tollgate.goal.skip: 'yes' is not a boolean; use true or false");
  }

  @Test
  void listsBecomeOneEntryPerLineAndFilesTheirPath() throws Exception {
    Settings settings = MojoSettings.of(new Goal(), descriptor(GOAL));

    assertThat(settings.asMap())
        .containsEntry("tollgate.goal.excludes", "generated/\n*.min.js")
        .containsEntry("tollgate.goal.report", "out" + File.separator + "files.tsv");
    assertThat(settings.lines("tollgate.goal.excludes")).containsExactly("generated/", "*.min.js");
  }

  @Test
  void aUserPropertyHoldingAnExpressionReachesCoreAsTyped() throws Exception {
    Goal goal = new Goal();
    goal.tagFormat = null; // what Maven makes of -Dtollgate.tagFormat=${version}
    goal.skip = "vnull"; // ... and of v${version}
    Properties typed = new Properties();
    typed.setProperty("tollgate.tagFormat", "${version}");
    typed.setProperty("tollgate.goal.skip", "v${version}");
    typed.setProperty("tollgate.goal.maxCommits", "7"); // no expression: Maven's value stands
    typed.setProperty("tollgate.other", "${x}"); // no parameter of this goal

    Settings settings = MojoSettings.of(goal, descriptor(GOAL), typed);

    assertThat(settings.asMap())
        .containsEntry("tollgate.tagFormat", "${version}")
        .containsEntry("tollgate.goal.skip", "v${version}")
        .containsEntry("tollgate.goal.maxCommits", "5")
        .doesNotContainKey("tollgate.other");
  }

  @Test
  void theGoalsPropertiesAreThoseOfItsDescriptor() throws Exception {
    assertThat(MojoSettings.properties(descriptor(GOAL)))
        .containsExactly(
            "tollgate.skip",
            "tollgate.tagFormat",
            "tollgate.goal.skip",
            "tollgate.goal.maxCommits",
            "tollgate.goal.excludes",
            "tollgate.goal.report");
    assertThat(MojoSettings.properties(new MojoDescriptor())).isEmpty();
  }

  @Test
  void aParameterTheGoalCannotProvideFailsInsteadOfVanishing() throws Exception {
    MojoDescriptor d = descriptor("renamed", "${tollgate.goal.renamed}");
    assertThatThrownBy(() -> MojoSettings.of(new Goal(), d))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("parameter renamed");
  }
}
