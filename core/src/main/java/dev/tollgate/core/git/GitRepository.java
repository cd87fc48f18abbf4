package dev.tollgate.core.git;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * The one gateway to git: every repository Tollgate reads or writes is opened here, so
 * repository-wide rules (shallow clones, encodings, ownership) live in one place. Reads are methods
 * of this class; {@link #index()} is the facet for the index and staged blobs, {@link #write()} the
 * facet for commits, tags, resets and pushes. The API speaks plain ids (40 hex digits) and values;
 * every failure is a {@link GitException} whose message ends with the fix. Close it when done.
 *
 * <p>No git binary is needed: everything works through JGit ({@link JGitRepository}). When git is
 * there, opening the repository (discovery, the ownership check, HEAD, the shallow list), resolving
 * revisions and {@link #log} go through it and the JGit-free readers instead, and JGit is opened
 * only on the first call that needs it: loading JGit costs a cold JVM about a second of CPU (much
 * of it verifying its signed jar), more than {@code quality:commits} spends on reading 100,000
 * commits through {@code git log}. Whenever git cannot answer at open time (an unborn or damaged
 * HEAD, no git), the repository is opened through JGit at once, which raises the same errors as
 * always.
 */
public final class GitRepository implements AutoCloseable {

  /** The fix printed whenever history is cut by a shallow clone. */
  public static final String UNSHALLOW_FIX =
      "fetch the full history: git fetch --unshallow --tags (GitHub Actions: actions/checkout with"
          + " 'fetch-depth: 0'; GitLab CI: GIT_DEPTH: 0)";

  /** Where the repository was opened from, to open it through JGit when first needed. */
  private final Path start;

  private final Map<String, String> env;

  /** The layout git found, or null when JGit opened the repository at once. */
  private final GitLayout layout;

  /** The shallow-clone boundary commits read at open (with {@link #layout}). */
  private final Set<String> shallow;

  private JGitRepository jgit;

  private GitRepository(JGitRepository jgit) {
    this.start = null;
    this.env = null;
    this.layout = null;
    this.shallow = Set.of();
    this.jgit = jgit;
  }

  private GitRepository(
      Path start, Map<String, String> env, GitLayout layout, Set<String> shallow) {
    this.start = start;
    this.env = env;
    this.layout = layout;
    this.shallow = shallow;
  }

  /**
   * Opens the repository that contains {@code dir} (searching upwards, as git does, and honouring
   * {@code GIT_DIR}), with the process environment.
   *
   * @throws GitException when there is none ({@link GitException.Kind#NO_REPOSITORY}), it is
   *     damaged ({@link GitException.Kind#DAMAGED}) or it belongs to another user and {@code
   *     safe.directory} does not trust it ({@link GitException.Kind#UNSAFE_OWNERSHIP})
   */
  public static GitRepository open(Path dir) {
    return open(dir, System.getenv());
  }

  /**
   * Opens the repository that contains {@code dir}, reading {@code GIT_DIR} and the global git
   * configuration ({@code HOME}, {@code GIT_CONFIG_GLOBAL}, …) from {@code env}.
   *
   * @throws GitException as {@link #open(Path)}
   */
  public static GitRepository open(Path dir, Map<String, String> env) {
    Path start = dir.toAbsolutePath().normalize();
    return openThroughGit(start, env)
        .orElseGet(() -> new GitRepository(JGitRepository.open(start, env)));
  }

  /**
   * Opens the shared part (refs and objects) of a repository whose layout the hooks found without
   * JGit.
   *
   * @throws GitException when it cannot be opened
   */
  public static GitRepository open(GitLayout layout) {
    return new GitRepository(JGitRepository.open(layout));
  }

  /**
   * The open-time checks without JGit: the layout as the hooks find it, the ownership check, and
   * HEAD resolved by git to a commit it can read. Empty when git cannot tell (no git, an unborn
   * branch, a damaged repository): JGit then opens it and says what is wrong.
   */
  private static Optional<GitRepository> openThroughGit(Path start, Map<String, String> env) {
    Optional<GitLayout> found;
    try {
      found = GitLayout.discover(start, env);
    } catch (IOException e) {
      return Optional.empty();
    }
    if (found.isEmpty()) {
      return Optional.empty();
    }
    GitLayout layout = found.get();
    SafeDirectory.require(layout.workTree(), layout.gitDir(), env);
    if (GitRevParse.commit(layout.gitDir(), "HEAD").isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(new GitRepository(start, env, layout, shallowCommits(layout.commonDir())));
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  /** The ids in git's {@code shallow} file: the commits whose parents were not fetched. */
  private static Set<String> shallowCommits(Path commonDir) throws IOException {
    Path file = commonDir.resolve("shallow");
    if (!Files.isRegularFile(file)) {
      return Set.of();
    }
    Set<String> ids = new HashSet<>();
    for (String line : Files.readAllLines(file, StandardCharsets.US_ASCII)) {
      if (!line.isBlank()) {
        ids.add(line.strip().toLowerCase(Locale.ROOT));
      }
    }
    return ids;
  }

  /** The JGit side, opened (with its open-time checks) on first use. */
  private synchronized JGitRepository jgit() {
    if (jgit == null) {
      jgit = JGitRepository.open(start, env);
    }
    return jgit;
  }

  /** Whether JGit has not been needed yet, so the layout git found answers. */
  private synchronized boolean throughGit() {
    return jgit == null;
  }

  /** Whether HEAD is a branch without commits yet (a fresh {@code git init}). */
  public boolean isUnborn() {
    return head().isEmpty();
  }

  /** The working tree, or the git directory of a bare repository. */
  public Path directory() {
    return throughGit() ? layout.workTree().orElse(layout.gitDir()) : jgit().directory();
  }

  /** Whether this is a shallow clone. */
  public boolean isShallow() {
    return layout != null ? !shallow.isEmpty() : jgit().isShallow();
  }

  /** Whether a commit is a shallow boundary: its parents were not fetched. */
  public boolean isShallowBoundary(String commitId) {
    return layout != null
        ? shallow.contains(commitId.toLowerCase(Locale.ROOT))
        : jgit().isShallowBoundary(commitId);
  }

  /** The root of the working tree. */
  public Path workTree() {
    return throughGit() && layout.workTree().isPresent()
        ? layout.workTree().get()
        : jgit().workTree();
  }

  /** The git directory (where Tollgate keeps the record of the last prepare). */
  public Path gitDir() {
    return throughGit() ? layout.gitDir() : jgit().gitDir();
  }

  /** The commit HEAD points at, or empty in a repository without commits. */
  public Optional<String> head() {
    if (throughGit()) {
      Optional<String> id = GitRevParse.commit(layout.gitDir(), "HEAD");
      if (id.isPresent()) {
        return id;
      }
    }
    return jgit().head();
  }

  /**
   * Resolves a revision (sha, tag, branch, {@code origin/main}, {@code HEAD~5}, …) to the id of the
   * commit it names, or empty when it names nothing.
   *
   * @throws GitException when the text is no valid revision or names no commit
   */
  public Optional<String> findCommit(String rev) {
    if (throughGit()) {
      Optional<String> id = GitRevParse.commit(layout.gitDir(), rev);
      if (id.isPresent()) {
        return id;
      }
    }
    return jgit().findCommit(rev); // says why, or asks git first itself
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

  /**
   * Like {@link #walk(List, String, java.time.Instant, int, Consumer)}, for long ranges whose order
   * among commits of the same second does not matter (linting messages): the commits are read from
   * one streamed {@code git log} when git is on the {@code PATH} ({@link GitLogWalk}), which over
   * 100,000 commits is several times cheaper than JGit's object reading in a cold JVM; without git,
   * through JGit. The order is git log's (newest commit date first).
   */
  public WalkResult log(
      List<String> excluded,
      String to,
      java.time.Instant notBefore,
      int limit,
      Consumer<GitCommit> consumer) {
    return log(excluded, to, notBefore, limit, null, consumer);
  }

  /**
   * Like {@link #log(List, String, java.time.Instant, int, Consumer)}, with the commits that {@code
   * settled} settles from their message bytes counted but not decoded or handed to the consumer
   * (when the walk reads through git; through JGit every commit goes to the consumer).
   *
   * @param settled the check, or {@code null} to hand every commit over
   */
  public WalkResult log(
      List<String> excluded,
      String to,
      java.time.Instant notBefore,
      int limit,
      RawMessageCheck settled,
      Consumer<GitCommit> consumer) {
    try {
      return GitLogWalk.walk(
          gitDir(),
          excluded,
          to,
          notBefore == null ? Long.MIN_VALUE : notBefore.getEpochSecond(),
          limit,
          layout != null ? shallow : jgit().shallowIds(),
          settled,
          consumer);
    } catch (GitLogWalk.Unavailable e) {
      return jgit().walk(excluded, to, notBefore, limit, consumer);
    }
  }

  /** The first seven hex digits of a commit id. */
  public static String abbreviate(String id) {
    return id.length() > 7 ? id.substring(0, 7) : id;
  }

  @Override
  public synchronized void close() {
    if (jgit != null) {
      jgit.close();
    }
  }

  /**
   * The index and the staged blobs of the working tree.
   *
   * @throws GitException for a bare repository, which has no index to check
   */
  public TrackedFiles index() {
    return jgit().index();
  }

  /** The operations that change the repository: stage, commit, tag, reset, push. */
  public GitWrites write() {
    return jgit().write();
  }

  /** The current branch's short name, or empty for a detached HEAD. */
  public Optional<String> branch() {
    return jgit().branch();
  }

  /** Whether a tag of that short name exists. */
  public boolean tagExists(String tag) {
    return jgit().tagExists(tag);
  }

  /**
   * The working tree state: modified (tracked) paths and untracked paths, each sorted.
   *
   * @param modified staged or unstaged changes to tracked paths, and conflicts
   * @param untracked paths git does not track and does not ignore
   */
  public record TreeState(List<String> modified, List<String> untracked) {
    /** Whether there is nothing to commit and nothing untracked. */
    public boolean clean() {
      return modified.isEmpty() && untracked.isEmpty();
    }
  }

  /** The working tree state, as {@code git status} reports it. */
  public TreeState treeState() {
    return jgit().treeState();
  }

  /** The branch's upstream tracking ref (e.g. refs/remotes/origin/main), if configured. */
  public Optional<String> upstream(String branch) {
    return jgit().upstream(branch);
  }

  /** How many commits {@code other} has that {@code HEAD} lacks (0 when other is missing). */
  public int commitsMissingFromHead(String other) {
    return jgit().commitsMissingFromHead(other);
  }

  /** The first remote-tracking branch from which {@code commitId} is reachable (was pushed). */
  public Optional<String> remoteRefContaining(String commitId) {
    return jgit().remoteRefContaining(commitId);
  }

  /**
   * Explains why signing cannot work, or returns empty when JGit has a signer for the configured
   * {@code gpg.format} that can locate the key.
   */
  public Optional<String> signingProblem() {
    return jgit().signingProblem();
  }

  /** git's {@code core.commentString} / {@code core.commentChar}, {@code #} when unset. */
  public String commentChar() {
    return jgit().commentChar();
  }

  /** Every tag that peels to a commit, in no particular order. */
  public List<GitTag> tags() {
    return jgit().tags();
  }

  /**
   * The tags whose short name {@code wanted} accepts that peel to a commit, in no particular order;
   * the objects of the others are not read.
   */
  public List<GitTag> tags(Predicate<String> wanted) {
    return jgit().tags(wanted);
  }

  /** The short names of every tag, without reading any object (cheap). */
  public List<String> tagNames() {
    return jgit().tagNames();
  }

  /**
   * The commit a tag points at, directly or through annotated tags; empty when there is no such tag
   * or it points at no commit (or outside a shallow clone).
   */
  public Optional<String> peelTag(String tagName) {
    return jgit().peelTag(tagName);
  }

  /** The committer time of a commit, in seconds since the epoch. */
  public long commitTime(String commitId) {
    return jgit().commitTime(commitId);
  }

  /**
   * A tag's date in seconds since the epoch: the tagger's for an annotated tag, else the committer
   * time of the commit it points at; empty when there is no such tag.
   */
  public Optional<Long> tagDate(String tagName) {
    return jgit().tagDate(tagName);
  }

  /**
   * The refs a remote repository advertises ({@code git ls-remote}), without a local repository:
   * full ref name ({@code refs/tags/v4}) to the commit it points at, annotated tags peeled to their
   * commit. Reads only; nothing is fetched.
   *
   * @param url the remote's URL or local path
   * @throws GitException when the remote cannot be reached or read (the message names the URL)
   */
  public static Map<String, String> lsRemote(String url) {
    return JGitRepository.lsRemote(url);
  }

  /** The URL of a remote such as {@code origin}; empty when it is not configured. */
  public Optional<String> remoteUrl(String remote) {
    return jgit().remoteUrl(remote);
  }

  /** Receives the commits of {@link #walkHeaders}, newest first. */
  @FunctionalInterface
  public interface HeaderVisitor {
    /**
     * One commit.
     *
     * @param commitId the full id
     * @param commitTime the committer time in seconds since the epoch
     * @return {@code false} to stop the walk
     */
    boolean visit(String commitId, long commitTime);
  }

  /**
   * Walks the history of {@code to} newest first (committer time) reading headers only, until the
   * visitor returns {@code false}; a cheap way to find tagged commits near the tip.
   */
  public void walkHeaders(String to, HeaderVisitor visitor) {
    jgit().walkHeaders(to, visitor);
  }

  /**
   * Whether {@code ancestor} is reachable from {@code descendant} (a commit is its own ancestor);
   * false when either is unknown.
   */
  public boolean isAncestor(String ancestor, String descendant) {
    return jgit().isAncestor(ancestor, descendant);
  }

  /**
   * The commits that updating a remote ref from {@code remoteSha} to {@code localSha} sends, oldest
   * first: those reachable from {@code localSha} but not from {@code remoteSha} (when the ref
   * exists) nor from any remote-tracking ref of any remote: a commit already on {@code origin} was
   * checked when it got there, so pushing a branch to a new remote (a fork) checks only new work.
   *
   * @param remote the remote's name as git passes it to pre-push ({@code origin}) or its URL; named
   *     in errors only
   */
  public List<GitCommit> commitsToPush(String remoteSha, String localSha, String remote) {
    return jgit().commitsToPush(remoteSha, localSha, remote);
  }

  /** The best common ancestor of two commits, or empty when they share no history. */
  public Optional<String> mergeBase(String a, String b) {
    return jgit().mergeBase(a, b);
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
    return jgit().walk(from, to, limit, consumer);
  }

  /**
   * Like {@link #walk(String, String, int, Consumer)}, in {@code git log --topo-order} order when
   * {@code topoOrder}: no parent before all its children, the commits of one line of history
   * together (commitizen's changelog lists commits that way).
   */
  public WalkResult walk(
      String from, String to, int limit, boolean topoOrder, Consumer<GitCommit> consumer) {
    return jgit().walk(from, to, limit, topoOrder, consumer);
  }

  /**
   * Streams the commits reachable from {@code to} but from none of {@code excluded}, newest first,
   * leaving out those committed before {@code notBefore} (the walk goes on past them, so a young
   * commit behind an old one is still seen); otherwise as {@link #walk(String, String, int,
   * Consumer)}.
   *
   * @param excluded exclusive lower bounds (commit ids); empty for all history
   * @param notBefore the earliest committer time checked, or {@code null}
   */
  public WalkResult walk(
      List<String> excluded,
      String to,
      java.time.Instant notBefore,
      int limit,
      Consumer<GitCommit> consumer) {
    return jgit().walk(excluded, to, notBefore, limit, consumer);
  }

  /** What one commit adds to one file. */
  public interface AddedLinesVisitor {

    /**
     * One file the commit adds or changes.
     *
     * @param path the repository-relative path after the commit
     * @param content the file's content after the commit
     * @param added the added line ranges, each {@code [first, end)} as 0-based line indexes into
     *     {@code content}, in order
     */
    void file(String path, byte[] content, List<int[]> added) throws IOException;
  }

  /**
   * Hands the lines a commit adds (compared with its only parent, or with nothing for a root
   * commit) to the visitor, file by file. Merge commits add nothing of their own and are skipped;
   * files over {@code maxSize} bytes, submodules and symbolic links are too.
   */
  public void addedLines(String commitId, long maxSize, AddedLinesVisitor visitor) {
    jgit().addedLines(commitId, maxSize, visitor);
  }
}
