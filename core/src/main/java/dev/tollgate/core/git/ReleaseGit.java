package dev.tollgate.core.git;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.PushCommand;
import org.eclipse.jgit.api.ResetCommand.ResetType;
import org.eclipse.jgit.api.Status;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.diff.DiffAlgorithm;
import org.eclipse.jgit.diff.DiffFormatter;
import org.eclipse.jgit.diff.EditList;
import org.eclipse.jgit.diff.RawText;
import org.eclipse.jgit.diff.RawTextComparator;
import org.eclipse.jgit.lib.BranchConfig;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.GpgConfig;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.lib.Signer;
import org.eclipse.jgit.lib.Signers;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.revwalk.filter.RevFilter;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.transport.PushResult;
import org.eclipse.jgit.transport.RefSpec;
import org.eclipse.jgit.transport.RemoteRefUpdate;

/**
 * The git side of a release: the read-only questions pre-flight asks, and the write operations a
 * release performs and undoes (commit, annotated tag, reset, atomic push). All through JGit; no git
 * binary is needed.
 */
public final class ReleaseGit implements AutoCloseable {

  private final Repository repository;
  private final Git git;

  private ReleaseGit(Repository repository) {
    this.repository = repository;
    this.git = new Git(repository);
  }

  /** Opens the repository whose working tree contains {@code dir}. */
  public static ReleaseGit open(Path dir) throws ReleaseGitException {
    try {
      FileRepositoryBuilder builder =
          new FileRepositoryBuilder().readEnvironment().findGitDir(dir.toAbsolutePath().toFile());
      if (builder.getGitDir() == null) {
        throw new ReleaseGitException(
            dir + " is not inside a git repository; run the release from a git clone");
      }
      return new ReleaseGit(builder.setMustExist(true).build());
    } catch (IOException e) {
      throw new ReleaseGitException(
          "cannot open the git repository at " + dir + ": " + e.getMessage(), e);
    }
  }

  /** The root of the working tree. */
  public Path workTree() {
    return repository.getWorkTree().toPath();
  }

  /** The git directory (where Tollgate keeps the record of the last prepare). */
  public Path gitDir() {
    return repository.getDirectory().toPath();
  }

  /** The working tree state: modified (tracked) paths and untracked paths, each sorted. */
  public record TreeState(List<String> modified, List<String> untracked) {
    public boolean clean() {
      return modified.isEmpty() && untracked.isEmpty();
    }
  }

  public TreeState treeState() throws ReleaseGitException {
    try {
      Status status = git.status().call();
      TreeSet<String> modified = new TreeSet<>();
      modified.addAll(status.getAdded());
      modified.addAll(status.getChanged());
      modified.addAll(status.getRemoved());
      modified.addAll(status.getMissing());
      modified.addAll(status.getModified());
      modified.addAll(status.getConflicting());
      return new TreeState(
          List.copyOf(modified), List.copyOf(new TreeSet<>(status.getUntracked())));
    } catch (GitAPIException e) {
      throw new ReleaseGitException("cannot read the working tree status: " + e.getMessage(), e);
    }
  }

  /** The current branch's short name, or empty when HEAD is detached. */
  public Optional<String> branch() throws ReleaseGitException {
    try {
      String full = repository.getFullBranch();
      if (full == null || !full.startsWith(Constants.R_HEADS)) {
        return Optional.empty();
      }
      return Optional.of(full.substring(Constants.R_HEADS.length()));
    } catch (IOException e) {
      throw new ReleaseGitException("cannot read HEAD: " + e.getMessage(), e);
    }
  }

  /** The commit HEAD points at, or {@code null} in a repository without commits. */
  public ObjectId head() throws ReleaseGitException {
    return resolve(Constants.HEAD);
  }

  public ObjectId resolve(String revision) throws ReleaseGitException {
    try {
      return repository.resolve(revision);
    } catch (IOException e) {
      throw new ReleaseGitException("cannot resolve " + revision + ": " + e.getMessage(), e);
    }
  }

  public boolean tagExists(String tag) throws ReleaseGitException {
    try {
      return repository.exactRef(Constants.R_TAGS + tag) != null;
    } catch (IOException e) {
      throw new ReleaseGitException("cannot read tag " + tag + ": " + e.getMessage(), e);
    }
  }

  /** The branch's upstream tracking ref (e.g. refs/remotes/origin/main), if configured. */
  public Optional<String> upstream(String branch) {
    return Optional.ofNullable(
        new BranchConfig(repository.getConfig(), branch).getRemoteTrackingBranch());
  }

  /** How many commits {@code other} has that {@code HEAD} lacks (0 when other is missing). */
  public int commitsMissingFromHead(String other) throws ReleaseGitException {
    try (RevWalk walk = new RevWalk(repository)) {
      ObjectId theirs = repository.resolve(other);
      ObjectId ours = repository.resolve(Constants.HEAD);
      if (theirs == null || ours == null) {
        return 0;
      }
      walk.markStart(walk.parseCommit(theirs));
      walk.markUninteresting(walk.parseCommit(ours));
      walk.setRevFilter(RevFilter.ALL);
      int n = 0;
      for (RevCommit ignored : walk) {
        n++;
      }
      return n;
    } catch (IOException e) {
      throw new ReleaseGitException("cannot compare HEAD with " + other + ": " + e.getMessage(), e);
    }
  }

  /** Whether {@code commit} is reachable from any remote-tracking branch (i.e. was pushed). */
  public Optional<String> remoteRefContaining(ObjectId commit) throws ReleaseGitException {
    try (RevWalk walk = new RevWalk(repository)) {
      RevCommit target = walk.parseCommit(commit);
      for (Ref ref : repository.getRefDatabase().getRefsByPrefix(Constants.R_REMOTES)) {
        if (ref.getObjectId() == null || ref.isSymbolic()) {
          continue;
        }
        walk.reset();
        if (walk.isMergedInto(target, walk.parseCommit(ref.getObjectId()))) {
          return Optional.of(ref.getName());
        }
      }
      return Optional.empty();
    } catch (IOException e) {
      throw new ReleaseGitException(
          "cannot read the remote-tracking branches: " + e.getMessage(), e);
    }
  }

  /**
   * Explains why signing cannot work, or returns empty when JGit has a signer for the configured
   * {@code gpg.format} that can locate the key.
   */
  public Optional<String> signingProblem() {
    GpgConfig config = new GpgConfig(repository.getConfig());
    Signer signer = Signers.get(config.getKeyFormat());
    if (signer == null) {
      return Optional.of(
          "no signer for gpg.format="
              + config.getKeyFormat().toConfigValue()
              + " is available to JGit in this build");
    }
    try {
      PersonIdent committer = new PersonIdent(repository);
      if (!signer.canLocateSigningKey(
          repository, config, committer, config.getSigningKey(), null)) {
        return Optional.of("the signing key (user.signingKey) cannot be found");
      }
    } catch (Exception e) {
      return Optional.of("the signing key cannot be used: " + e.getMessage());
    }
    return Optional.empty();
  }

  /** Stages {@code paths} (relative to the working tree, '/'-separated). */
  public void stage(List<String> paths) throws ReleaseGitException {
    if (paths.isEmpty()) {
      return;
    }
    try {
      var add = git.add();
      paths.forEach(add::addFilepattern);
      add.call();
    } catch (GitAPIException e) {
      throw new ReleaseGitException(
          "cannot stage " + String.join(", ", paths) + ": " + e.getMessage(), e);
    }
  }

  /** Commits what is staged (hooks are not run: the release commit is made by the tool). */
  public ObjectId commit(String message, boolean sign) throws ReleaseGitException {
    try {
      RevCommit commit = git.commit().setMessage(message).setSign(sign).setNoVerify(true).call();
      return commit.getId();
    } catch (GitAPIException e) {
      throw new ReleaseGitException("cannot commit: " + e.getMessage(), e);
    }
  }

  /** Creates an annotated tag on HEAD. */
  public void tag(String name, String message, boolean sign) throws ReleaseGitException {
    try {
      git.tag().setName(name).setAnnotated(true).setMessage(message).setSigned(sign).call();
    } catch (GitAPIException e) {
      throw new ReleaseGitException("cannot create tag " + name + ": " + e.getMessage(), e);
    }
  }

  public void deleteTag(String name) throws ReleaseGitException {
    try {
      git.tagDelete().setTags(name).call();
    } catch (GitAPIException e) {
      throw new ReleaseGitException("cannot delete tag " + name + ": " + e.getMessage(), e);
    }
  }

  /** Moves the current branch to {@code commit}; MIXED keeps the working tree, HARD resets it. */
  public void reset(ObjectId commit, ResetType type) throws ReleaseGitException {
    try {
      git.reset().setRef(commit.name()).setMode(type).call();
    } catch (GitAPIException e) {
      throw new ReleaseGitException("cannot reset to " + commit.name() + ": " + e.getMessage(), e);
    }
  }

  /** The outcome of a push: per ref, the remote's answer. */
  public record PushOutcome(boolean ok, List<String> lines) {}

  /**
   * Pushes {@code refSpecs} to {@code remote} in one atomic transaction: the remote applies all of
   * them or none.
   */
  public PushOutcome pushAtomic(String remote, List<String> refSpecs) throws ReleaseGitException {
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
      throw new ReleaseGitException("cannot push to " + remote + ": " + e.getMessage(), e);
    }
  }

  /** A unified diff of one file's bytes, with git-style a/ and b/ headers. */
  public static String unifiedDiff(String path, byte[] before, byte[] after) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (DiffFormatter formatter = new DiffFormatter(out)) {
      RawText a = new RawText(before);
      RawText b = new RawText(after);
      EditList edits =
          DiffAlgorithm.getAlgorithm(DiffAlgorithm.SupportedAlgorithm.HISTOGRAM)
              .diff(RawTextComparator.DEFAULT, a, b);
      out.writeBytes(("--- a/" + path + "\n+++ b/" + path + "\n").getBytes(StandardCharsets.UTF_8));
      formatter.format(edits, a, b);
    } catch (IOException e) {
      return "(cannot diff " + path + ": " + e.getMessage() + ")\n";
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  @Override
  public void close() {
    git.close();
    repository.close();
  }
}
