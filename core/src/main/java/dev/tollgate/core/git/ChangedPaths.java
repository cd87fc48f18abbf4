package dev.tollgate.core.git;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.eclipse.jgit.dircache.DirCacheIterator;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.revwalk.filter.RevFilter;
import org.eclipse.jgit.treewalk.AbstractTreeIterator;
import org.eclipse.jgit.treewalk.CanonicalTreeParser;
import org.eclipse.jgit.treewalk.EmptyTreeIterator;
import org.eclipse.jgit.treewalk.TreeWalk;

/**
 * Which tracked paths changed: in the index compared with {@code HEAD} (what a commit would add),
 * or compared with the merge base of a base ref (what a pull request adds). Each changed path maps
 * to its previous blob, or to empty when the path is new.
 */
public final class ChangedPaths {

  private ChangedPaths() {}

  /** Paths whose staged blob differs from {@code HEAD} (added or modified; not deleted). */
  public static Map<String, Optional<String>> staged(TrackedFiles files) {
    Repository repo = files.repository();
    try (RevWalk walk = new RevWalk(repo)) {
      ObjectId head = repo.resolve(Constants.HEAD);
      RevCommit headCommit = head == null ? null : walk.parseCommit(head);
      return diffAgainstIndex(repo, headCommit);
    } catch (IOException e) {
      throw new GitException("cannot compare the git index with HEAD: " + e, e);
    }
  }

  /**
   * Paths changed since the merge base of {@code baseRef} and {@code HEAD}, as staged (committed or
   * staged changes; deleted paths are left out).
   *
   * @throws GitException when the ref does not resolve, naming the fix
   */
  public static Map<String, Optional<String>> since(TrackedFiles files, String baseRef) {
    Repository repo = files.repository();
    try (RevWalk walk = new RevWalk(repo)) {
      ObjectId base = repo.resolve(baseRef + "^{commit}");
      if (base == null) {
        throw new GitException(
            "base ref '"
                + baseRef
                + "' does not resolve to a commit; fetch it (e.g. git fetch origin "
                + baseRef.replaceFirst("^origin/", "")
                + ") or set tollgate.files.base");
      }
      ObjectId head = repo.resolve(Constants.HEAD);
      RevCommit mergeBase = walk.parseCommit(base);
      if (head != null) {
        walk.setRevFilter(RevFilter.MERGE_BASE);
        walk.markStart(walk.parseCommit(base));
        walk.markStart(walk.parseCommit(head));
        RevCommit found = walk.next();
        if (found != null) {
          mergeBase = found;
        }
        walk.reset();
        walk.setRevFilter(RevFilter.ALL);
      }
      return diffAgainstIndex(repo, mergeBase);
    } catch (IOException e) {
      throw new GitException("cannot compare with base ref '" + baseRef + "': " + e, e);
    }
  }

  /** Whether {@code ref} resolves to a commit in this repository. */
  public static boolean resolves(TrackedFiles files, String ref) {
    try {
      return files.repository().resolve(ref + "^{commit}") != null;
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }

  private static Map<String, Optional<String>> diffAgainstIndex(Repository repo, RevCommit commit)
      throws IOException {
    Map<String, Optional<String>> changed = new HashMap<>();
    try (TreeWalk walk = new TreeWalk(repo)) {
      walk.setRecursive(true);
      AbstractTreeIterator old;
      if (commit == null) {
        old = new EmptyTreeIterator();
      } else {
        CanonicalTreeParser parser = new CanonicalTreeParser();
        try (var reader = repo.newObjectReader()) {
          parser.reset(reader, commit.getTree().getId());
        }
        old = parser;
      }
      walk.addTree(old);
      walk.addTree(new DirCacheIterator(repo.readDirCache()));
      while (walk.next()) {
        if (walk.getFileMode(1) == FileMode.MISSING) {
          continue;
        }
        ObjectId before = walk.getObjectId(0);
        ObjectId after = walk.getObjectId(1);
        boolean existed = walk.getFileMode(0) != FileMode.MISSING;
        if (existed && before.equals(after) && walk.getRawMode(0) == walk.getRawMode(1)) {
          continue;
        }
        changed.put(
            PathNames.display(walk.getRawPath()),
            existed ? Optional.of(before.name()) : Optional.<String>empty());
      }
    }
    return changed;
  }
}
