package dev.tollgate.quality.hooks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.Map;
import java.util.Properties;
import org.apache.maven.plugin.descriptor.MojoDescriptor;
import org.apache.maven.plugin.descriptor.Parameter;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.codehaus.plexus.util.xml.Xpp3Dom;
import org.codehaus.plexus.util.xml.Xpp3DomBuilder;
import org.junit.jupiter.api.Test;

class PluginSettingsTest {

  private static Parameter parameter(
      String name, String type, String property, String defaultValue) {
    Parameter p = new Parameter();
    p.setName(name);
    p.setType(type);
    p.setExpression("${" + property + "}");
    p.setDefaultValue(defaultValue);
    return p;
  }

  private static PluginDescriptor plugin() throws Exception {
    PluginDescriptor plugin = new PluginDescriptor();
    MojoDescriptor branch = new MojoDescriptor();
    branch.setGoal("branch");
    branch.setPluginDescriptor(plugin);
    branch.addParameter(
        parameter(
            "protectedBranches", "java.util.List", "tollgate.branch.protected", "main,master"));
    branch.addParameter(parameter("allowTags", "boolean", "tollgate.branch.allowTags", "true"));
    branch.addParameter(parameter("basedir", "java.io.File", "project.basedir", null));
    MojoDescriptor commits = new MojoDescriptor();
    commits.setGoal("commits");
    commits.setPluginDescriptor(plugin);
    commits.addParameter(parameter("rules", "java.lang.String", "tollgate.commits.rules", null));
    commits.addParameter(
        parameter("preset", "java.lang.String", "tollgate.commits.preset", "conventional"));
    plugin.addMojo(branch);
    plugin.addMojo(commits);
    return plugin;
  }

  private static Xpp3Dom xml(String text) throws Exception {
    return Xpp3DomBuilder.build(new StringReader(text));
  }

  @Test
  void configurationWinsOverPropertiesWhichWinOverDefaults() throws Exception {
    Xpp3Dom config =
        xml(
            "<configuration><protectedBranches><b>main</b><b>release/*</b></protectedBranches>"
                + "<rules>header-max-length=error:50</rules></configuration>");
    Properties project = new Properties();
    project.setProperty("tollgate.commits.preset", "commitizen");
    project.setProperty("tollgate.branch.allowTags", "false");
    Properties user = new Properties();
    user.setProperty("tollgate.branch.allowTags", "true");
    user.setProperty("tollgate.hooks.files", "false");
    Map<String, String> s = PluginSettings.effective(plugin(), config, project, user);
    assertThat(s)
        .containsEntry("tollgate.branch.protected", "main\nrelease/*")
        .containsEntry("tollgate.commits.rules", "header-max-length=error:50")
        .containsEntry("tollgate.commits.preset", "commitizen")
        .containsEntry("tollgate.branch.allowTags", "true")
        .containsEntry("tollgate.hooks.files", "false")
        .doesNotContainKey("project.basedir");
  }

  @Test
  void defaultsApplyWithoutConfiguration() throws Exception {
    Map<String, String> s =
        PluginSettings.effective(plugin(), null, new Properties(), new Properties());
    assertThat(s)
        .containsEntry("tollgate.branch.protected", "main,master")
        .containsEntry("tollgate.commits.preset", "conventional")
        .doesNotContainKey("tollgate.commits.rules");
  }
}
