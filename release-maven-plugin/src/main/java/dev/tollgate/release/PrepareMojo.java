package dev.tollgate.release;

import dev.tollgate.core.changelog.Changelog;
import dev.tollgate.core.changelog.ChangelogHistory;
import dev.tollgate.core.changelog.ChangelogStyle;
import dev.tollgate.core.changelog.ReleaseSection;
import dev.tollgate.core.git.GitException;
import dev.tollgate.core.git.GitRepository;
import dev.tollgate.core.io.AtomicFiles;
import dev.tollgate.core.release.FileChange;
import dev.tollgate.core.release.PrepareRequest;
import dev.tollgate.core.release.ReleaseException;
import dev.tollgate.core.release.ReleasePrepare;
import dev.tollgate.core.release.StepHook;
import dev.tollgate.core.release.VersionFile;
import dev.tollgate.core.versioning.NextVersionResult;
import dev.tollgate.core.versioning.SemanticVersion;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.model.Dependency;
import org.apache.maven.model.Plugin;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * Prepares a release: checks the repository (clean tree, on a branch, tag free, no SNAPSHOTs from
 * outside the reactor, not behind upstream), sets the release version in every reactor POM
 * (losslessly), updates the version files and the changelog, commits the release ({@code
 * chore(release): v1.2.0}), creates an annotated tag and optionally commits the next development
 * version. All or nothing: a failure undoes every earlier step. Run it from the command line at the
 * reactor root; {@code -Dtollgate.release.dryRun} prints the plan and the diffs and changes
 * nothing.
 */
@Mojo(name = "prepare", aggregator = true, threadSafe = true)
public class PrepareMojo extends AbstractReleaseMojo {

  /** Skips this goal. */
  @Parameter(property = "tollgate.prepare.skip", defaultValue = "false")
  private boolean skip;

  /** Print the plan, every file's diff and the tag, and change nothing. */
  @Parameter(property = "tollgate.release.dryRun", defaultValue = "false")
  private boolean dryRun;

  /** Allow untracked files in the working tree (they are left alone and not committed). */
  @Parameter(property = "tollgate.release.allowUntracked", defaultValue = "false")
  private boolean allowUntracked;

  /** Allow releasing from a detached HEAD (e.g. a CI checkout of a commit). */
  @Parameter(property = "tollgate.release.allowDetached", defaultValue = "false")
  private boolean allowDetached;

  /**
   * The release commit message. Placeholders: {@code @{version}}, {@code @{tag}} (write {@code
   * ${...}} only on the command line: in a POM Maven interpolates it first). Default: {@code
   * chore(release): v@{version}}, which passes Tollgate's commit rules.
   */
  @Parameter(property = "tollgate.release.commitMessage")
  private String commitMessage;

  /**
   * The annotated tag's message; placeholders as for commitMessage. Default: {@code
   * Release @{version}}.
   */
  @Parameter(property = "tollgate.release.tagMessage")
  private String tagMessage;

  /**
   * Sign the release commit(s) and the tag with the key configured for git ({@code
   * user.signingKey}, {@code gpg.format}). When signing is requested but not possible the release
   * fails before touching anything; it is never made unsigned silently.
   */
  @Parameter(property = "tollgate.release.sign", defaultValue = "false")
  private boolean sign;

  /**
   * After the release commit, set the next development version ({@code X.Y.Z+1-SNAPSHOT}) in the
   * POMs and commit it.
   */
  @Parameter(property = "tollgate.release.nextDevelopment", defaultValue = "false")
  private boolean nextDevelopment;

  /** The next development version, overriding {@code X.Y.Z+1-SNAPSHOT}; implies nextDevelopment. */
  @Parameter(property = "tollgate.release.developmentVersion")
  private String developmentVersion;

  /**
   * The development commit message; placeholders {@code @{developmentVersion}}, {@code @{version}}.
   * Default: {@code chore(release): start @{developmentVersion}}.
   */
  @Parameter(property = "tollgate.release.developmentCommitMessage")
  private String developmentCommitMessage;

  /**
   * Other files carrying the version, as {@code path=regex} (path relative to the reactor root; RE2
   * syntax). Each match's first group, or the whole match without a group, becomes the new version,
   * e.g. {@code README.md=demo:([0-9][0-9.]*)}. A pattern matching nothing fails the release.
   */
  @Parameter(property = "tollgate.release.versionFiles")
  private List<String> versionFiles = new ArrayList<>();

  /**
   * SNAPSHOT dependencies or plugins from outside the reactor that may stay, as {@code
   * groupId:artifactId} ({@code *} matches any artifactId, e.g. {@code com.acme:*}).
   */
  @Parameter(property = "tollgate.release.allowSnapshots")
  private List<String> allowSnapshots = new ArrayList<>();

  /** Insert the release's section into the changelog file, in the same commit. */
  @Parameter(property = "tollgate.release.changelog", defaultValue = "true")
  private boolean changelog;

  /** The changelog style: {@code conventional}, {@code commitizen} or {@code keepachangelog}. */
  @Parameter(property = "tollgate.changelog.style", defaultValue = "conventional")
  private String changelogStyle;

  /** The changelog file, relative to the reactor root. */
  @Parameter(property = "tollgate.changelog.file", defaultValue = "CHANGELOG.md")
  private String changelogFile;

  @Parameter(defaultValue = "${session}", readonly = true, required = true)
  private MavenSession session;

  @Override
  protected boolean isSkipped() {
    return skip;
  }

  @Override
  protected void run() throws MojoExecutionException, MojoFailureException {
    NextVersionResult next = computeNextVersion();
    logNextVersion(next);
    if (next.nextVersion().isEmpty()) {
      throw new MojoFailureException(
          "Tollgate: nothing to release: "
              + next.noReleaseReason()
              + "; commit a feat or fix, or force a release with"
              + " -Dtollgate.release.increment=PATCH or -Dtollgate.release.version=X.Y.Z");
    }
    SemanticVersion semantic = next.nextVersion().get();
    String releaseVersion = semantic.toString();
    String tag = tagFormat().tagFor(semantic);
    String devVersion = developmentVersion(releaseVersion);
    List<VersionFile> files = new ArrayList<>();
    try {
      for (String spec : versionFiles) {
        files.add(VersionFile.parse(spec));
      }
    } catch (ReleaseException e) {
      throw new MojoExecutionException(e.getMessage() + " (parameter versionFiles)");
    }
    Path root = repositoryDirectory();
    Optional<String> notes = Optional.empty();
    List<FileChange> changelogChanges = new ArrayList<>();
    if (changelog) {
      notes = Optional.of(releaseNotes(next, root));
      changelogChanges.add(changelogChange(root, notes.get(), releaseVersion));
    }
    PrepareRequest request =
        new PrepareRequest(
            root,
            reactorPoms(),
            releaseVersion,
            devVersion,
            tag,
            PrepareRequest.expand(
                or(commitMessage, PrepareRequest.DEFAULT_COMMIT_MESSAGE),
                releaseVersion,
                tag,
                devVersion),
            PrepareRequest.expand(
                or(tagMessage, PrepareRequest.DEFAULT_TAG_MESSAGE),
                releaseVersion,
                tag,
                devVersion),
            PrepareRequest.expand(
                or(developmentCommitMessage, PrepareRequest.DEFAULT_DEVELOPMENT_COMMIT_MESSAGE),
                releaseVersion,
                tag,
                devVersion),
            sign,
            files,
            changelogChanges,
            allowUntracked,
            allowDetached,
            externalSnapshots());
    try (GitRepository git = GitRepository.open(root)) {
      ReleasePrepare.run(git, request, dryRun, getLog()::info, StepHook.NONE);
    } catch (ReleaseException e) {
      throw new MojoFailureException(e.getMessage());
    } catch (GitException e) {
      throw new MojoExecutionException(e.getMessage());
    }
    if (!dryRun && notes.isPresent()) {
      Path notesFile = outputDirectory().resolve("release-notes.md");
      try {
        AtomicFiles.write(notesFile, notes.get().getBytes(StandardCharsets.UTF_8));
        getLog().info("Release notes: " + notesFile);
      } catch (IOException e) {
        throw new MojoExecutionException("cannot write " + notesFile + ": " + e.getMessage(), e);
      }
    }
  }

  private String releaseNotes(NextVersionResult next, Path root) throws MojoExecutionException {
    try {
      ChangelogStyle style = ChangelogStyle.parse(changelogStyle);
      ReleaseSection section =
          ChangelogHistory.nextSection(next, tagFormat(), LocalDate.now(ZoneOffset.UTC));
      return Changelog.renderSection(style, section, ChangelogHistory.links(root, "origin"));
    } catch (IllegalArgumentException e) {
      throw new MojoExecutionException("Tollgate changelog configuration: " + e.getMessage(), e);
    } catch (GitException e) {
      throw new MojoExecutionException(e.getMessage(), e);
    }
  }

  private FileChange changelogChange(Path root, String notes, String releaseVersion)
      throws MojoExecutionException {
    Path target = root.resolve(changelogFile).toAbsolutePath().normalize();
    try {
      byte[] before = Files.exists(target) ? Files.readAllBytes(target) : null;
      String existing = before == null ? "" : new String(before, StandardCharsets.UTF_8);
      if (before != null && !Arrays.equals(existing.getBytes(StandardCharsets.UTF_8), before)) {
        throw new MojoExecutionException(
            target
                + " is not UTF-8, so it cannot be updated byte for byte; convert it or set"
                + " tollgate.release.changelog=false");
      }
      String updated =
          Changelog.insertSection(
              ChangelogStyle.parse(changelogStyle), existing, notes, releaseVersion);
      return new FileChange(target, before, updated.getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new MojoExecutionException("cannot read " + target + ": " + e.getMessage(), e);
    }
  }

  private String developmentVersion(String releaseVersion) throws MojoExecutionException {
    if (developmentVersion != null && !developmentVersion.isBlank()) {
      return developmentVersion.trim();
    }
    if (!nextDevelopment) {
      return null;
    }
    String core = releaseVersion.replaceFirst("[-+].*$", "");
    String[] parts = core.split("\\.");
    if (parts.length != 3 || !core.matches("\\d+\\.\\d+\\.\\d+")) {
      throw new MojoExecutionException(
          "cannot derive the next development version from '"
              + releaseVersion
              + "'; set tollgate.release.developmentVersion");
    }
    return parts[0] + "." + parts[1] + "." + (Long.parseLong(parts[2]) + 1) + "-SNAPSHOT";
  }

  private List<Path> reactorPoms() {
    Set<Path> poms = new LinkedHashSet<>();
    for (MavenProject p : session.getAllProjects()) {
      File file = p.getFile();
      if (file != null) {
        poms.add(file.toPath().toAbsolutePath().normalize());
      }
    }
    return List.copyOf(poms);
  }

  /** SNAPSHOT dependencies, plugins and parents that the reactor does not build. */
  private List<String> externalSnapshots() {
    Set<String> reactor = new LinkedHashSet<>();
    for (MavenProject p : session.getAllProjects()) {
      reactor.add(p.getGroupId() + ":" + p.getArtifactId());
    }
    Set<String> found = new LinkedHashSet<>();
    for (MavenProject p : session.getAllProjects()) {
      String where = p.getGroupId() + ":" + p.getArtifactId();
      if (p.getParent() != null) {
        check(
            reactor,
            found,
            p.getParent().getGroupId(),
            p.getParent().getArtifactId(),
            p.getParent().getVersion(),
            "parent of " + where);
      }
      for (Dependency d : p.getDependencies()) {
        check(
            reactor,
            found,
            d.getGroupId(),
            d.getArtifactId(),
            d.getVersion(),
            "dependency of " + where);
      }
      for (Plugin plugin : p.getBuildPlugins()) {
        check(
            reactor,
            found,
            plugin.getGroupId(),
            plugin.getArtifactId(),
            plugin.getVersion(),
            "plugin of " + where);
        for (Dependency d : plugin.getDependencies()) {
          check(
              reactor,
              found,
              d.getGroupId(),
              d.getArtifactId(),
              d.getVersion(),
              "dependency of plugin " + plugin.getArtifactId() + " in " + where);
        }
      }
    }
    return List.copyOf(found);
  }

  private void check(
      Set<String> reactor, Set<String> found, String g, String a, String v, String where) {
    if (v == null || !v.endsWith("SNAPSHOT") || reactor.contains(g + ":" + a) || allowed(g, a)) {
      return;
    }
    found.add(g + ":" + a + ":" + v + " (" + where + ")");
  }

  private boolean allowed(String groupId, String artifactId) {
    for (String spec : allowSnapshots) {
      String s = spec.trim();
      if (s.equals(groupId + ":" + artifactId) || s.equals(groupId + ":*")) {
        return true;
      }
    }
    return false;
  }

  private static String or(String value, String fallback) {
    return value == null || value.isBlank() ? fallback : value;
  }
}
