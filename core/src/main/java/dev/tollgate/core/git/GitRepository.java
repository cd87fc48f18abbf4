package dev.tollgate.core.git;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.eclipse.jgit.errors.AmbiguousObjectException;
import org.eclipse.jgit.errors.IncorrectObjectTypeException;
import org.eclipse.jgit.errors.MissingObjectException;
import org.eclipse.jgit.errors.RevisionSyntaxException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevObject;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.revwalk.filter.RevFilter;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;

/**
 * A git repository, read through JGit: revisions, tags, merge bases and a streaming commit walk. No
 * git binary is needed. Close it when done.
 */
public final class GitRepository implements AutoCloseable {

  /** The fix printed whenever history is cut by a shallow clone. */
  public static final String UNSHALLOW_FIX =
      "fetch the full history: git fetch --unshallow --tags (GitHub Actions: actions/checkout with"
          + " 'fetch-depth: 0'; GitLab CI: GIT_DEPTH: 0)";

  private final Repository repo;
  private final Set<ObjectId> shallow;

  private GitRepository(Repository repo) throws IOException {
    this.repo = repo;
    this.shallow = new HashSet<>(repo.getObjectDatabase().getShallowCommits());
  }

  /**
   * Opens the repository that contains {@code dir} (searching upwards, as git does).
   *
   * @throws GitException when there is none
   */
  public static GitRepository open(Path dir) {
    FileRepositoryBuilder builder = new FileRepositoryBuilder().readEnvironment();
    builder.findGitDir(dir.toAbsolutePath().toFile());
    if (builder.getGitDir() == null) {
      throw new GitException(
          "no git repository at or above " + dir + "; run the goal inside a git working tree");
    }
    try {
      return new GitRepository(builder.setMustExist(true).build());
    } catch (IOException e) {
      throw new GitException(
          "cannot open the git repository at " + builder.getGitDir() + ": " + e.getMessage(), e);
    }
  }

  /** The working tree, or the git directory of a bare repository. */
  public Path directory() {
    return repo.isBare() ? repo.getDirectory().toPath() : repo.getWorkTree().toPath();
  }

  /** Whether this is a shallow clone. */
  public boolean isShallow() {
    return !shallow.isEmpty();
  }

  /** Whether a commit is a shallow boundary: its parents were not fetched. */
  public boolean isShallowBoundary(String commitId) {
    return shallow.contains(ObjectId.fromString(commitId));
  }

  /** The current branch's short name, or empty for a detached HEAD. */
  public Optional<String> branch() {
    try {
      Ref head = repo.exactRef(Constants.HEAD);
      if (head != null && head.isSymbolic()) {
        return Optional.of(Repository.shortenRefName(head.getTarget().getName()));
      }
      return Optional.empty();
    } catch (IOException e) {
      throw failure("read HEAD", e);
    }
  }

  /** git's {@code core.commentString} / {@code core.commentChar}, {@code #} when unset. */
  public String commentChar() {
    String s = repo.getConfig().getString("core", null, "commentString");
    if (s == null) {
      s = repo.getConfig().getString("core", null, "commentChar");
    }
    return s == null || s.isEmpty() ? "#" : s;
  }

  /**
   * Resolves a revision (sha, tag, branch, {@code origin/main}, {@code HEAD~5}, …) to the id of the
   * commit it names, or empty when it names nothing.
   *
   * @throws GitException when the text is no valid revision or names no commit
   */
  public Optional<String> findCommit(String rev) {
    try {
      ObjectId id = repo.resolve(rev + "^{commit}");
      return Optional.ofNullable(id).map(ObjectId::name);
    } catch (AmbiguousObjectException e) {
      throw new GitException("revision '" + rev + "' is ambiguous; give more digits of the sha");
    } catch (RevisionSyntaxException | IncorrectObjectTypeException e) {
      throw new GitException(
          "'" + rev + "' is not a revision naming a commit; use a sha, tag or branch");
    } catch (MissingObjectException e) {
      return Optional.empty();
    } catch (IOException e) {
      throw failure("resolve '" + rev + "'", e);
    }
  }

  /**
   * Resolves a revision to a commit id.
   *
   * @param what how to name the revision in messages, e.g. {@code tollgate.commits.from}
   * @throws GitException naming the revision and the fix when it cannot be resolved
   */
  public String resolveCommit(String rev, String what) {
    return findCommit(rev)
        .orElseThrow(
            () ->
                new GitException(
                    what
                        + " '"
                        + rev
                        + "' names no commit in this repository"
                        + (isShallow()
                            ? ", which is a shallow clone; " + UNSHALLOW_FIX
                            : "; check the spelling, or fetch it: git fetch origin --tags")));
  }

  /** Every tag that peels to a commit, in no particular order. */
  public List<GitTag> tags() {
    try (RevWalk walk = new RevWalk(repo)) {
      walk.setRetainBody(false);
      List<GitTag> tags = new ArrayList<>();
      for (Ref ref : repo.getRefDatabase().getRefsByPrefix(Constants.R_TAGS)) {
        if (ref.getObjectId() == null) {
          continue;
        }
        try {
          RevObject target = walk.peel(walk.parseAny(ref.getObjectId()));
          if (target instanceof RevCommit commit) {
            tags.add(new GitTag(Repository.shortenRefName(ref.getName()), commit.name()));
          }
        } catch (MissingObjectException e) {
          // a tag of an object outside a shallow clone: it cannot be a release we can see
        }
      }
      return tags;
    } catch (IOException e) {
      throw failure("list tags", e);
    }
  }

  /**
   * Whether {@code ancestor} is reachable from {@code descendant} (a commit is its own ancestor).
   */
  public boolean isAncestor(String ancestor, String descendant) {
    try (RevWalk walk = new RevWalk(repo)) {
      walk.setRetainBody(false);
      return walk.isMergedInto(
          walk.parseCommit(ObjectId.fromString(ancestor)),
          walk.parseCommit(ObjectId.fromString(descendant)));
    } catch (IOException e) {
      throw failure("compare commits", e);
    }
  }

  /** The best common ancestor of two commits, or empty when they share no history. */
  public Optional<String> mergeBase(String a, String b) {
    try (RevWalk walk = new RevWalk(repo)) {
      walk.setRetainBody(false);
      walk.setRevFilter(RevFilter.MERGE_BASE);
      walk.markStart(walk.parseCommit(ObjectId.fromString(a)));
      walk.markStart(walk.parseCommit(ObjectId.fromString(b)));
      RevCommit base = walk.next();
      return Optional.ofNullable(base).map(RevCommit::name);
    } catch (IOException e) {
      throw failure("find the merge base", e);
    }
  }

  /**
   * Streams the commits reachable from {@code to} but not from {@code from}, newest first, to the
   * consumer; each message is decoded with its commit's encoding and its raw bytes are released as
   * soon as the consumer returns, so memory does not grow with message sizes.
   *
   * @param from the exclusive lower bound (a commit id), or {@code null} for all history
   * @param to the commit id the range ends at (inclusive)
   * @param limit the most commits to hand out; 0 for no limit
   * @throws GitException when the walk reaches a shallow boundary, with the fix
   */
  public WalkResult walk(String from, String to, int limit, Consumer<GitCommit> consumer) {
    try (RevWalk walk = new RevWalk(repo)) {
      walk.setRetainBody(true);
      walk.markStart(walk.parseCommit(ObjectId.fromString(to)));
      RevCommit stop = null;
      if (from != null) {
        stop = walk.parseCommit(ObjectId.fromString(from));
        walk.markUninteresting(stop);
      }
      int count = 0;
      for (RevCommit c = walk.next(); c != null; c = walk.next()) {
        if (limit > 0 && count == limit) {
          return new WalkResult(count, true);
        }
        if (!shallow.isEmpty() && shallow.contains(c)) {
          throw new GitException(
              "the commit range "
                  + (from == null ? "" : abbreviate(from) + "..")
                  + abbreviate(to)
                  + " reaches the shallow-clone boundary at commit "
                  + abbreviate(c.name())
                  + ", so its older commits cannot be checked; "
                  + UNSHALLOW_FIX);
        }
        consumer.accept(new GitCommit(c.name(), c.getFullMessage(), c.getParentCount()));
        c.disposeBody();
        count++;
      }
      return new WalkResult(count, false);
    } catch (MissingObjectException e) {
      throw new GitException(
          "commit "
              + abbreviate(e.getObjectId().name())
              + " is missing from the repository"
              + (isShallow() ? " (shallow clone); " + UNSHALLOW_FIX : "; run git fsck"),
          e);
    } catch (IOException e) {
      throw failure("walk the commits", e);
    }
  }

  /** The first seven hex digits of a commit id. */
  public static String abbreviate(String id) {
    return id.length() > 7 ? id.substring(0, 7) : id;
  }

  private GitException failure(String what, IOException e) {
    return new GitException(
        "cannot " + what + " in " + repo.getDirectory() + ": " + e.getMessage(), e);
  }

  @Override
  public void close() {
    repo.close();
  }
}
