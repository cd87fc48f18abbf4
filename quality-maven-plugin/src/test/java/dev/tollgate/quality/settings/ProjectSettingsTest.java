package dev.tollgate.quality.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.maven.model.Plugin;
import org.apache.maven.model.PluginExecution;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.codehaus.plexus.util.xml.Xpp3Dom;
import org.codehaus.plexus.util.xml.Xpp3DomBuilder;
import org.junit.jupiter.api.Test;

class ProjectSettingsTest {

  private final List<String> warnings = new ArrayList<>();

  private static Xpp3Dom xml(String text) throws Exception {
    return Xpp3DomBuilder.build(new StringReader("<configuration>" + text + "</configuration>"));
  }

  /** As Maven builds the model: the plugin level is copied into every execution. */
  private static PluginExecution execution(String id, Xpp3Dom top, String own, String... goals)
      throws Exception {
    PluginExecution e = new PluginExecution();
    e.setId(id);
    e.setGoals(List.of(goals));
    e.setConfiguration(Xpp3Dom.mergeXpp3Dom(xml(own), top == null ? null : new Xpp3Dom(top)));
    return e;
  }

  @Test
  void executionsWinOverThePluginLevelThenPropertiesThenDefaults() throws Exception {
    PluginDescriptor descriptor = Descriptors.plugin();
    Xpp3Dom top =
        xml(
            "<protectedBranches><b>main</b><b>release/*</b></protectedBranches>"
                + "<levels>whitespace=warn</levels><skip>false</skip>");
    Plugin plugin = new Plugin();
    plugin.setConfiguration(top);
    plugin.addExecution(
        execution("guard", top, "<levels>whitespace=off</levels><skip>true</skip>", "commits"));
    plugin.addExecution(execution("rules", top, "<rules>subject-case=off</rules>", "check"));
    Properties props = new Properties();
    props.setProperty("tollgate.files.maxSize", "1MB");
    props.setProperty("tollgate.hooks.files", "false");
    props.setProperty("tollgate.files.levels", "names=off");

    Map<String, String> s =
        ProjectSettings.forHooks(descriptor, plugin, props, warnings::add).asMap();

    assertThat(s)
        .containsEntry("tollgate.branch.protected", "main\nrelease/*")
        .containsEntry("tollgate.files.levels", "whitespace=off")
        .containsEntry("tollgate.commits.rules", "subject-case=off")
        .containsEntry("tollgate.files.maxSize", "1MB")
        .containsEntry("tollgate.hooks.files", "false")
        .containsEntry("tollgate.commits.preset", "conventional");
    // <skip> in an execution of commits skips commits only; at plugin level it is every goal's
    assertThat(s).containsEntry("tollgate.commits.skip", "true");
    assertThat(s).containsEntry("tollgate.files.skip", "false");
    assertThat(warnings).isEmpty();
  }

  @Test
  void twoExecutionsThatDisagreeWarnAndTheLaterWins() throws Exception {
    Plugin plugin = new Plugin();
    plugin.addExecution(execution("a", null, "<levels>whitespace=off</levels>", "files"));
    plugin.addExecution(execution("b", null, "<levels>whitespace=warn</levels>", "files"));

    Map<String, String> s =
        ProjectSettings.forHooks(Descriptors.plugin(), plugin, new Properties(), warnings::add)
            .asMap();

    assertThat(s).containsEntry("tollgate.files.levels", "whitespace=warn");
    assertThat(warnings).singleElement().asString().contains("'a' and 'b'").contains("<levels>");
  }

  @Test
  void checkRunsAGoalWithTheMergedConfiguration() throws Exception {
    PluginDescriptor descriptor = Descriptors.plugin();
    Xpp3Dom top = xml("<excludes><exclude>commits</exclude></excludes>");
    Plugin plugin = new Plugin();
    plugin.setConfiguration(top);
    plugin.addExecution(execution("guard", top, "<levels>whitespace=off</levels>", "files"));

    Xpp3Dom files =
        ProjectSettings.configurationFor(
            descriptor.getMojo("files"), ProjectSettings.configured(descriptor, plugin, w -> {}));

    assertThat(files.getChild("levels").getValue()).isEqualTo("whitespace=off");
    assertThat(files.getChild("excludes").getChild(0).getValue()).isEqualTo("commits");
    // the goal's defaults fill the rest, as for an execution of its own
    assertThat(files.getChild("maxSize").getAttribute("default-value")).isEqualTo("500KB");
    Xpp3Dom check =
        ProjectSettings.configurationFor(
            descriptor.getMojo("check"), ProjectSettings.configured(descriptor, plugin, w -> {}));
    assertThat(check.getChild("excludes").getChild(0).getValue()).isEqualTo("commits");
    assertThat(check.getChild("levels")).isNull();
  }

  @Test
  void tasksBecomeOneLinePerElementAsCoreReadsThem() throws Exception {
    PluginDescriptor descriptor = Descriptors.plugin();
    Xpp3Dom top =
        xml(
            "<tasks><task><id>format</id><stage>pre-commit</stage><goals>spotless:check</goals>"
                + "<files>\n  **/*.java\n  **/*.xml\n</files></task>"
                + "<task><id>lint</id><stage>pre-push</stage>"
                + "<command>./lint.sh {files}</command></task></tasks>");
    Plugin plugin = new Plugin();
    plugin.setConfiguration(top);

    Map<String, String> s =
        ProjectSettings.forHooks(descriptor, plugin, new Properties(), warnings::add).asMap();

    String tasks = s.get("tollgate.tasks");
    assertThat(tasks)
        .isEqualTo(
            "format.id=format\nformat.stage=pre-commit\nformat.goals=spotless:check\n"
                + "format.files=**/*.java,**/*.xml\n"
                + "lint.id=lint\nlint.stage=pre-push\nlint.command=./lint.sh {files}");
    assertThat(
            dev.tollgate.core.tasks.TaskDefinitions.from(dev.tollgate.core.settings.Settings.of(s)))
        .extracting(dev.tollgate.core.tasks.Task::id)
        .containsExactly("format", "lint");
  }
}
