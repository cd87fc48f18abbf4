package dev.tollgate.release;

import dev.tollgate.core.release.ReleaseProject;
import java.io.File;
import java.nio.file.Path;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * The goals that compute a version ({@code next}, {@code changelog}, {@code prepare}): every
 * parameter that decides the next version, and the project as core sees it.
 */
public abstract class AbstractVersionMojo extends AbstractReleaseMojo {

  /**
   * The previous release, overriding tag discovery: a tag, branch or commit id. The commits after
   * it are considered. Default: the highest-version release tag reachable from {@code to}.
   */
  @Parameter(property = "tollgate.release.from")
  private String from;

  /** The commit to release: a ref, tag or commit id. */
  @Parameter(property = "tollgate.release.to", defaultValue = "HEAD")
  private String to;

  /**
   * Which commits bump what: {@code conventional} (breaking → major, {@code feat} → minor, {@code
   * fix}/{@code perf} → patch) or {@code commitizen} (commitizen 4's rule: also {@code refactor} →
   * patch; every line of the message counts).
   */
  @Parameter(property = "tollgate.release.preset", defaultValue = "conventional")
  private String preset;

  /** Forces the increment instead of deriving it from the commits: MAJOR, MINOR or PATCH. */
  @Parameter(property = "tollgate.release.increment")
  private String increment;

  /** An explicit next version (e.g. {@code 2.0.0}); the commits are still listed. */
  @Parameter(property = "tollgate.release.version")
  private String releaseVersion;

  /**
   * Makes the release a pre-release with this label: {@code rc} gives {@code 1.3.0-rc.1}, then
   * {@code -rc.2}; a later final release consolidates the series.
   */
  @Parameter(property = "tollgate.release.prerelease")
  private String prerelease;

  /** Build metadata appended to the version after {@code +}, e.g. {@code build.42}. */
  @Parameter(property = "tollgate.release.buildMetadata")
  private String buildMetadata;

  /**
   * How release tags are named, shared with {@code quality:commits}; must contain {@code
   * ${version}} once, may contain {@code ${artifactId}}. Default {@code v${version}}; {@code
   * ${version}} for plain {@code 1.2.3}. In a POM write {@code @{version}} / {@code @{artifactId}},
   * as Maven interpolates {@code ${…}} there; on the command line {@code
   * -Dtollgate.tagFormat=${version}} is read as typed (Maven would evaluate it again, to nothing).
   * Tags that do not match are ignored; lightweight and annotated tags both count.
   */
  @Parameter(property = "tollgate.tagFormat")
  private String tagFormat;

  /**
   * Deprecated: use {@code tagFormat} ({@code tollgate.tagFormat}). The tag format's old,
   * release-only spelling, still read for one release with a warning.
   *
   * @deprecated use {@code tagFormat} ({@code tollgate.tagFormat})
   */
  @Deprecated
  @Parameter(property = "tollgate.release.tagFormat")
  private String releaseTagFormat;

  /**
   * Type → level overrides on top of the preset, as {@code type=level} pairs separated by commas,
   * e.g. {@code docs=patch, refactor=none}. Levels: major, minor, patch, none. {@code revert=patch}
   * also gives git's {@code Revert "…"} and {@code Reapply "…"} commits a patch, as
   * semantic-release and release-please do; without it they give nothing.
   */
  @Parameter(property = "tollgate.release.bumpTypes")
  private String bumpTypes;

  /**
   * The least any non-merge commit of the range bumps: {@code none} (default), or {@code patch} to
   * release on every change as release-please and lerna do.
   */
  @Parameter(property = "tollgate.release.minimumBump", defaultValue = "none")
  private String minimumBump;

  /**
   * While the major version is 0, a breaking change bumps the minor version (0.4.1 → 0.5.0); {@code
   * true} or {@code false}.
   */
  @Parameter(property = "tollgate.release.majorVersionZero", defaultValue = "true")
  private String majorVersionZero;

  /**
   * While the major version is 0, a feature bumps the patch version (0.4.1 → 0.4.2); {@code true}
   * or {@code false}.
   */
  @Parameter(property = "tollgate.release.bumpPatchForMinorPreMajor", defaultValue = "false")
  private String bumpPatchForMinorPreMajor;

  /**
   * The first release's version when no release tag exists. Default: the POM's version without
   * {@code -SNAPSHOT}, else {@code 0.1.0}.
   */
  @Parameter(property = "tollgate.release.initialVersion")
  private String initialVersion;

  /**
   * Which breaking-change notes count: {@code strict} (default; {@code BREAKING CHANGE:} or {@code
   * BREAKING-CHANGE:} at the start of any line after the header, the text on that line or the
   * following ones) or {@code lenient} (also older conventional-changelog presets' spellings: any
   * case, no colon, {@code BREAKING CHANGES}, a leading {@code *}).
   */
  @Parameter(property = "tollgate.release.breakingNotes", defaultValue = "strict")
  private String breakingNotes;

  /**
   * Accept a next version below the previous release: a downgrade ({@code version} below the latest
   * tag) or a pre-release label that sorts before the previous one ({@code beta} after {@code
   * rc.1}); {@code true} or {@code false}. Default: refuse, naming the parameter.
   */
  @Parameter(property = "tollgate.release.allowBackwards", defaultValue = "false")
  private String allowBackwards;

  /**
   * Fail the build when there is nothing to release (no release-worthy commit since the previous
   * release); {@code true} or {@code false}. Default: report it and succeed.
   */
  @Parameter(property = "tollgate.release.failOnNoRelease", defaultValue = "false")
  private String failOnNoRelease;

  /** Where the goals write their files ({@code next-version.txt}, {@code release-notes.md}). */
  @Parameter(
      property = "tollgate.outputDirectory",
      defaultValue = "${project.build.directory}/tollgate")
  private File outputDirectory;

  /** The project as core sees it; without a POM only the directory. */
  protected final ReleaseProject releaseProject() {
    return ReactorModel.of(project(), session(), repositoryDirectory());
  }

  /** {@code target/tollgate} (or {@code tollgate.outputDirectory}). */
  protected final Path outputDirectory() {
    // without a POM Maven's stub project leaves ${project.basedir} uninterpolated
    if (outputDirectory == null || outputDirectory.getPath().contains("${")) {
      return repositoryDirectory().resolve("target").resolve("tollgate");
    }
    return outputDirectory.toPath();
  }
}
