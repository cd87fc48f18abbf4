package dev.tollgate.quality.extension;

import dev.tollgate.core.ci.CiDetector;
import dev.tollgate.core.hooks.HookInstaller;
import dev.tollgate.core.hooks.HookScripts;
import dev.tollgate.core.settings.InvalidSettingException;
import dev.tollgate.core.settings.Settings;
import dev.tollgate.quality.hooks.HooksSetup;
import dev.tollgate.quality.settings.ModuleScopes;
import dev.tollgate.quality.settings.ProjectSettings;
import java.io.InputStream;
import java.io.StringReader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.inject.Named;
import javax.inject.Singleton;
import org.apache.maven.AbstractMavenLifecycleParticipant;
import org.apache.maven.MavenExecutionException;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.model.Plugin;
import org.apache.maven.model.PluginExecution;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.plugin.descriptor.PluginDescriptorBuilder;
import org.apache.maven.project.MavenProject;
import org.codehaus.plexus.util.xml.Xpp3Dom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes every build a Tollgate build when the plugin is declared with {@code
 * <extensions>true</extensions>} or listed in {@code .mvn/extensions.xml}:
 *
 * <ul>
 *   <li>binds {@code quality:check} to {@code validate} on the first project of the reactor (once
 *       per reactor, without an {@code <executions>} block, with the plugin-level configuration as
 *       a pom's execution would have it), unless {@code tollgate.skip} or {@code
 *       tollgate.check.skip} is set or the build already runs {@code quality:check} itself;
 *   <li>installs or updates the git hooks ({@code tollgate.hooks.auto}: on for local builds, off
 *       when CI is detected).
 * </ul>
 *
 * It does nothing when an IDE imports the project (no goals, or an IDE's marker property), and only
 * logs when there is no git repository. It never fails a build over the hooks.
 */
@Named("tollgate")
@Singleton
public class TollgateLifecycleParticipant extends AbstractMavenLifecycleParticipant {

  static final String GROUP_ID = "dev.tollgate";
  static final String ARTIFACT_ID = "quality-maven-plugin";
  static final String EXECUTION_ID = "tollgate-check";

  /** Properties IDEs set when they run Maven to import a project. */
  private static final List<String> IDE_MARKERS =
      List.of("m2e.version", "eclipse.m2e.version", "idea.version", "idea.maven.embedder.version");

  private static final Logger LOG = LoggerFactory.getLogger(TollgateLifecycleParticipant.class);
  private static final String DONE = TollgateLifecycleParticipant.class.getName() + ".done";

  @Override
  public void afterProjectsRead(MavenSession session) throws MavenExecutionException {
    if (isIdeImport(session)) {
      LOG.debug("Tollgate: IDE import or goal-less build; the extension does nothing");
      return;
    }
    // a plugin extension declared in several modules may give several participants: act once
    var data = session.getRepositorySession().getData();
    synchronized (TollgateLifecycleParticipant.class) {
      if (data.get(DONE) != null) {
        return;
      }
      data.set(DONE, Boolean.TRUE);
    }
    Settings props = commandLine(session);
    try {
      if (props.bool("tollgate.skip", false)) {
        LOG.info("Tollgate: skipped (tollgate.skip)");
        return;
      }
      PluginDescriptor descriptor = ownDescriptor();
      if (!props.bool("tollgate.check.skip", false)) {
        bindCheck(session, descriptor.getVersion());
      }
      if (hooksAuto(props, System.getenv())) {
        installHooks(session, descriptor, props);
      }
    } catch (InvalidSettingException e) {
      throw new MavenExecutionException(e.getMessage(), e);
    }
  }

  /** The {@code tollgate.*} system and {@code -D} properties of the build. */
  private static Settings commandLine(MavenSession session) {
    return Settings.of(ProjectSettings.tollgateProperties(session.getSystemProperties()))
        .with(ProjectSettings.tollgateProperties(session.getUserProperties()));
  }

  static boolean isIdeImport(MavenSession session) {
    List<String> goals = session.getRequest().getGoals();
    if (goals == null || goals.isEmpty()) {
      return true;
    }
    for (String marker : IDE_MARKERS) {
      if (session.getSystemProperties().getProperty(marker) != null
          || session.getUserProperties().getProperty(marker) != null) {
        return true;
      }
    }
    return false;
  }

  /** {@code tollgate.hooks.auto} when set; otherwise on for local builds and off in CI. */
  static boolean hooksAuto(Settings props, Map<String, String> env) {
    if (props.isSet("tollgate.hooks.auto")) {
      return props.bool("tollgate.hooks.auto", true);
    }
    if (props.bool("tollgate.hooks.skip", false)) {
      return false;
    }
    return CiDetector.detect(env).isEmpty();
  }

  private static void bindCheck(MavenSession session, String version) {
    List<MavenProject> projects = session.getProjects();
    if (projects.isEmpty()) {
      return;
    }
    for (MavenProject p : projects) {
      Plugin existing = p.getPlugin(GROUP_ID + ":" + ARTIFACT_ID);
      if (existing != null
          && existing.getExecutions().stream().anyMatch(e -> e.getGoals().contains("check"))) {
        LOG.debug(
            "Tollgate: {} already runs quality:check; not binding it again", p.getArtifactId());
        return;
      }
    }
    MavenProject target =
        projects.contains(session.getTopLevelProject())
            ? session.getTopLevelProject()
            : projects.get(0);
    Plugin plugin = target.getPlugin(GROUP_ID + ":" + ARTIFACT_ID);
    if (plugin == null) {
      if (version == null) {
        LOG.warn("Tollgate: cannot tell this extension's version; quality:check is not bound");
        return;
      }
      plugin = new Plugin();
      plugin.setGroupId(GROUP_ID);
      plugin.setArtifactId(ARTIFACT_ID);
      plugin.setVersion(version);
      target.getBuild().addPlugin(plugin);
      target.getBuild().flushPluginMap();
    }
    PluginExecution execution = new PluginExecution();
    // Maven copied the plugin-level configuration into the pom's executions; do it for this one
    if (plugin.getConfiguration() != null) {
      execution.setConfiguration(new Xpp3Dom((Xpp3Dom) plugin.getConfiguration()));
    }
    execution.setId(EXECUTION_ID);
    execution.setPhase("validate");
    execution.addGoal("check");
    plugin.addExecution(execution);
    plugin.flushExecutionMap();
    LOG.debug("Tollgate: bound quality:check to validate in {}", target.getArtifactId());
  }

  private void installHooks(MavenSession session, PluginDescriptor descriptor, Settings props) {
    MavenProject top = session.getTopLevelProject();
    if (top == null || top.getBasedir() == null) {
      return;
    }
    try {
      Plugin plugin = top.getPlugin(GROUP_ID + ":" + ARTIFACT_ID);
      Settings settings =
          ProjectSettings.forHooks(descriptor, plugin, top.getProperties(), LOG::warn)
              .with(ModuleScopes.setting(session));
      List<String> hooks =
          props.isSet("tollgate.hooks.names")
              ? props.list("tollgate.hooks.names")
              : HookScripts.DEFAULT_HOOKS;
      HooksSetup.Outcome outcome =
          HooksSetup.install(
              top.getBasedir().toPath(),
              descriptor.getVersion(),
              settings.asMap(),
              hooks,
              getClass().getClassLoader());
      if (outcome.result().isEmpty()) {
        LOG.info("Tollgate: git hooks not installed: {}", outcome.reason());
        return;
      }
      HookInstaller.Result result = outcome.result().get();
      if (!result.changed().isEmpty()) {
        LOG.info(
            "Tollgate: installed git hooks in {} (set tollgate.hooks.auto=false to stop this)",
            result.hooksDirectory());
      }
    } catch (Exception e) {
      LOG.warn("Tollgate: could not install the git hooks ({}); the build goes on", e.getMessage());
    }
  }

  /**
   * This plugin's descriptor, read from its own jar. Maven 4's descriptor reader takes its StAX
   * parser from the context class loader, and the JDK's parser, which an extension realm would give
   * it, fails on Maven 4's mark and reset ("Mark invalid"): the reader runs with Maven's own class
   * loader as the context, which has the parser Maven ships.
   */
  private PluginDescriptor ownDescriptor() throws MavenExecutionException {
    String descriptor = "META-INF/maven/plugin.xml";
    try {
      URL location = getClass().getProtectionDomain().getCodeSource().getLocation();
      Path path = Path.of(location.toURI());
      URL url =
          path.toFile().isDirectory()
              ? path.resolve(descriptor).toUri().toURL()
              : new URL("jar:" + location + "!/" + descriptor);
      descriptor = url.toString();
      String text;
      try (InputStream in = url.openStream()) {
        text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      }
      Thread thread = Thread.currentThread();
      ClassLoader previous = thread.getContextClassLoader();
      thread.setContextClassLoader(PluginDescriptorBuilder.class.getClassLoader());
      try {
        return new PluginDescriptorBuilder().build(new StringReader(text), descriptor);
      } finally {
        thread.setContextClassLoader(previous);
      }
    } catch (Exception e) {
      throw new MavenExecutionException(
          "Tollgate: cannot read the quality plugin's own descriptor "
              + descriptor
              + " ("
              + e.getMessage()
              + "); the checks cannot be set up. Reinstall the plugin (delete it from the local"
              + " repository) and report this if it persists.",
          e);
    }
  }
}
