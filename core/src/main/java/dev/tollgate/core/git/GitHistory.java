package dev.tollgate.core.git;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.eclipse.jgit.errors.MissingObjectException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevObject;
import org.eclipse.jgit.revwalk.RevTag;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;

/**
 * Read access to a repository's history for releases: resolving refs, listing tags (peeled to their
 * commits) and streaming commit walks. One instance per repository; close it.
 */
public final class GitHistory implements AutoCloseable {

  private final Repository repository;

  private GitHistory(Repository repository) {
    this.repository = repository;
  }

  /**
   * Opens the repository containing {@code dir} (searching upwards, as git does).
   *
   * @throws GitException when there is none
   */
  public static GitHistory open(Path dir) throws GitException {
    FileRepositoryBuilder builder =
        new FileRepositoryBuilder().readEnvironment().findGitDir(dir.toAbsolutePath().toFile());
    if (builder.getGitDir() == null) {
      throw new GitException(
          "no git repository at or above "
              + dir.toAbsolutePath()
              + "; run the goal inside a clone (git clone …) or create one with git init");
    }
    try {
      return new GitHistory(builder.setMustExist(true).build());
    } catch (IOException e) {
      throw new GitException(
          "cannot open the git repository at " + builder.getGitDir() + ": " + e.getMessage(), e);
    }
  }

  /** The working tree, or the git directory of a bare repository. */
  public Path directory() {
    return repository.isBare()
        ? repository.getDirectory().toPath()
        : repository.getWorkTree().toPath();
  }

  /** The URL of a remote, e.g. {@code origin}; empty when it is not configured. */
  public Optional<String> remoteUrl(String remote) {
    return Optional.ofNullable(repository.getConfig().getString("remote", remote, "url"));
  }

  /**
   * The commit a ref names: a sha, branch, tag (peeled), {@code HEAD~3}, {@code origin/main}.
   *
   * @throws GitException naming the ref when it does not resolve to a commit
   */
  public ObjectId resolveCommit(String ref) throws GitException {
    try {
      ObjectId id = repository.resolve(ref + "^{commit}");
      if (id == null) {
        throw new GitException(
            "'"
                + ref
                + "' names no commit in "
                + directory()
                + "; check the ref (git rev-parse --verify '"
                + ref
                + "^{commit}') or fetch it (git fetch --tags origin)");
      }
      return id;
    } catch (IOException | RuntimeException e) {
      throw new GitException("cannot resolve '" + ref + "': " + e.getMessage(), e);
    }
  }

  /** The commits at a shallow clone's boundary (their parents are missing); empty when complete. */
  public Set<ObjectId> shallowBoundary() throws GitException {
    try {
      return repository.getObjectDatabase().getShallowCommits();
    } catch (IOException e) {
      throw new GitException("cannot read the shallow-clone list: " + e.getMessage(), e);
    }
  }

  /**
   * A tag, peeled to the commit it points at.
   *
   * @param name the short name, e.g. {@code v1.2.0}
   * @param commit the commit
   * @param commitTime the commit's committer time (seconds since the epoch)
   * @param date the tag's date in seconds: the tagger's for an annotated tag, else the commit's
   */
  public record Tag(String name, ObjectId commit, long commitTime, long date) {}

  /** Every tag that points (directly or through annotated tags) at a commit. */
  public List<Tag> tags() throws GitException {
    List<Tag> tags = new ArrayList<>();
    try (RevWalk walk = new RevWalk(repository)) {
      for (Ref ref : repository.getRefDatabase().getRefsByPrefix(Constants.R_TAGS)) {
        String name = ref.getName().substring(Constants.R_TAGS.length());
        RevObject object;
        try {
          object = walk.parseAny(ref.getObjectId());
        } catch (MissingObjectException missing) {
          continue;
        }
        long date = -1;
        while (object instanceof RevTag tag) {
          if (date < 0 && tag.getTaggerIdent() != null) {
            date = tag.getTaggerIdent().getWhenAsInstant().getEpochSecond();
          }
          try {
            object = walk.peel(tag);
          } catch (MissingObjectException missing) {
            object = null;
          }
        }
        if (object instanceof RevCommit commit) {
          walk.parseHeaders(commit);
          long time = commit.getCommitTime();
          tags.add(new Tag(name, commit.copy(), time, date < 0 ? time : date));
        }
      }
    } catch (IOException e) {
      throw new GitException("cannot list the tags: " + e.getMessage(), e);
    }
    return tags;
  }

  /** Receives the commits of a walk, newest first. */
  @FunctionalInterface
  public interface CommitVisitor {
    /**
     * One commit.
     *
     * @return {@code false} to stop the walk
     */
    boolean visit(RevCommit commit) throws GitException;
  }

  /**
   * Walks the commits reachable from {@code start} but not from any of {@code exclude}, newest
   * first (committer time), streaming: each commit is handed over and may be dropped.
   *
   * @param withBodies whether the visitor needs messages (false walks headers only, faster)
   */
  public void walk(
      ObjectId start, Collection<ObjectId> exclude, boolean withBodies, CommitVisitor visitor)
      throws GitException {
    try (RevWalk walk = new RevWalk(repository)) {
      walk.setRetainBody(withBodies);
      walk.markStart(walk.parseCommit(start));
      for (ObjectId id : exclude) {
        walk.markUninteresting(walk.parseCommit(id));
      }
      for (RevCommit commit = walk.next(); commit != null; commit = walk.next()) {
        if (!visitor.visit(commit)) {
          return;
        }
        if (withBodies) {
          commit.disposeBody();
        }
      }
    } catch (IOException e) {
      throw new GitException(
          "cannot walk the history from " + start.name() + ": " + e.getMessage(), e);
    }
  }

  /** Whether {@code ancestor} is reachable from {@code tip} (or is it). */
  public boolean isAncestor(ObjectId ancestor, ObjectId tip) throws GitException {
    try (RevWalk walk = new RevWalk(repository)) {
      return walk.isMergedInto(walk.parseCommit(ancestor), walk.parseCommit(tip));
    } catch (IOException e) {
      throw new GitException("cannot compare " + ancestor.name() + " and " + tip.name(), e);
    }
  }

  @Override
  public void close() {
    repository.close();
  }
}
