package dev.tollgate.core.release;

import dev.tollgate.core.git.GitRepository;
import dev.tollgate.core.git.GitWrites.ResetMode;
import java.io.IOException;
import java.nio.file.Files;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Undoes the last {@code release:prepare} that was not pushed: moves the branch back to where it
 * was, restoring the files, and deletes the tag. Refuses whenever that would lose other work.
 */
public final class ReleaseRollback {

  private ReleaseRollback() {}

  public static void run(GitRepository git, boolean dryRun, Consumer<String> log)
      throws ReleaseException {
    Optional<ReleaseJournal> journal;
    try {
      journal = ReleaseJournal.find(git.gitDir());
    } catch (IOException e) {
      throw new ReleaseException("cannot read the release journal: " + e.getMessage(), e);
    }
    if (journal.isPresent()) {
      if (dryRun) {
        log.accept(
            "Dry run: "
                + journal.get().describe()
                + "; would restore the files, the index, HEAD and the tags from its journal");
        return;
      }
      journal.get().restore(git, log);
      return;
    }
    ReleaseRecord record =
        ReleaseRecord.require(
            git.gitDir(),
            "no release to roll back: release:prepare has not run in this clone"
                + " (or was already rolled back)");
    if (record.pushed()) {
      throw new ReleaseException(
          "release "
              + record.tag()
              + " was already pushed by release:perform; rolling back would rewrite published"
              + " history — release a fix version instead");
    }
    String head = git.head().orElse(null);
    if (head == null || !head.equals(record.lastCommit())) {
      throw new ReleaseException(
          "HEAD ("
              + (head == null ? "none" : head.substring(0, 7))
              + ") is not the last release commit ("
              + record.lastCommit().substring(0, 7)
              + "): there is other work on top of the release; rolling back would lose it."
              + " Move that work elsewhere first, or undo the release by hand");
    }
    Optional<String> branch = git.branch();
    if (record.branch() != null && !branch.equals(Optional.of(record.branch()))) {
      throw new ReleaseException(
          "the release was prepared on branch "
              + record.branch()
              + " but HEAD is on "
              + branch.orElse("a detached HEAD")
              + "; switch back (git switch "
              + record.branch()
              + ") and run release:rollback again");
    }
    GitRepository.TreeState tree = git.treeState();
    if (!tree.modified().isEmpty()) {
      throw new ReleaseException(
          "the working tree has uncommitted changes ("
              + String.join(", ", tree.modified())
              + "); rolling back would lose them — commit or stash them first");
    }
    Optional<String> remote = git.remoteRefContaining(record.releaseCommit());
    if (remote.isPresent()) {
      throw new ReleaseException(
          "the release commit is already on "
              + remote.get().replaceFirst("^refs/remotes/", "")
              + "; rolling back would rewrite published history — release a fix version instead");
    }
    String tagged = git.findCommit("refs/tags/" + record.tag()).orElse(null);
    if (tagged != null && !tagged.equals(record.releaseCommit())) {
      throw new ReleaseException(
          "tag "
              + record.tag()
              + " no longer points at the release commit; it was moved by hand — delete or"
              + " restore it, then run release:rollback again");
    }
    if (dryRun) {
      log.accept(
          "Dry run: would reset "
              + branch.orElse("HEAD")
              + " to "
              + record.previousHead().substring(0, 7)
              + " (restoring the files) and delete tag "
              + record.tag());
      return;
    }
    git.write().reset(record.previousHead(), ResetMode.HARD);
    if (git.tagExists(record.tag())) {
      git.write().deleteTag(record.tag());
    }
    try {
      Files.deleteIfExists(ReleaseRecord.file(git.gitDir()));
    } catch (IOException e) {
      throw new ReleaseException("cannot delete the release record: " + e.getMessage(), e);
    }
    log.accept(
        "Rolled back release "
            + record.version()
            + ": "
            + branch.orElse("HEAD")
            + " is back at "
            + record.previousHead().substring(0, 7)
            + " and tag "
            + record.tag()
            + " is deleted");
  }
}
