package dev.tollgate.core.release;

import dev.tollgate.core.git.GitRepository;
import dev.tollgate.core.git.GitWrites;
import java.io.IOException;
import java.util.List;
import java.util.function.Consumer;

/**
 * Publishes the last {@code release:prepare}: pushes the release commit(s) and the tag to the
 * remote in one atomic push, so the remote gets both or neither. Deployment is left to CI, which
 * reacts to the tag.
 */
public final class ReleasePerform {

  private ReleasePerform() {}

  public static void run(GitRepository git, String remote, boolean dryRun, Consumer<String> log)
      throws ReleaseException {
    ReleaseRecord record =
        ReleaseRecord.require(
            git.gitDir(), "no prepared release to perform; run release:prepare first");
    if (record.branch() == null) {
      throw new ReleaseException(
          "release "
              + record.tag()
              + " was prepared on a detached HEAD, so there is no branch to push; push the tag"
              + " yourself (git push "
              + remote
              + " "
              + record.tag()
              + ")");
    }
    if (!git.tagExists(record.tag())) {
      throw new ReleaseException(
          "tag " + record.tag() + " no longer exists; run release:prepare again");
    }
    String target =
        git.upstream(record.branch())
            .filter(u -> u.startsWith("refs/remotes/" + remote + "/"))
            .map(u -> "refs/heads/" + u.substring(("refs/remotes/" + remote + "/").length()))
            .orElse("refs/heads/" + record.branch());
    List<String> specs =
        List.of(
            record.lastCommit() + ":" + target,
            "refs/tags/" + record.tag() + ":refs/tags/" + record.tag());
    if (dryRun) {
      log.accept(
          "Dry run: would push "
              + record.lastCommit().substring(0, 7)
              + " to "
              + remote
              + " "
              + target
              + " and tag "
              + record.tag()
              + " in one atomic push");
      return;
    }
    GitWrites.PushOutcome outcome = git.write().pushAtomic(remote, specs);
    outcome.lines().forEach(l -> log.accept("  " + l));
    if (!outcome.ok()) {
      throw new ReleaseException(
          "the remote "
              + remote
              + " refused the push, so neither the commits nor the tag were published ("
              + String.join("; ", outcome.lines())
              + "); pull, run release:rollback and prepare again");
    }
    try {
      record.asPushed().write(git.gitDir());
    } catch (IOException e) {
      throw new ReleaseException(
          "pushed, but cannot update the release record: " + e.getMessage(), e);
    }
    log.accept(
        "Pushed release "
            + record.version()
            + " ("
            + record.tag()
            + ") to "
            + remote
            + "; CI deploys from the tag");
  }
}
