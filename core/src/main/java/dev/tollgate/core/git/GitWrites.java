package dev.tollgate.core.git;

import java.util.ArrayList;
import java.util.List;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.PushCommand;
import org.eclipse.jgit.api.ResetCommand.ResetType;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.transport.PushResult;
import org.eclipse.jgit.transport.RefSpec;
import org.eclipse.jgit.transport.RemoteRefUpdate;

/**
 * The write facet of a {@link GitRepository}: what a release does and undoes (stage, commit,
 * annotated tag, reset, atomic push). Obtained from {@link GitRepository#write()}; it lives as long
 * as the repository it came from.
 */
public final class GitWrites {

  /**
   * How far a reset goes: SOFT moves the branch only, MIXED also the index, HARD the working tree
   * too.
   */
  public enum ResetMode {
    SOFT,
    MIXED,
    HARD
  }

  /** The outcome of a push: whether every ref was accepted, and per ref the remote's answer. */
  public record PushOutcome(boolean ok, List<String> lines) {}

  private final Git git;

  GitWrites(Repository repository) {
    this.git = new Git(repository);
  }

  /** Stages {@code paths} (relative to the working tree, '/'-separated). */
  public void stage(List<String> paths) {
    if (paths.isEmpty()) {
      return;
    }
    try {
      var add = git.add();
      paths.forEach(add::addFilepattern);
      add.call();
    } catch (GitAPIException e) {
      throw new GitException("cannot stage " + String.join(", ", paths) + ": " + e.getMessage(), e);
    }
  }

  /**
   * Commits what is staged (hooks are not run: the release commit is made by the tool).
   *
   * @return the new commit's id
   */
  public String commit(String message, boolean sign) {
    try {
      return git.commit().setMessage(message).setSign(sign).setNoVerify(true).call().name();
    } catch (GitAPIException e) {
      throw new GitException("cannot commit: " + e.getMessage(), e);
    }
  }

  /**
   * Commits with author and committer time {@code when} (whole seconds), so a value derived from
   * the time, such as {@code project.build.outputTimestamp}, equals the commit's time.
   */
  public String commit(String message, boolean sign, java.time.Instant when) {
    try {
      org.eclipse.jgit.lib.PersonIdent base =
          new org.eclipse.jgit.lib.PersonIdent(git.getRepository());
      org.eclipse.jgit.lib.PersonIdent ident =
          new org.eclipse.jgit.lib.PersonIdent(base, when, base.getZoneId());
      return git.commit()
          .setMessage(message)
          .setSign(sign)
          .setNoVerify(true)
          .setAuthor(ident)
          .setCommitter(ident)
          .call()
          .name();
    } catch (GitAPIException e) {
      throw new GitException("cannot commit: " + e.getMessage(), e);
    }
  }

  /** Creates an annotated tag on HEAD. */
  public void tag(String name, String message, boolean sign) {
    try {
      git.tag().setName(name).setAnnotated(true).setMessage(message).setSigned(sign).call();
    } catch (GitAPIException e) {
      throw new GitException("cannot create tag " + name + ": " + e.getMessage(), e);
    }
  }

  /** Deletes a tag. */
  public void deleteTag(String name) {
    try {
      git.tagDelete().setTags(name).call();
    } catch (GitAPIException e) {
      throw new GitException("cannot delete tag " + name + ": " + e.getMessage(), e);
    }
  }

  /** Moves the current branch to {@code commitId}. */
  public void reset(String commitId, ResetMode mode) {
    try {
      git.reset()
          .setRef(commitId)
          .setMode(
              switch (mode) {
                case SOFT -> ResetType.SOFT;
                case MIXED -> ResetType.MIXED;
                case HARD -> ResetType.HARD;
              })
          .call();
    } catch (GitAPIException e) {
      throw new GitException("cannot reset to " + commitId + ": " + e.getMessage(), e);
    }
  }

  /**
   * Pushes {@code refSpecs} to {@code remote} in one atomic transaction: the remote applies all of
   * them or none.
   */
  public PushOutcome pushAtomic(String remote, List<String> refSpecs) {
    try {
      PushCommand push = git.push().setRemote(remote).setAtomic(true);
      push.setRefSpecs(refSpecs.stream().map(RefSpec::new).toList());
      boolean ok = true;
      List<String> lines = new ArrayList<>();
      for (PushResult result : push.call()) {
        for (RemoteRefUpdate update : result.getRemoteUpdates()) {
          RemoteRefUpdate.Status s = update.getStatus();
          boolean good = s == RemoteRefUpdate.Status.OK || s == RemoteRefUpdate.Status.UP_TO_DATE;
          ok &= good;
          lines.add(
              update.getRemoteName()
                  + ": "
                  + s
                  + (update.getMessage() == null ? "" : " (" + update.getMessage() + ")"));
        }
      }
      return new PushOutcome(ok, lines);
    } catch (GitAPIException e) {
      throw new GitException("cannot push to " + remote + ": " + e.getMessage(), e);
    }
  }
}
