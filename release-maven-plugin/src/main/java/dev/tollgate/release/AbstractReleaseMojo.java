package dev.tollgate.release;

import dev.tollgate.core.git.GitException;
import dev.tollgate.core.versioning.BumpLevel;
import dev.tollgate.core.versioning.BumpPolicy;
import dev.tollgate.core.versioning.BumpPreset;
import dev.tollgate.core.versioning.NextVersion;
import dev.tollgate.core.versioning.NextVersionOptions;
import dev.tollgate.core.versioning.NextVersionResult;
import dev.tollgate.core.versioning.ReleaseCommit;
import dev.tollgate.core.versioning.SemanticVersion;
import dev.tollgate.core.versioning.TagFormat;
import java.io.File;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * What every release goal shares: the skip switch and every parameter that decides the next
 * version, plus {@link #computeNextVersion()}, which computes it through core in one call. A goal
 * implements {@link #isSkipped()} and {@link #run()}.
 */
public abstract class AbstractReleaseMojo extends AbstractMojo {

  private static final String STANDALONE_ARTIFACT_ID = "standalone-pom";
  private static final Pattern LOOSE_VERSION =
      Pattern.compile("(\\d+)(?:\\.(\\d+))?(?:\\.(\\d+))?");

  /** Skips every Tollgate goal. */
  @Parameter(property = "tollgate.skip", defaultValue = "false")
  private boolean skipAll;

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
   * How release tags are named; must contain {@code ${version}} once, may contain {@code
   * ${artifactId}}. Default {@code v${version}}; {@code ${version}} for plain {@code 1.2.3}. In a
   * POM write {@code @{version}} / {@code @{artifactId}}, as Maven interpolates {@code ${…}} there.
   * Tags that do not match are ignored; lightweight and annotated tags both count.
   */
  @Parameter(property = "tollgate.release.tagFormat")
  private String tagFormat;

  /**
   * Type → level overrides on top of the preset, as {@code type=level} pairs separated by commas,
   * e.g. {@code docs=patch, refactor=none}. Levels: major, minor, patch, none.
   */
  @Parameter(property = "tollgate.release.bumpTypes")
  private String bumpTypes;

  /**
   * The least any non-merge commit of the range bumps: {@code none} (default), or {@code patch} to
   * release on every change as release-please and lerna do.
   */
  @Parameter(property = "tollgate.release.minimumBump", defaultValue = "none")
  private String minimumBump;

  /** While the major version is 0, a breaking change bumps the minor version (0.4.1 → 0.5.0). */
  @Parameter(property = "tollgate.release.majorVersionZero", defaultValue = "true")
  private boolean majorVersionZero;

  /** While the major version is 0, a feature bumps the patch version (0.4.1 → 0.4.2). */
  @Parameter(property = "tollgate.release.bumpPatchForMinorPreMajor", defaultValue = "false")
  private boolean bumpPatchForMinorPreMajor;

  /**
   * The first release's version when no release tag exists. Default: the POM's version without
   * {@code -SNAPSHOT}, else {@code 0.1.0}.
   */
  @Parameter(property = "tollgate.release.initialVersion")
  private String initialVersion;

  /**
   * Fail the build when there is nothing to release (no release-worthy commit since the previous
   * release). Default: report it and succeed.
   */
  @Parameter(property = "tollgate.release.failOnNoRelease", defaultValue = "false")
  private boolean failOnNoRelease;

  /** Where the goals write their files ({@code next-version.txt}, {@code release-notes.md}). */
  @Parameter(
      property = "tollgate.outputDirectory",
      defaultValue = "${project.build.directory}/tollgate")
  private File outputDirectory;

  @Parameter(defaultValue = "${project}", readonly = true, required = true)
  private MavenProject project;

  /** Whether this goal's own skip switch is set. */
  protected abstract boolean isSkipped();

  /** Does the goal's work. */
  protected abstract void run() throws MojoExecutionException, MojoFailureException;

  @Override
  public final void execute() throws MojoExecutionException, MojoFailureException {
    if (skipAll || isSkipped()) {
      getLog().info("Tollgate: skipped");
      return;
    }
    run();
  }

  /**
   * Computes the next version through core. The "no release" outcome is returned (see {@link
   * NextVersionResult#isRelease()}) unless {@code failOnNoRelease} is set, which fails the build.
   *
   * @throws MojoExecutionException for bad configuration or an unreadable repository, with the fix
   */
  protected final NextVersionResult computeNextVersion()
      throws MojoExecutionException, MojoFailureException {
    NextVersionOptions options = nextVersionOptions();
    NextVersionResult result;
    try {
      result = NextVersion.compute(repositoryDirectory(), options);
    } catch (GitException e) {
      throw new MojoExecutionException(e.getMessage(), e);
    } catch (IllegalArgumentException e) {
      throw new MojoExecutionException(e.getMessage(), e);
    }
    if (!result.isRelease() && failOnNoRelease) {
      throw new MojoFailureException(
          "Tollgate: nothing to release: "
              + result.noReleaseReason()
              + " (tollgate.release.failOnNoRelease=true). Commit a feat or fix, or force one"
              + " with -Dtollgate.release.increment=PATCH");
    }
    return result;
  }

  /** The options the parameters describe. */
  protected final NextVersionOptions nextVersionOptions() throws MojoExecutionException {
    try {
      Map<String, BumpLevel> types = BumpPolicy.parseTypeLevels(bumpTypes);
      TagFormat format = tagFormat();
      return NextVersionOptions.builder()
          .from(from)
          .to(to)
          .tagFormat(format)
          .preset(BumpPreset.parse(preset == null ? "conventional" : preset))
          .typeLevels(types)
          .minimumBump(BumpLevel.parse(minimumBump == null ? "none" : minimumBump))
          .increment(increment == null || increment.isBlank() ? null : BumpLevel.parse(increment))
          .explicitVersion(releaseVersion)
          .preRelease(prerelease)
          .buildMetadata(buildMetadata)
          .majorVersionZero(majorVersionZero)
          .bumpPatchForMinorPreMajor(bumpPatchForMinorPreMajor)
          .initialVersion(initialVersion())
          .build();
    } catch (IllegalArgumentException e) {
      throw new MojoExecutionException("Tollgate release configuration: " + e.getMessage(), e);
    }
  }

  /** The tag format with {@code ${artifactId}} bound to this project's artifact id. */
  protected final TagFormat tagFormat() {
    TagFormat format = TagFormat.of(tagFormat);
    return isRealProject() ? format.withArtifactId(project.getArtifactId()) : format;
  }

  private SemanticVersion initialVersion() {
    if (initialVersion != null && !initialVersion.isBlank()) {
      return SemanticVersion.parse(initialVersion.trim());
    }
    if (isRealProject() && project.getVersion() != null) {
      String v = project.getVersion().replace("-SNAPSHOT", "");
      Matcher m = LOOSE_VERSION.matcher(v);
      if (m.matches()) {
        return SemanticVersion.of(
            Integer.parseInt(m.group(1)),
            m.group(2) == null ? 0 : Integer.parseInt(m.group(2)),
            m.group(3) == null ? 0 : Integer.parseInt(m.group(3)));
      }
      return SemanticVersion.tryParse(v).orElse(NextVersionOptions.DEFAULT_INITIAL_VERSION);
    }
    return NextVersionOptions.DEFAULT_INITIAL_VERSION;
  }

  /** Whether a POM is present (the goals also run without one). */
  protected final boolean isRealProject() {
    return project != null
        && project.getFile() != null
        && !STANDALONE_ARTIFACT_ID.equals(project.getArtifactId());
  }

  /** The directory inside the git repository: the project's, else the current one. */
  protected final Path repositoryDirectory() {
    if (project != null && project.getBasedir() != null) {
      return project.getBasedir().toPath();
    }
    return Path.of("").toAbsolutePath();
  }

  /** {@code target/tollgate} (or {@code tollgate.outputDirectory}). */
  protected final Path outputDirectory() {
    // without a POM Maven's stub project leaves ${project.basedir} uninterpolated
    if (outputDirectory == null || outputDirectory.getPath().contains("${")) {
      return repositoryDirectory().resolve("target").resolve("tollgate");
    }
    return outputDirectory.toPath();
  }

  /** The project, for goals that set properties or read its model. */
  protected final MavenProject project() {
    return project;
  }

  /** Logs the previous tag, the commit count, the decisive commits and the outcome. */
  protected final void logNextVersion(NextVersionResult result) {
    getLog()
        .info(
            "Previous release: "
                + result.previousTag().orElse("none (first release)")
                + result.previousVersion().map(v -> " (" + v + ")").orElse(""));
    getLog().info("Commits considered: " + result.commitCount());
    if (!result.decisiveCommits().isEmpty()) {
      getLog().info("Decisive commits (" + result.level().name().toLowerCase() + "):");
      for (ReleaseCommit c : result.decisiveCommits()) {
        getLog().info("  " + c.shortSha() + " " + c.header());
      }
    }
    if (result.isRelease()) {
      getLog().info("Next version: " + result.nextVersion().get());
    } else {
      getLog().info("No release: " + result.noReleaseReason());
    }
  }
}
