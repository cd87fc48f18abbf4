package dev.tollgate.quality;

import dev.tollgate.core.git.GitException;
import dev.tollgate.core.git.RepositoryRequirement;
import dev.tollgate.core.report.LogSink;
import dev.tollgate.core.report.Report;
import dev.tollgate.core.report.ReportPublisher;
import dev.tollgate.core.settings.InvalidSettingException;
import java.io.File;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * What every quality goal shares: the skip switches, the failure policy and publishing the report
 * to the log, {@code target/tollgate/<goal>.json|.sarif} and GitHub annotations. A goal only
 * implements {@link #check()}: read its parameters, call core once, return the report. A goal that
 * runs first removes its previous reports, so a run that ends in an error leaves none behind; a
 * skipped goal leaves them alone (another module may share the output directory).
 */
public abstract class AbstractQualityMojo extends AbstractTollgateMojo {

  /** Skips every Tollgate goal: {@code true} or {@code false}. */
  @Parameter(property = "tollgate.skip", defaultValue = "false")
  private String skipAll;

  /**
   * Fail the build when a finding has severity {@code error}: {@code true} or {@code false}. With
   * {@code false}, findings are reported and the build goes on.
   */
  @Parameter(property = "tollgate.failOnViolation", defaultValue = "true")
  private String failOnViolation;

  /** Where the JSON and SARIF reports are written. */
  @Parameter(
      property = "tollgate.outputDirectory",
      defaultValue = "${project.build.directory}/tollgate")
  private File outputDirectory;

  /**
   * Whether a CI build ({@code CI=true} or a known CI system) fails when there is no git repository
   * (a source archive): with {@code true} it does, naming this setting; with {@code false} the
   * git-based checks ({@code commits}, {@code files}, {@code branch}) are skipped with a warning,
   * as they always are in a local build.
   */
  @Parameter(property = RepositoryRequirement.PROPERTY, defaultValue = "true")
  private String requireGit;

  @Parameter(defaultValue = "${plugin}", readonly = true, required = true)
  private PluginDescriptor plugin;

  @Parameter(defaultValue = "${session}", readonly = true, required = true)
  private MavenSession session;

  @Parameter(defaultValue = "${project}", readonly = true, required = true)
  private MavenProject currentProject;

  /**
   * Whether this project runs the repository-wide goals ({@code commits}, {@code files}, {@code
   * pins}) for the build: the execution root when it is built, else the first project of the build.
   * So they run exactly once whatever the selection ({@code -pl}, {@code -rf}, {@code -am}).
   */
  private boolean isFirstOfBuild() {
    if (session == null || currentProject == null) {
      return true;
    }
    List<MavenProject> projects = session.getProjects();
    for (MavenProject p : projects) {
      if (p.isExecutionRoot()) {
        return p == currentProject;
      }
    }
    return projects.isEmpty() || projects.get(0) == currentProject;
  }

  /** Whether this goal's own skip switch is set (read it from {@link #settings()}). */
  protected abstract boolean isSkipped();

  /**
   * Whether the goal covers the whole repository or reactor and so runs once per build (see {@link
   * #isFirstOfBuild()}), not once per module.
   */
  protected boolean runsOncePerBuild() {
    return false;
  }

  /**
   * Runs the check and returns its findings; throws only for breakage, never for violations. An
   * {@link InvalidSettingException} fails the goal with its message.
   */
  protected abstract Report check() throws MojoExecutionException;

  @Override
  public final void execute() throws MojoExecutionException, MojoFailureException {
    Report report;
    boolean failOnErrors;
    ReportPublisher publisher;
    try {
      if (settings().bool("tollgate.skip", false) || isSkipped()) {
        getLog().info("Tollgate: skipped");
        return;
      }
      if (runsOncePerBuild() && !isFirstOfBuild()) {
        getLog().info("Tollgate: " + goal() + " runs once per build, in the first project");
        return;
      }
      publisher =
          new ReportPublisher(outputDirectory.toPath(), toolVersion(), System.getenv(), System.out);
      publisher.clearPrevious(goal());
      failOnErrors = settings().bool("tollgate.failOnViolation", true);
      report = check();
    } catch (InvalidSettingException e) {
      throw new MojoExecutionException(e.getMessage());
    } catch (UncheckedIOException e) {
      throw new MojoExecutionException(e.getMessage(), e);
    } catch (MojoExecutionException | GitException e) {
      GitException missing = noRepository(e);
      if (missing == null) {
        throw e;
      }
      RepositoryRequirement.Decision decision =
          RepositoryRequirement.of(requireGit(), System.getenv()).whenMissing(missing);
      if (decision.fail()) {
        throw new MojoFailureException("Tollgate: " + decision.message());
      }
      getLog().warn("Tollgate: " + decision.message());
      return;
    }
    try {
      publisher.publish(report, mavenLog());
      afterReport(report);
    } catch (UncheckedIOException e) {
      throw new MojoExecutionException(e.getMessage(), e);
    }
    if (report.hasErrors()) {
      String message =
          "Tollgate "
              + report.goal()
              + " found "
              + report.summary()
              + "; see the log above or "
              + new File(outputDirectory, report.goal() + ".json");
      if (failOnErrors) {
        throw new MojoFailureException(message);
      }
      getLog().warn(message + " (not failing: tollgate.failOnViolation=false)");
    }
  }

  /** Called after the report is logged, e.g. to add a summary that fixes every finding at once. */
  protected void afterReport(Report report) {}

  /** The Maven log as a core {@link LogSink}. */
  protected final LogSink mavenLog() {
    return new LogSink() {
      @Override
      public void error(String line) {
        getLog().error(line);
      }

      @Override
      public void warn(String line) {
        getLog().warn(line);
      }

      @Override
      public void info(String line) {
        getLog().info(line);
      }
    };
  }

  /** The "no repository" failure behind {@code e}, or null when it is about something else. */
  private static GitException noRepository(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof GitException g && g.kind() == GitException.Kind.NO_REPOSITORY) {
        return g;
      }
    }
    return null;
  }

  private boolean requireGit() throws MojoExecutionException {
    try {
      return settings().bool(RepositoryRequirement.PROPERTY, true);
    } catch (InvalidSettingException e) {
      throw new MojoExecutionException(e.getMessage());
    }
  }

  private String toolVersion() {
    return plugin == null ? "unknown" : plugin.getVersion();
  }
}
