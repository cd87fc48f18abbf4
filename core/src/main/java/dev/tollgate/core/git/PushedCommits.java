package dev.tollgate.core.git;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.jgit.errors.MissingObjectException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;

/** The commits a push sends: reachable from the pushed commit, not yet on the remote. */
public final class PushedCommits implements AutoCloseable {

  /**
   * One pushed commit.
   *
   * @param id the full object id
   * @param message the full commit message
   * @param parentCount the number of parents (2 or more: a merge)
   */
  public record Commit(String id, String message, int parentCount) {}

  private final Repository repository;

  private PushedCommits(Repository repository) {
    this.repository = repository;
  }

  /** Opens the repository of a layout. */
  public static PushedCommits open(GitLayout layout) throws IOException {
    FileRepositoryBuilder builder =
        new FileRepositoryBuilder().setGitDir(layout.commonDir().toFile());
    layout.workTree().ifPresent(w -> builder.setWorkTree(w.toFile()));
    return new PushedCommits(builder.setMustExist(true).build());
  }

  /**
   * The commits that updating a remote ref from {@code remoteSha} to {@code localSha} sends, oldest
   * first: those reachable from {@code localSha} but not from {@code remoteSha} (when the ref
   * exists) nor from any remote-tracking ref of {@code remote}.
   *
   * @param remote the remote's name as git passes it to pre-push ({@code origin}); may be a URL, in
   *     which case no remote-tracking refs are excluded
   */
  public List<Commit> between(String remoteSha, String localSha, String remote) throws IOException {
    List<Commit> commits = new ArrayList<>();
    try (RevWalk walk = new RevWalk(repository)) {
      walk.markStart(walk.parseCommit(ObjectId.fromString(localSha)));
      if (!isZero(remoteSha)) {
        try {
          walk.markUninteresting(walk.parseCommit(ObjectId.fromString(remoteSha)));
        } catch (MissingObjectException e) {
          // the remote has a commit we never fetched: fall back to the remote-tracking refs
        }
      }
      if (remote != null && !remote.isBlank()) {
        for (Ref ref :
            repository.getRefDatabase().getRefsByPrefix(Constants.R_REMOTES + remote + "/")) {
          if (ref.getObjectId() != null) {
            try {
              walk.markUninteresting(walk.parseCommit(ref.getObjectId()));
            } catch (IOException e) {
              // a remote-tracking ref that is not a commit excludes nothing
            }
          }
        }
      }
      for (RevCommit c : walk) {
        commits.add(new Commit(c.getName(), c.getFullMessage(), c.getParentCount()));
      }
    }
    java.util.Collections.reverse(commits);
    return commits;
  }

  /**
   * Whether {@code ancestor} is reachable from {@code descendant}; false when either is unknown.
   */
  public boolean isAncestor(String ancestor, String descendant) {
    try (RevWalk walk = new RevWalk(repository)) {
      return walk.isMergedInto(
          walk.parseCommit(ObjectId.fromString(ancestor)),
          walk.parseCommit(ObjectId.fromString(descendant)));
    } catch (IOException | IllegalArgumentException e) {
      return false;
    }
  }

  /** The repository's directory (for messages). */
  public Path directory() {
    return repository.getDirectory().toPath();
  }

  @Override
  public void close() {
    repository.close();
  }

  private static boolean isZero(String sha) {
    return sha.chars().allMatch(c -> c == '0');
  }
}
