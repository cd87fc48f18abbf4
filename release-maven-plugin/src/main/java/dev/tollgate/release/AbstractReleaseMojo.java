package dev.tollgate.release;

import dev.tollgate.core.git.GitException;
import dev.tollgate.core.release.ReleaseException;
import dev.tollgate.core.settings.Settings;
import dev.tollgate.core.versioning.VersionSettings;
import dev.tollgate.maven.MojoSettings;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * What every release goal shares: the skip switches, the settings model and the translation of
 * core's outcome into Maven's language. A goal declares its parameters, each bound to a {@code
 * tollgate.*} property; they reach core through its plugin descriptor ({@link MojoSettings}), as
 * for the quality goals, and the goal makes one call into core ({@link #run(Settings)}).
 *
 * <p>Boolean parameters are declared as {@code String}: Maven would turn {@code yes} into {@code
 * false} silently, while {@link Settings#bool} rejects it naming the property.
 */
public abstract class AbstractReleaseMojo extends AbstractMojo {

  /** Skips every Tollgate goal ({@code true} or {@code false}). */
  @Parameter(property = "tollgate.skip", defaultValue = "false")
  private String skipAll;

  @Parameter(defaultValue = "${project}", readonly = true, required = true)
  private MavenProject project;

  @Parameter(defaultValue = "${session}", readonly = true, required = true)
  private MavenSession session;

  @Parameter(defaultValue = "${mojoExecution}", readonly = true, required = true)
  private MojoExecution mojoExecution;

  /** This goal's own skip property, e.g. {@code tollgate.perform.skip}. */
  protected abstract String skipProperty();

  /** Does the goal's work: one call into core. */
  protected abstract void run(Settings settings) throws Exception;

  @Override
  public final void execute() throws MojoExecutionException, MojoFailureException {
    try {
      Settings settings = settings();
      if (settings.bool("tollgate.skip", false) || settings.bool(skipProperty(), false)) {
        getLog().info("Tollgate: skipped");
        return;
      }
      run(settings);
    } catch (ReleaseException e) {
      throw new MojoFailureException("Tollgate: " + e.getMessage(), e);
    } catch (IllegalArgumentException e) {
      // InvalidSettingException included: the message names the property
      throw new MojoExecutionException("Tollgate release configuration: " + e.getMessage(), e);
    } catch (GitException e) {
      throw new MojoExecutionException(e.getMessage(), e);
    } catch (MojoExecutionException | MojoFailureException | RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw new MojoExecutionException(e.getMessage(), e);
    }
  }

  /**
   * The goal's settings: every {@code tollgate.*} parameter of its descriptor (a {@code -D} value
   * holding {@code ${} as typed), then the goal's {@link #overrides}, old spellings renamed with a
   * warning.
   */
  final Settings settings() {
    Properties typed = userProperties();
    Settings parameters = MojoSettings.of(this, mojoExecution.getMojoDescriptor(), typed);
    return parameters
        .with(overrides(parameters, typed))
        .withRenamed(VersionSettings.RENAMED, getLog()::warn);
  }

  /**
   * Values a goal reads otherwise than Maven injects them, laid over its parameters; none by
   * default.
   *
   * @param parameters the goal's parameters as read from its descriptor
   * @param userProperties the session's {@code -D} values, as typed
   */
  protected Map<String, String> overrides(Settings parameters, Properties userProperties) {
    return Map.of();
  }

  private Properties userProperties() {
    return session == null || session.getUserProperties() == null
        ? new Properties()
        : session.getUserProperties();
  }

  /** The directory inside the git repository: the project's, else the current one. */
  protected final Path repositoryDirectory() {
    if (project != null && project.getBasedir() != null) {
      return project.getBasedir().toPath();
    }
    return Path.of("").toAbsolutePath();
  }

  /** The project, for goals that set properties or read its model. */
  protected final MavenProject project() {
    return project;
  }

  /** The session, for the reactor's projects. */
  protected final MavenSession session() {
    return session;
  }
}
