package dev.tollgate.core.release;

import dev.tollgate.core.git.GitRepository;
import dev.tollgate.core.pom.PomEdit;
import dev.tollgate.core.pom.PomEditException;
import dev.tollgate.core.pom.PomVersionEditor;
import java.nio.file.Path;
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
   * Runs pre-flight and builds the plan. Throws when pre-flight fails or a file cannot be edited;
   * in both cases nothing has been touched.
   */
  public static ReleasePlan plan(GitRepository git, PrepareRequest request)
      throws ReleaseException {
    List<String> problems = preflight(git, request);
    Path root = git.workTree();

    List<FileChange> pomChanges = new ArrayList<>();
    Map<Path, byte[]> released = new LinkedHashMap<>();
    List<String> versionEdits = new ArrayList<>();
    List<FileChange> devChanges = new ArrayList<>();
    List<FileChange> versionFileChanges = new ArrayList<>();
    try {
      for (PomEdit edit : PomVersionEditor.setVersion(request.poms(), request.version())) {
        pomChanges.add(new FileChange(edit.path(), edit.before(), edit.after()));
        released.put(edit.path(), edit.after());
        edit.edits().forEach(e -> versionEdits.add(root.relativize(edit.path()) + ": " + e));
      }
      if (request.developmentVersion() != null) {
        for (PomEdit edit :
            PomVersionEditor.setVersion(request.poms(), released, request.developmentVersion())) {
          devChanges.add(new FileChange(edit.path(), edit.before(), edit.after()));
        }
      }
    } catch (PomEditException e) {
      problems.add(e.getMessage());
    }
    if (problems.isEmpty() && pomChanges.stream().noneMatch(FileChange::changed)) {
      problems.add(
          "no POM changes: the reactor already has version "
              + request.version()
              + "; release another version (tollgate.release.version)");
    }
    for (VersionFile versionFile : request.versionFiles()) {
      try {
        versionFileChanges.add(versionFile.apply(request.root(), request.version()));
      } catch (ReleaseException e) {
        problems.add(e.getMessage());
      }
    }
    if (!problems.isEmpty()) {
      throw new ReleaseException(
          "release:prepare cannot start, nothing was changed:\n  - "
              + String.join("\n  - ", problems));
    }

    List<ReleaseStep> steps = new ArrayList<>();
    List<WriteFilesStep> releaseWrites = new ArrayList<>();
    releaseWrites.add(
        new WriteFilesStep("set version " + request.version() + " in the POMs", root, pomChanges));
    if (!versionFileChanges.isEmpty()) {
      releaseWrites.add(new WriteFilesStep("update the version files", root, versionFileChanges));
    }
    if (!request.otherChanges().isEmpty()) {
      releaseWrites.add(new WriteFilesStep("update the changelog", root, request.otherChanges()));
    }
    steps.addAll(releaseWrites);
    String previousHead = git.head().orElseThrow();
    String branch = git.branch().orElse(null);
    CommitStep releaseCommit =
        new CommitStep(git, () -> paths(releaseWrites), request.commitMessage(), request.sign());
    steps.add(releaseCommit);
    steps.add(new TagStep(git, request.tag(), request.tagMessage(), request.sign()));
    CommitStep last = releaseCommit;
    if (request.developmentVersion() != null) {
      WriteFilesStep devWrite =
          new WriteFilesStep(
              "set development version " + request.developmentVersion() + " in the POMs",
              root,
              devChanges);
      steps.add(devWrite);
      last =
          new CommitStep(
              git,
              () -> paths(List.of(devWrite)),
              request.developmentCommitMessage(),
              request.sign());
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
    plan.execute(log, hook);
    log.accept(
        "Released "
            + request.version()
            + " as tag "
            + request.tag()
            + "; publish it with release:perform, or undo it with release:rollback");
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
