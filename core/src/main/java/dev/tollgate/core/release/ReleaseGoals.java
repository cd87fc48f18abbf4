package dev.tollgate.core.release;

import dev.tollgate.core.changelog.Changelog;
import dev.tollgate.core.changelog.ChangelogFile;
import dev.tollgate.core.changelog.ChangelogHistory;
import dev.tollgate.core.changelog.ChangelogStyle;
import dev.tollgate.core.changelog.ReleaseSection;
import dev.tollgate.core.changelog.RepositoryLinks;
import dev.tollgate.core.git.GitException;
import dev.tollgate.core.git.GitRepository;
import dev.tollgate.core.io.AtomicFiles;
import dev.tollgate.core.versioning.BumpLevel;
import dev.tollgate.core.versioning.NextVersion;
import dev.tollgate.core.versioning.NextVersionResult;
import dev.tollgate.core.versioning.SemanticVersion;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The release goals, one call each: a plugin reads its parameters into options ({@link
 * NextOptions#of}, {@link PrepareOptions#of}, …) and calls one method here.
 *
 * <p>Failures: {@link ReleaseException} for a release that cannot or did not go ahead (the message
 * names the fix); {@link dev.tollgate.core.settings.InvalidSettingException} and {@link
 * IllegalArgumentException} for configuration; {@link GitException} for a repository that cannot
 * answer.
 */
public final class ReleaseGoals {

  /** The file {@code release:next} writes the next version to (empty when there is none). */
  public static final String NEXT_VERSION_FILE = "next-version.txt";

  /** The file holding the release's changelog section alone, for CI to publish. */
  public static final String RELEASE_NOTES_FILE = "release-notes.md";

  private ReleaseGoals() {}

  /**
   * {@code release:next}: computes the next version and writes it to {@link #NEXT_VERSION_FILE}.
   *
   * @throws ReleaseException when there is nothing to release and {@code failOnNoRelease} is set
   */
  public static NextVersionResult next(NextOptions options) throws ReleaseException {
    NextVersionResult result = compute(options);
    String text = result.nextVersion().map(v -> v + "\n").orElse("");
    write(options.outputDirectory().resolve(NEXT_VERSION_FILE), text);
    return result;
  }

  /**
   * {@code release:changelog}: inserts the next release's section into the changelog file, or
   * rebuilds the file from the release tags; writes the section alone to {@link
   * #RELEASE_NOTES_FILE}.
   */
  public static void changelog(ChangelogOptions options, Consumer<String> log)
      throws ReleaseException {
    NextOptions next = options.next();
    // an interrupted prepare first: its commit without a tag would read as unfetched tags
    try (GitRepository git = GitRepository.open(next.project().root())) {
      ReleasePrepare.requireNoJournal(git);
    }
    NextVersionResult result = compute(next);
    result.summary().forEach(log);
    Path dir = next.project().root();
    Path target = dir.resolve(options.file());
    Optional<ReleaseSection> section =
        result.isRelease()
            ? Optional.of(
                ChangelogHistory.nextSection(result, next.version().tagFormat(), options.date()))
            : Optional.empty();
    Optional<RepositoryLinks> links = ChangelogHistory.links(dir, options.remote());
    Optional<String> notes = section.map(s -> Changelog.renderSection(options.style(), s, links));
    byte[] updated;
    if (options.regenerate()) {
      List<ReleaseSection> sections = new ArrayList<>();
      section.ifPresent(sections::add);
      sections.addAll(
          ChangelogHistory.releases(
              dir,
              next.version().tagFormat(),
              next.version().to(),
              next.version().breakingNotes()));
      updated =
          Changelog.renderAll(options.style(), sections, links).getBytes(StandardCharsets.UTF_8);
      log.accept("Regenerated " + target + " from " + sections.size() + " releases");
    } else if (notes.isPresent()) {
      updated =
          insert(target, options.style(), notes.get(), section.get().version().toString()).after();
      log.accept("Added the " + section.get().version() + " section to " + target);
    } else {
      log.accept("Nothing to release: " + target + " left unchanged");
      return;
    }
    write(target, updated);
    if (notes.isPresent()) {
      writeNotes(next, notes.get(), log);
    }
  }

  /**
   * {@code release:prepare}: computes the release version, checks the reactor for external
   * snapshots, renders the changelog section, then plans and runs (or, on a dry run, prints) the
   * release through {@link ReleasePrepare}.
   *
   * @throws ReleaseException when there is nothing to release, a pre-flight check fails, or a step
   *     fails (every earlier step is undone)
   */
  public static void prepare(PrepareOptions options, Consumer<String> log) throws ReleaseException {
    NextOptions next = options.next();
    // an interrupted prepare first: its commit without a tag would read as unfetched tags
    try (GitRepository git = GitRepository.open(next.project().root())) {
      ReleasePrepare.requireNoJournal(git);
    }
    NextVersionResult result = compute(next);

    result.summary().forEach(log);
    SemanticVersion version =
        result
            .nextVersion()
            .orElseThrow(
                () ->
                    new ReleaseException(
                        "nothing to release: "
                            + result.noReleaseReason()
                            + "; commit a feat or fix, or force a release with"
                            + " -Dtollgate.release.increment=PATCH or"
                            + " -Dtollgate.release.version=X.Y.Z"));
    Optional<String> notes =
        options.changelog() ? Optional.of(notes(options, result)) : Optional.empty();
    PrepareRequest request = request(options, version, notes);
    try (GitRepository git = GitRepository.open(next.project().root())) {
      ReleasePrepare.run(git, request, options.dryRun(), log, StepHook.NONE);
    }
    if (!options.dryRun() && notes.isPresent()) {
      writeNotes(next, notes.get(), log);
    }
  }

  /** {@code release:rollback}: undoes the last prepare that was not pushed. */
  public static void rollback(PublishOptions options, Consumer<String> log)
      throws ReleaseException {
    try (GitRepository git = GitRepository.open(options.root())) {
      ReleaseRollback.run(git, options.dryRun(), log);
    }
  }

  /** {@code release:perform}: pushes the last prepare's commits and tag in one atomic push. */
  public static void perform(PublishOptions options, Consumer<String> log) throws ReleaseException {
    try (GitRepository git = GitRepository.open(options.root())) {
      ReleasePerform.run(git, options.remote(), options.dryRun(), log);
    }
  }

  /**
   * The next development version: the explicit one, else (with {@code nextDevelopment}) the
   * release's patch bump as a SNAPSHOT ({@code 1.2.0} and {@code 1.2.0-rc.1} give {@code
   * 1.2.1-SNAPSHOT}); empty for no development commit.
   */
  static Optional<String> developmentVersion(PrepareOptions options, SemanticVersion release) {
    if (options.developmentVersion().isPresent()) {
      return options.developmentVersion();
    }
    if (!options.nextDevelopment()) {
      return Optional.empty();
    }
    return Optional.of(
        release.release().bump(BumpLevel.PATCH).withPreRelease(List.of("SNAPSHOT")).toString());
  }

  /** Everything {@link ReleasePrepare} needs, decided: versions, tag, messages and files. */
  static PrepareRequest request(
      PrepareOptions options, SemanticVersion version, Optional<String> notes)
      throws ReleaseException {
    ReleaseProject project = options.next().project();
    String releaseVersion = version.toString();
    String tag = options.next().version().tagFormat().tagFor(version);
    String devVersion = developmentVersion(options, version).orElse(null);
    List<VersionFile> files = new ArrayList<>();
    for (String spec : options.versionFiles()) {
      try {
        files.add(VersionFile.parse(spec));
      } catch (ReleaseException e) {
        throw new ReleaseException(e.getMessage() + " (parameter versionFiles)", e);
      }
    }
    List<FileChange> changelog = new ArrayList<>();
    if (notes.isPresent()) {
      Path target = project.root().resolve(options.changelogFile()).toAbsolutePath().normalize();
      ChangelogFile.Update update =
          insert(target, options.changelogStyle(), notes.get(), releaseVersion);
      changelog.add(new FileChange(update.path(), update.before(), update.after()));
    }
    return new PrepareRequest(
        project.root(),
        project.poms(),
        releaseVersion,
        devVersion,
        tag,
        PrepareRequest.expand(options.commitMessage(), releaseVersion, tag, devVersion),
        PrepareRequest.expand(options.tagMessage(), releaseVersion, tag, devVersion),
        PrepareRequest.expand(options.developmentCommitMessage(), releaseVersion, tag, devVersion),
        options.sign(),
        files,
        changelog,
        options.allowUntracked(),
        options.allowDetached(),
        ExternalSnapshots.find(project, options.allowSnapshots()),
        options.markerFiles(),
        options.versionsFile(),
        buildCommand(options));
  }

  /**
   * The release build's command: the forked Maven with the preparation goals; empty when there are
   * no goals.
   *
   * @throws ReleaseException when goals are set but no Maven to fork is known
   */
  static List<String> buildCommand(PrepareOptions options) throws ReleaseException {
    if (options.preparationGoals().isEmpty()) {
      return List.of();
    }
    if (options.mavenCommand().isEmpty()) {
      throw new ReleaseException(
          "the release build (tollgate.release.preparationGoals="
              + String.join(" ", options.preparationGoals())
              + ") needs a Maven to fork, and none is known (maven.home is not set); run"
              + " release:prepare through mvn, or set tollgate.release.preparationGoals=none to"
              + " skip the build");
    }
    List<String> command = new ArrayList<>(options.mavenCommand());
    command.addAll(options.preparationGoals());
    return command;
  }

  private static String notes(PrepareOptions options, NextVersionResult result) {
    ReleaseSection section =
        ChangelogHistory.nextSection(result, options.next().version().tagFormat(), options.date());
    return Changelog.renderSection(
        options.changelogStyle(),
        section,
        ChangelogHistory.links(options.next().project().root(), "origin"));
  }

  private static NextVersionResult compute(NextOptions options) throws ReleaseException {
    NextVersionResult result = NextVersion.compute(options.project().root(), options.version());
    if (!result.isRelease() && options.failOnNoRelease()) {
      throw new ReleaseException(
          "nothing to release: "
              + result.noReleaseReason()
              + " (tollgate.release.failOnNoRelease=true). Commit a feat or fix, or force one"
              + " with -Dtollgate.release.increment=PATCH");
    }
    return result;
  }

  private static ChangelogFile.Update insert(
      Path target, ChangelogStyle style, String notes, String version) throws ReleaseException {
    try {
      return ChangelogFile.insert(target, style, notes, version);
    } catch (IOException e) {
      throw new ReleaseException(e.getMessage(), e);
    }
  }

  private static void writeNotes(NextOptions next, String notes, Consumer<String> log)
      throws ReleaseException {
    Path file = next.outputDirectory().resolve(RELEASE_NOTES_FILE);
    write(file, notes);
    log.accept("Release notes: " + file);
  }

  private static void write(Path file, String text) throws ReleaseException {
    write(file, text.getBytes(StandardCharsets.UTF_8));
  }

  private static void write(Path file, byte[] bytes) throws ReleaseException {
    try {
      AtomicFiles.write(file, bytes);
    } catch (IOException e) {
      throw new ReleaseException("cannot write " + file + ": " + e.getMessage(), e);
    }
  }
}
