package dev.tollgate.release;

import dev.tollgate.core.git.GitException;
import dev.tollgate.core.release.ReleaseException;
import dev.tollgate.core.settings.Settings;
import dev.tollgate.core.versioning.VersionSettings;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * What every release goal shares: the skip switches, the settings model and the translation of
 * core's outcome into Maven's language. A goal lists its parameters by their {@code tollgate.*}
 * property names ({@link #parameters()}) and makes one call into core ({@link #run(Settings)}).
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

  /** This goal's own skip property, e.g. {@code tollgate.perform.skip}. */
  protected abstract String skipProperty();

  /** This goal's parameters by property name (its skip switch included). */
  protected abstract Map<String, String> parameters();

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

  /** The goal's settings, old spellings renamed with a warning. */
  final Settings settings() {
    Map<String, String> all = new LinkedHashMap<>(parameters());
    all.put("tollgate.skip", skipAll);
    return Settings.of(all).withRenamed(VersionSettings.RENAMED, getLog()::warn);
  }

  /**
   * A parameter as the user typed it on the command line: Maven evaluates a {@code -D} value again,
   * so {@code -Dtollgate.tagFormat=${version}} would reach the mojo as {@code null} (or {@code
   * vnull}); the session's user property still holds the text.
   */
  final String unevaluated(String property, String evaluated) {
    if (session != null) {
      String raw = session.getUserProperties().getProperty(property);
      if (raw != null && raw.contains("${")) {
        return raw;
      }
    }
    return evaluated;
  }

  /** A list parameter as one settings value, one entry per line. */
  static String lines(List<String> values) {
    return values == null ? null : String.join("\n", values);
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
