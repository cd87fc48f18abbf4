package dev.tollgate.core.release;

import dev.tollgate.core.git.GitRepository;
import dev.tollgate.core.pom.PomEdit;
import dev.tollgate.core.pom.PomEditException;
import dev.tollgate.core.pom.PomVersionEditor;
import dev.tollgate.core.versioning.BumpLevel;
import dev.tollgate.core.versioning.SemanticVersion;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Plans {@code release:prepare}: pre-flight checks first (nothing is touched when one fails), then
 * the steps: set the release version in the POMs, update version files and the changelog, commit,
 * tag, optionally set the next development version and commit, and record what was done for
 * rollback and perform.
 */
public final class ReleasePrepare {

  private ReleasePrepare() {}

  /**
   * Checks that the release can start. Returns every problem found (each ending with its fix);
   * empty means go.
   */
  public static List<String> preflight(GitRepository git, PrepareRequest request) {
    List<String> problems = new ArrayList<>();
    Optional<String> interrupted = interrupted(git);
    if (interrupted.isPresent()) {
      problems.add(interrupted.get());
      return problems;
    }
    if (git.head().isEmpty()) {
      problems.add("the repository has no commit yet; commit the project first");
      return problems;
    }
    GitRepository.TreeState tree = git.treeState();
    if (!tree.modified().isEmpty()) {
      problems.add(
          "the working tree has uncommitted changes ("
              + sample(tree.modified())
              + "); commit or stash them first");
    }
    if (!tree.untracked().isEmpty() && !request.allowUntracked()) {
      problems.add(
          "the working tree has untracked files ("
              + sample(tree.untracked())
              + "); commit, delete or ignore them, or set tollgate.release.allowUntracked=true");
    }
    Optional<String> branch = git.branch();
    if (branch.isEmpty() && !request.allowDetached()) {
      problems.add(
          "HEAD is detached; switch to the branch to release (git switch main) or set"
              + " tollgate.release.allowDetached=true");
    }
    if (git.tagExists(request.tag())) {
      problems.add(
          "tag "
              + request.tag()
              + " already exists; release another version (tollgate.release.version) or delete"
              + " the tag if it is a leftover (git tag -d "
              + request.tag()
              + ")");
    }
    for (String snapshot : request.externalSnapshots()) {
      problems.add(
          "SNAPSHOT from outside the reactor: "
              + snapshot
              + "; release it first and depend on the release version");
    }
    if (branch.isPresent()) {
      Optional<String> upstream = git.upstream(branch.get());
      if (upstream.isPresent()) {
        int behind = git.commitsMissingFromHead(upstream.get());
        if (behind > 0) {
          problems.add(
              "branch "
                  + branch.get()
                  + " is "
                  + behind
                  + (behind == 1 ? " commit" : " commits")
                  + " behind "
                  + upstream.get().replaceFirst("^refs/remotes/", "")
                  + "; pull first (git pull --rebase)");
        }
      }
    }
    if (request.sign()) {
      git.signingProblem()
          .ifPresent(
              p ->
                  problems.add(
                      "signing was requested (tollgate.release.sign=true) but "
                          + p
                          + "; configure a signing key JGit can use, or set"
                          + " tollgate.release.sign=false to release unsigned"));
    }
    return problems;
  }

  /**
   * Refuses to start over the journal of an interrupted prepare, before anything else reads the
   * history (whose release commit without a tag would otherwise look like unfetched tags).
   *
   * @throws ReleaseException naming release:rollback when a journal is there
   */
  public static void requireNoJournal(GitRepository git) throws ReleaseException {
    Optional<String> interrupted = interrupted(git);
    if (interrupted.isPresent()) {
      throw new ReleaseException(
          "release:prepare cannot start, nothing was changed:\n  - " + interrupted.get());
    }
  }

  private static Optional<String> interrupted(GitRepository git) {
    try {
      return ReleaseJournal.find(git.gitDir())
          .map(
              journal ->
                  journal.describe()
                      + "; run release:rollback (mvn -N release:rollback when Maven cannot read"
                      + " the half-edited reactor) to restore the repository byte for byte, then"
                      + " release:prepare again");
    } catch (IOException e) {
      return Optional.of("cannot read the release journal: " + e.getMessage());
    }
  }

  /**
   * Runs pre-flight and builds the plan. Throws when pre-flight fails or a file cannot be edited;
   * in both cases nothing has been touched.
   */
  public static ReleasePlan plan(GitRepository git, PrepareRequest request)
      throws ReleaseException {
    List<String> problems = preflight(git, request);
    Path root = git.workTree();
    // whole seconds: the release commit gets exactly this time, and so does outputTimestamp
    Instant releaseTime = Instant.now().truncatedTo(ChronoUnit.SECONDS);

    Map<Path, FileChange> pomChanges = new LinkedHashMap<>();
    Map<Path, byte[]> released = new LinkedHashMap<>();
    Map<Path, FileChange> devChanges = new LinkedHashMap<>();
    Map<Path, FileChange> fileChanges = new LinkedHashMap<>();
    Map<Path, FileChange> devFileChanges = new LinkedHashMap<>();
    List<String> kept = new ArrayList<>();
    Map<String, String> releasedArtifacts = new LinkedHashMap<>();
    Map<String, String> devArtifacts = new LinkedHashMap<>();
    try {
      for (PomEdit edit :
          PomVersionEditor.setVersion(
              request.poms(),
              Map.of(),
              request.version(),
              new PomVersionEditor.ReleaseStamp(releaseTime.toString(), request.tag()))) {
        pomChanges.put(edit.path(), new FileChange(edit.path(), edit.before(), edit.after()));
        released.put(edit.path(), edit.after());
        edit.kept().ifPresent(kept::add);
        if (edit.kept().isEmpty() && edit.artifactId() != null) {
          releasedArtifacts.put(edit.artifactId(), request.version());
          if (request.developmentVersion() != null) {
            devArtifacts.put(edit.artifactId(), request.developmentVersion());
          }
        }
      }
      if (request.developmentVersion() != null) {
        requireDevelopmentVersion(request);
        for (PomEdit edit :
            PomVersionEditor.setVersion(
                request.poms(),
                released,
                request.developmentVersion(),
                new PomVersionEditor.ReleaseStamp(null, "HEAD"))) {
          devChanges.put(edit.path(), new FileChange(edit.path(), edit.before(), edit.after()));
        }
      }
    } catch (PomEditException e) {
      problems.add(e.getMessage());
    } catch (ReleaseException e) {
      problems.add(e.getMessage());
    }
    if (problems.isEmpty() && pomChanges.values().stream().noneMatch(FileChange::changed)) {
      problems.add(
          "no POM changes: the reactor already has version "
              + request.version()
              + "; release another version (tollgate.release.version)");
    }
    // every edit of one file composes: POM markers on the POM edit, versionFiles on each other
    for (FileChange pom : List.copyOf(pomChanges.values())) {
      pomChanges.put(pom.path(), markers(pom, releasedArtifacts, request.version(), false));
    }
    for (FileChange pom : List.copyOf(devChanges.values())) {
      devChanges.put(pom.path(), markers(pom, devArtifacts, request.developmentVersion(), true));
    }
    for (VersionFile versionFile : request.versionFiles()) {
      try {
        Path file = root.resolve(versionFile.path()).toAbsolutePath().normalize();
        FileChange previous = fileChanges.get(file);
        if (previous == null && pomChanges.containsKey(file)) {
          throw new ReleaseException(
              "versionFiles: "
                  + versionFile.path()
                  + " is a reactor POM, whose versions release:prepare sets itself; remove the"
                  + " entry");
        }
        fileChanges.put(file, versionFile.apply(request.root(), request.version(), previous));
      } catch (ReleaseException e) {
        problems.add(e.getMessage());
      }
    }
    try {
      for (String marked : request.markerFiles()) {
        Path file = request.root().resolve(marked).toAbsolutePath().normalize();
        if (!Files.isRegularFile(file) || pomChanges.containsKey(file)) {
          continue;
        }
        FileChange base = fileChanges.getOrDefault(file, unchanged(file));
        fileChanges.put(file, markers(base, releasedArtifacts, request.version(), false));
        if (request.developmentVersion() != null) {
          FileChange dev =
              markers(
                  asBase(fileChanges.get(file)), devArtifacts, request.developmentVersion(), true);
          devFileChanges.put(file, dev);
        }
      }
      if (request.versionsFile() != null) {
        Path file = request.root().resolve(request.versionsFile()).toAbsolutePath().normalize();
        if (Files.isRegularFile(file)) {
          FileChange base = fileChanges.getOrDefault(file, unchanged(file));
          fileChanges.put(file, versions(base, releasedArtifacts, false));
          if (request.developmentVersion() != null) {
            FileChange devBase = devFileChanges.getOrDefault(file, asBase(fileChanges.get(file)));
            devFileChanges.put(file, versions(devBase, devArtifacts, true));
          }
        }
      }
    } catch (IOException e) {
      problems.add("cannot read a file with version markers: " + e.getMessage());
    }
    if (!problems.isEmpty()) {
      throw new ReleaseException(
          "release:prepare cannot start, nothing was changed:\n  - "
              + String.join("\n  - ", problems));
    }

    List<ReleaseStep> steps = new ArrayList<>();
    List<WriteFilesStep> releaseWrites = new ArrayList<>();
    String pomTitle = "set version " + request.version() + " in the POMs";
    if (!kept.isEmpty()) {
      pomTitle += "; left alone, not on the reactor's version line: " + String.join(", ", kept);
    }
    releaseWrites.add(new WriteFilesStep(pomTitle, root, List.copyOf(pomChanges.values())));
    if (!fileChanges.isEmpty()) {
      releaseWrites.add(
          new WriteFilesStep("update the version files", root, List.copyOf(fileChanges.values())));
    }
    if (!request.otherChanges().isEmpty()) {
      releaseWrites.add(new WriteFilesStep("update the changelog", root, request.otherChanges()));
    }
    steps.addAll(releaseWrites);
    if (!request.buildCommand().isEmpty()) {
      steps.add(new BuildStep(root, request.buildCommand()));
    }
    String previousHead = git.head().orElseThrow();
    String branch = git.branch().orElse(null);
    CommitStep releaseCommit =
        new CommitStep(
            git, () -> paths(releaseWrites), request.commitMessage(), request.sign(), releaseTime);
    steps.add(releaseCommit);
    steps.add(new TagStep(git, request.tag(), request.tagMessage(), request.sign()));
    CommitStep last = releaseCommit;
    if (request.developmentVersion() != null) {
      List<FileChange> devAll = new ArrayList<>(devChanges.values());
      devAll.addAll(devFileChanges.values());
      WriteFilesStep devWrite =
          new WriteFilesStep(
              "set development version " + request.developmentVersion() + " in the POMs",
              root,
              devAll);
      steps.add(devWrite);
      last =
          new CommitStep(
              git,
              () -> paths(List.of(devWrite)),
              request.developmentCommitMessage(),
              request.sign(),
              null);
      steps.add(last);
    }
    CommitStep lastCommit = last;
    steps.add(
        new RecordStep(
            git.gitDir(),
            () ->
                new ReleaseRecord(
                    request.version(),
                    request.tag(),
                    branch,
                    previousHead,
                    releaseCommit.commit(),
                    lastCommit.commit(),
                    false)));
    return new ReleasePlan(steps);
  }

  /**
   * The development version must be a SNAPSHOT above the release ({@code 1.2.1-SNAPSHOT} after
   * {@code 1.2.0}); anything else would publish a build that sorts before the release.
   */
  static void requireDevelopmentVersion(PrepareRequest request) throws ReleaseException {
    String dev = request.developmentVersion();
    String fix =
        "; set tollgate.release.developmentVersion to a SNAPSHOT above the release, e.g. "
            + SemanticVersion.tryParse(request.version())
                .map(v -> v.release().bump(BumpLevel.PATCH) + "-SNAPSHOT")
                .orElse("1.2.1-SNAPSHOT");
    if (!dev.endsWith("-SNAPSHOT")) {
      throw new ReleaseException(
          "development version '" + dev + "' is not a SNAPSHOT (it must end with -SNAPSHOT)" + fix);
    }
    String core = dev.substring(0, dev.length() - "-SNAPSHOT".length());
    Optional<SemanticVersion> parsed = looseVersion(core);
    Optional<SemanticVersion> release = SemanticVersion.tryParse(request.version());
    if (parsed.isEmpty()) {
      throw new ReleaseException("development version '" + dev + "' is not a version" + fix);
    }
    if (release.isPresent() && parsed.get().compareTo(release.get()) <= 0) {
      throw new ReleaseException(
          "development version '" + dev + "' is not above the release " + request.version() + fix);
    }
  }

  // 1.3-SNAPSHOT is a fine Maven development version: missing parts are 0
  private static Optional<SemanticVersion> looseVersion(String text) {
    Optional<SemanticVersion> exact = SemanticVersion.tryParse(text);
    if (exact.isPresent()) {
      return exact;
    }
    String[] parts = text.split("\\.", -1);
    if (parts.length > 3) {
      return Optional.empty();
    }
    String padded = text + ".0".repeat(3 - parts.length);
    return SemanticVersion.tryParse(padded);
  }

  private static FileChange unchanged(Path file) throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    return new FileChange(file, bytes, bytes);
  }

  // the released content as the start of the development edit
  private static FileChange asBase(FileChange released) {
    return new FileChange(released.path(), released.after(), released.after());
  }

  private static FileChange markers(
      FileChange change, Map<String, String> artifacts, String version, boolean development) {
    String text = new String(change.after(), StandardCharsets.UTF_8);
    if (!VersionMarkers.mayHoldMarkers(text)) {
      return change;
    }
    String updated = VersionMarkers.update(text, artifacts, version, development);
    return updated.equals(text)
        ? change
        : new FileChange(change.path(), change.before(), updated.getBytes(StandardCharsets.UTF_8));
  }

  private static FileChange versions(
      FileChange change, Map<String, String> artifacts, boolean development) {
    String text = new String(change.after(), StandardCharsets.UTF_8);
    String updated = VersionMarkers.updateVersions(text, artifacts, development);
    return new FileChange(change.path(), change.before(), updated.getBytes(StandardCharsets.UTF_8));
  }

  /** Plans and runs (or, when {@code dryRun}, only prints) the release. */
  public static void run(
      GitRepository git,
      PrepareRequest request,
      boolean dryRun,
      Consumer<String> log,
      StepHook hook)
      throws ReleaseException {
    ReleasePlan plan = plan(git, request);
    if (dryRun) {
      plan.simulate(log);
      return;
    }
    List<Path> files = new ArrayList<>();
    for (ReleaseStep step : plan.steps()) {
      if (step instanceof WriteFilesStep write) {
        files.addAll(write.files());
      }
    }
    ReleaseJournal journal = ReleaseJournal.begin(git, request, files, plan.steps().size());
    try {
      plan.execute(
          log,
          (index, step) -> {
            hook.afterExecute(index, step);
            journal.stepDone(index);
          });
    } catch (ReleaseException e) {
      if (ReleasePlan.wasUndone(e)) {
        closeQuietly(journal);
      }
      throw e;
    }
    try {
      journal.close();
    } catch (IOException e) {
      throw new ReleaseException(
          "the release is prepared, but its journal in "
              + ReleaseJournal.dir(git.gitDir())
              + " cannot be removed ("
              + e.getMessage()
              + "); delete that directory",
          e);
    }
    log.accept(
        "Released "
            + request.version()
            + " as tag "
            + request.tag()
            + "; publish it with release:perform, or undo it with release:rollback");
  }

  private static void closeQuietly(ReleaseJournal journal) {
    try {
      journal.close();
    } catch (IOException e) {
      // the next prepare names the leftover journal and the fix
    }
  }

  private static List<String> paths(List<WriteFilesStep> steps) {
    LinkedHashSet<String> paths = new LinkedHashSet<>();
    steps.forEach(s -> paths.addAll(s.paths()));
    return List.copyOf(paths);
  }

  private static String sample(List<String> paths) {
    if (paths.size() <= 3) {
      return String.join(", ", paths);
    }
    return String.join(", ", paths.subList(0, 3)) + " and " + (paths.size() - 3) + " more";
  }
}
