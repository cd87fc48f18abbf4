package dev.tollgate.release;

import java.io.File;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * What the release goals share: the release version and the tag format. (Minimal copy for {@code
 * release:prepare}; the full set of version parameters comes with {@code release:next}.)
 */
public abstract class AbstractReleaseMojo extends AbstractMojo {

  /** Skips every Tollgate goal. */
  @Parameter(property = "tollgate.skip", defaultValue = "false")
  protected boolean skipAll;

  /** The release version, overriding the computed one (e.g. {@code 2.0.0}). */
  @Parameter(property = "tollgate.release.version")
  protected String version;

  /**
   * The tag name; {@code ${version}} (or {@code @{version}} inside a POM, where Maven would
   * interpolate {@code ${version}} itself) stands for the version. Default: {@code v${version}}.
   */
  @Parameter(property = "tollgate.release.tagFormat")
  protected String tagFormat;

  @Parameter(defaultValue = "${project}", readonly = true, required = true)
  protected MavenProject project;

  /** The directory of the project the goal runs on (the reactor root for aggregators). */
  protected File baseDirectory() {
    return project.getBasedir();
  }

  /** The release version: the explicit one, else the project version without -SNAPSHOT. */
  protected String releaseVersion() {
    if (version != null && !version.isBlank()) {
      return version.trim();
    }
    return project.getVersion().replaceFirst("-SNAPSHOT$", "");
  }

  /** The tag for {@code version} according to {@link #tagFormat}. */
  protected String tagName(String version) {
    String format = tagFormat == null || tagFormat.isBlank() ? "v${version}" : tagFormat;
    return format
        .replace("${version}", version)
        .replace("@{version}", version)
        .replace("${artifactId}", project.getArtifactId())
        .replace("@{artifactId}", project.getArtifactId());
  }
}
