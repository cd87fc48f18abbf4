package dev.tollgate.core.git;

import static dev.tollgate.core.git.GitRepository.UNSHALLOW_FIX;
import static dev.tollgate.core.git.GitRepository.abbreviate;

import dev.tollgate.core.git.GitRepository.AddedLinesVisitor;
import dev.tollgate.core.git.GitRepository.HeaderVisitor;
import dev.tollgate.core.git.GitRepository.TreeState;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.Status;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.errors.AmbiguousObjectException;
import org.eclipse.jgit.errors.CorruptObjectException;
import org.eclipse.jgit.errors.IncorrectObjectTypeException;
import org.eclipse.jgit.errors.MissingObjectException;
import org.eclipse.jgit.errors.PackInvalidException;
import org.eclipse.jgit.errors.PackMismatchException;
import org.eclipse.jgit.errors.RevisionSyntaxException;
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
import org.eclipse.jgit.revwalk.RevObject;
import org.eclipse.jgit.revwalk.RevSort;
import org.eclipse.jgit.revwalk.RevTag;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.revwalk.filter.RevFilter;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;

/**
 * The JGit side of {@link GitRepository}: the repository opened through JGit, and every read and
 * write that needs it. {@link GitRepository} opens one only when git cannot answer at open time, or
 * on the first call that needs JGit, so a goal that reads its commits through git (such as {@code
 * quality:commits}) never loads JGit.
 */
final class JGitRepository implements AutoCloseable {

  static {
    // Left alone, JGit finds git's system configuration by running `git config --system
    // --show-origin` when it first reads a configuration: a process start that costs a goal
    // more than reading its commits. The file is where git is built to keep it, as the hooks find
    // it.
    org.eclipse.jgit.util.FS.DETECTED.setGitSystemConfig(
        GitConfig.systemFile(System.getenv()).toFile());
  }

  private final Repository repo;
  private final Set<ObjectId> shallow;

  JGitRepository(Repository repo) throws IOException {
    this.repo = repo;
    this.shallow = new HashSet<>(repo.getObjectDatabase().getShallowCommits());
  }

  /**
   * Opens the repository that contains {@code dir} (searching upwards, as git does, and honouring
   * {@code GIT_DIR}), with the process environment.
   *
   * @throws GitException when there is none ({@link GitException.Kind#NO_REPOSITORY}), it is
   *     damaged ({@link GitException.Kind#DAMAGED}) or it belongs to another user and {@code
   *     safe.directory} does not trust it ({@link GitException.Kind#UNSAFE_OWNERSHIP})
   */
  public static JGitRepository open(Path dir) {
    return open(dir, System.getenv());
  }

  /**
   * Opens the repository that contains {@code dir}, reading {@code GIT_DIR} and the global git
   * configuration ({@code HOME}, {@code GIT_CONFIG_GLOBAL}, …) from {@code env}.
   *
   * @throws GitException as {@link #open(Path)}
   */
  public static JGitRepository open(Path dir, Map<String, String> env) {
    Path start = dir.toAbsolutePath().normalize();
    FileRepositoryBuilder builder = new FileRepositoryBuilder().readEnvironment();
    GitLayout.ceilings(env).forEach(c -> builder.addCeilingDirectory(c.toFile()));
    builder.findGitDir(start.toFile());
    if (builder.getGitDir() == null) {
      throw unreadableOrMissing(start, env);
    }
    return open(builder, env);
  }

  /**
   * Opens the shared part (refs and objects) of a repository whose layout the hooks found without
   * JGit.
   *
   * @throws GitException when it cannot be opened
   */
  public static JGitRepository open(GitLayout layout) {
    FileRepositoryBuilder builder =
        new FileRepositoryBuilder().setGitDir(layout.commonDir().toFile());
    layout.workTree().ifPresent(w -> builder.setWorkTree(w.toFile()));
    return open(builder, System.getenv());
  }

  private static JGitRepository open(FileRepositoryBuilder builder, Map<String, String> env) {
    Repository repo;
    try {
      repo = builder.setMustExist(true).build();
    } catch (IOException e) {
      throw new GitException(
          "cannot open the git repository at " + builder.getGitDir() + ": " + e.getMessage(), e);
    }
    try {
      SafeDirectory.require(
          repo.isBare() ? Optional.empty() : Optional.of(repo.getWorkTree().toPath()),
          repo.getDirectory().toPath(),
          env);
      verifyHead(repo);
      return new JGitRepository(repo);
    } catch (IOException e) {
      repo.close();
      throw GitException.damaged(repo.getDirectory().toPath(), e.getMessage(), e);
    } catch (RuntimeException e) {
      repo.close();
      throw e;
    }
  }

  /**
   * Why JGit found no repository: none at all, or a {@code .git} (or {@code GIT_DIR}) that git
   * cannot read, such as one whose {@code HEAD} is empty.
   */
  private static GitException unreadableOrMissing(Path start, Map<String, String> env) {
    String gitDirEnv = env.get("GIT_DIR");
    if (gitDirEnv != null && !gitDirEnv.isBlank()) {
      Path gitDir = start.resolve(gitDirEnv).normalize();
      return Files.exists(gitDir)
          ? GitException.damaged(
              gitDir, "GIT_DIR names no readable repository" + head(gitDir), null)
          : GitException.noRepository(start);
    }
    Set<Path> ceilings = GitLayout.ceilings(env);
    for (Path d = start; d != null; d = d.getParent()) {
      if (d != start && ceilings.contains(d)) {
        break;
      }
      Path dotGit = d.resolve(".git");
      if (Files.isDirectory(dotGit)) {
        return GitException.damaged(
            dotGit, "it is not a readable git directory" + head(dotGit), null);
      }
      if (Files.isRegularFile(dotGit)) {
        return GitException.damaged(dotGit, "the .git file names no readable git directory", null);
      }
    }
    return GitException.noRepository(start);
  }

  private static String head(Path gitDir) {
    Path head = gitDir.resolve("HEAD");
    try {
      if (!Files.isRegularFile(head)) {
        return " (HEAD is missing)";
      }
      String content = Files.readString(head, StandardCharsets.UTF_8).trim();
      return content.isEmpty() ? " (HEAD is empty)" : " (HEAD names neither a branch nor a commit)";
    } catch (IOException e) {
      return " (HEAD cannot be read: " + e.getMessage() + ")";
    }
  }

  /**
   * Checks that HEAD is a branch (born or not) or a commit that can be read, so that a damaged
   * repository is reported as damaged rather than as a missing revision.
   */
  private static void verifyHead(Repository repo) throws IOException {
    Ref head = repo.exactRef(Constants.HEAD);
    if (head == null) {
      throw new IOException(
          "HEAD names neither a branch nor a commit" + head(repo.getDirectory().toPath()));
    }
    ObjectId id = head.getObjectId();
    if (id == null) {
      return; // an unborn branch: a new repository without commits
    }
    if (GitRevParse.commit(repo.getDirectory().toPath(), id.name())
        .filter(id.name()::equals)
        .isPresent()) {
      return; // git reads it: JGit need not load the pack index for it
    }
    try (RevWalk walk = new RevWalk(repo)) {
      walk.parseCommit(id);
    } catch (MissingObjectException e) {
      throw new IOException(
          "HEAD"
              + (head.isSymbolic() ? " (" + head.getTarget().getName() + ")" : "")
              + " names commit "
              + abbreviate(id.name())
              + ", which is missing",
          e);
    } catch (IncorrectObjectTypeException e) {
      throw new IOException("HEAD names " + abbreviate(id.name()) + ", which is not a commit", e);
    } catch (IOException e) {
      throw new IOException(
          "the commit HEAD names (" + abbreviate(id.name()) + ") cannot be read: " + e.getMessage(),
          e);
    }
  }

  /**
   * The index and the staged blobs of the working tree.
   *
   * @throws GitException for a bare repository, which has no index to check
   */
  public TrackedFiles index() {
    if (repo.isBare()) {
      throw new GitException(
          repo.getDirectory() + " is a bare repository; run the goal in a checkout");
    }
    return new TrackedFiles(repo);
  }

  /** The operations that change the repository: stage, commit, tag, reset, push. */
  public GitWrites write() {
    return new GitWrites(repo);
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
      String full = repo.getFullBranch();
      if (full == null || !full.startsWith(Constants.R_HEADS)) {
        return Optional.empty();
      }
      return Optional.of(full.substring(Constants.R_HEADS.length()));
    } catch (IOException e) {
      throw failure("read HEAD", e);
    }
  }

  /** The root of the working tree. */
  public Path workTree() {
    return repo.getWorkTree().toPath();
  }

  /** The git directory (where Tollgate keeps the record of the last prepare). */
  public Path gitDir() {
    return repo.getDirectory().toPath();
  }

  /** The commit HEAD points at, or empty in a repository without commits. */
  public Optional<String> head() {
    try {
      return Optional.ofNullable(repo.resolve(Constants.HEAD)).map(ObjectId::name);
    } catch (IOException e) {
      throw failure("resolve HEAD", e);
    }
  }

  /** Whether a tag of that short name exists. */
  public boolean tagExists(String tag) {
    try {
      return repo.exactRef(Constants.R_TAGS + tag) != null;
    } catch (IOException e) {
      throw failure("read tag " + tag, e);
    }
  }

  /** The working tree state, as {@code git status} reports it. */
  public TreeState treeState() {
    try (Git git = new Git(repo)) {
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
      throw new GitException("cannot read the working tree status: " + e.getMessage(), e);
    }
  }

  /** The branch's upstream tracking ref (e.g. refs/remotes/origin/main), if configured. */
  public Optional<String> upstream(String branch) {
    return Optional.ofNullable(
        new BranchConfig(repo.getConfig(), branch).getRemoteTrackingBranch());
  }

  /** How many commits {@code other} has that {@code HEAD} lacks (0 when other is missing). */
  public int commitsMissingFromHead(String other) {
    try (RevWalk walk = new RevWalk(repo)) {
      ObjectId theirs = repo.resolve(other);
      ObjectId ours = repo.resolve(Constants.HEAD);
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
      throw new GitException("cannot compare HEAD with " + other + ": " + e.getMessage(), e);
    }
  }

  /** The first remote-tracking branch from which {@code commitId} is reachable (was pushed). */
  public Optional<String> remoteRefContaining(String commitId) {
    try (RevWalk walk = new RevWalk(repo)) {
      RevCommit target = walk.parseCommit(ObjectId.fromString(commitId));
      for (Ref ref : repo.getRefDatabase().getRefsByPrefix(Constants.R_REMOTES)) {
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
      throw new GitException("cannot read the remote-tracking branches: " + e.getMessage(), e);
    }
  }

  /**
   * Explains why signing cannot work, or returns empty when JGit has a signer for the configured
   * {@code gpg.format} that can locate the key.
   */
  public Optional<String> signingProblem() {
    GpgConfig config = new GpgConfig(repo.getConfig());
    Signer signer = Signers.get(config.getKeyFormat());
    if (signer == null) {
      return Optional.of(
          "no signer for gpg.format="
              + config.getKeyFormat().toConfigValue()
              + " is available to JGit in this build");
    }
    try {
      PersonIdent committer = new PersonIdent(repo);
      if (!signer.canLocateSigningKey(repo, config, committer, config.getSigningKey(), null)) {
        return Optional.of("the signing key (user.signingKey) cannot be found");
      }
    } catch (Exception e) {
      return Optional.of("the signing key cannot be used: " + e.getMessage());
    }
    return Optional.empty();
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
    Optional<String> byGit = GitRevParse.commit(repo.getDirectory().toPath(), rev);
    if (byGit.isPresent()) {
      return byGit;
    }
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

  /** Every tag that peels to a commit, in no particular order. */
  public List<GitTag> tags() {
    return tags(name -> true);
  }

  /**
   * The tags whose short name {@code wanted} accepts that peel to a commit, in no particular order;
   * the objects of the others are not read.
   */
  public List<GitTag> tags(Predicate<String> wanted) {
    try (RevWalk walk = new RevWalk(repo)) {
      walk.setRetainBody(false);
      List<GitTag> tags = new ArrayList<>();
      for (Ref ref : repo.getRefDatabase().getRefsByPrefix(Constants.R_TAGS)) {
        if (ref.getObjectId() == null
            || !wanted.test(ref.getName().substring(Constants.R_TAGS.length()))) {
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

  /** The short names of every tag, without reading any object (cheap). */
  public List<String> tagNames() {
    try {
      List<String> names = new ArrayList<>();
      for (Ref ref : repo.getRefDatabase().getRefsByPrefix(Constants.R_TAGS)) {
        names.add(ref.getName().substring(Constants.R_TAGS.length()));
      }
      return names;
    } catch (IOException e) {
      throw failure("list tags", e);
    }
  }

  /**
   * The commit a tag points at, directly or through annotated tags; empty when there is no such tag
   * or it points at no commit (or outside a shallow clone).
   */
  public Optional<String> peelTag(String tagName) {
    try (RevWalk walk = new RevWalk(repo)) {
      walk.setRetainBody(false);
      Ref ref = repo.exactRef(Constants.R_TAGS + tagName);
      if (ref == null || ref.getObjectId() == null) {
        return Optional.empty();
      }
      RevObject target = walk.peel(walk.parseAny(ref.getObjectId()));
      return target instanceof RevCommit c ? Optional.of(c.name()) : Optional.empty();
    } catch (MissingObjectException e) {
      return Optional.empty();
    } catch (IOException e) {
      throw failure("read tag " + tagName, e);
    }
  }

  /** The committer time of a commit, in seconds since the epoch. */
  public long commitTime(String commitId) {
    try (RevWalk walk = new RevWalk(repo)) {
      walk.setRetainBody(false);
      return walk.parseCommit(ObjectId.fromString(commitId)).getCommitTime();
    } catch (IOException e) {
      throw failure("read commit " + abbreviate(commitId), e);
    }
  }

  /**
   * A tag's date in seconds since the epoch: the tagger's for an annotated tag, else the committer
   * time of the commit it points at; empty when there is no such tag.
   */
  public Optional<Long> tagDate(String tagName) {
    try (RevWalk walk = new RevWalk(repo)) {
      walk.setRetainBody(true); // the tagger line lives in the body
      Ref ref = repo.exactRef(Constants.R_TAGS + tagName);
      if (ref == null || ref.getObjectId() == null) {
        return Optional.empty();
      }
      RevObject object = walk.parseAny(ref.getObjectId());
      if (object instanceof RevTag tag && tag.getTaggerIdent() != null) {
        return Optional.of(tag.getTaggerIdent().getWhenAsInstant().getEpochSecond());
      }
      RevObject target = walk.peel(object);
      return target instanceof RevCommit c
          ? Optional.of((long) c.getCommitTime())
          : Optional.empty();
    } catch (IOException e) {
      throw failure("read tag " + tagName, e);
    }
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
    try {
      Map<String, String> refs = new java.util.TreeMap<>();
      for (Ref ref : Git.lsRemoteRepository().setRemote(url).setTags(false).call()) {
        ObjectId id = ref.getPeeledObjectId() != null ? ref.getPeeledObjectId() : ref.getObjectId();
        if (id != null) {
          refs.put(ref.getName(), id.name());
        }
      }
      return refs;
    } catch (GitAPIException | RuntimeException e) {
      throw new GitException("cannot list the refs of " + url + ": " + e.getMessage(), e);
    }
  }

  /** The URL of a remote such as {@code origin}; empty when it is not configured. */
  public Optional<String> remoteUrl(String remote) {
    return Optional.ofNullable(repo.getConfig().getString("remote", remote, "url"));
  }

  /**
   * Walks the history of {@code to} newest first (committer time) reading headers only, until the
   * visitor returns {@code false}; a cheap way to find tagged commits near the tip.
   */
  public void walkHeaders(String to, HeaderVisitor visitor) {
    try (RevWalk walk = new RevWalk(repo)) {
      walk.setRetainBody(false);
      walk.markStart(walk.parseCommit(ObjectId.fromString(to)));
      for (RevCommit c = walk.next(); c != null; c = walk.next()) {
        if (!visitor.visit(c.name(), c.getCommitTime())) {
          return;
        }
      }
    } catch (IOException e) {
      throw failure("walk the history of " + abbreviate(to), e);
    }
  }

  /**
   * Whether {@code ancestor} is reachable from {@code descendant} (a commit is its own ancestor);
   * false when either is unknown.
   */
  public boolean isAncestor(String ancestor, String descendant) {
    try (RevWalk walk = new RevWalk(repo)) {
      walk.setRetainBody(false);
      return walk.isMergedInto(
          walk.parseCommit(ObjectId.fromString(ancestor)),
          walk.parseCommit(ObjectId.fromString(descendant)));
    } catch (IOException | IllegalArgumentException e) {
      return false;
    }
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
    List<GitCommit> commits = new ArrayList<>();
    try (RevWalk walk = new RevWalk(repo)) {
      walk.markStart(walk.parseCommit(ObjectId.fromString(localSha)));
      if (!remoteSha.chars().allMatch(c -> c == '0')) {
        try {
          walk.markUninteresting(walk.parseCommit(ObjectId.fromString(remoteSha)));
        } catch (MissingObjectException e) {
          // the remote has a commit we never fetched: fall back to the remote-tracking refs
        }
      }
      for (Ref ref : repo.getRefDatabase().getRefsByPrefix(Constants.R_REMOTES)) {
        if (ref.getObjectId() != null) {
          try {
            walk.markUninteresting(walk.parseCommit(ref.getObjectId()));
          } catch (IOException e) {
            // a remote-tracking ref that is not a commit excludes nothing
          }
        }
      }
      for (RevCommit c : walk) {
        commits.add(new GitCommit(c.getName(), c.getFullMessage(), c.getParentCount()));
      }
    } catch (IOException e) {
      throw failure("list the commits to push to " + remote, e);
    }
    Collections.reverse(commits);
    return commits;
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
    return walk(from, to, limit, false, consumer);
  }

  /**
   * Like {@link #walk(String, String, int, Consumer)}, in {@code git log --topo-order} order when
   * {@code topoOrder}: no parent before all its children, the commits of one line of history
   * together (commitizen's changelog lists commits that way).
   */
  public WalkResult walk(
      String from, String to, int limit, boolean topoOrder, Consumer<GitCommit> consumer) {
    return walk(from == null ? List.of() : List.of(from), to, null, limit, topoOrder, consumer);
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
    return walk(excluded, to, notBefore, limit, false, consumer);
  }

  /** The ids of the shallow-clone boundary commits, for {@link GitLogWalk}. */
  Set<String> shallowIds() {
    Set<String> ids = new HashSet<>();
    for (ObjectId id : shallow) {
      ids.add(id.name());
    }
    return ids;
  }

  private WalkResult walk(
      List<String> excluded,
      String to,
      java.time.Instant notBefore,
      int limit,
      boolean topoOrder,
      Consumer<GitCommit> consumer) {
    String from = excluded.isEmpty() ? null : excluded.get(0);
    try (RevWalk walk = new RevWalk(repo)) {
      walk.setRetainBody(true);
      if (topoOrder) {
        walk.sort(RevSort.TOPO_KEEP_BRANCH_TOGETHER);
        walk.sort(RevSort.COMMIT_TIME_DESC, true);
      }
      walk.markStart(walk.parseCommit(ObjectId.fromString(to)));
      for (String id : excluded) {
        walk.markUninteresting(walk.parseCommit(ObjectId.fromString(id)));
      }
      long earliest = notBefore == null ? Long.MIN_VALUE : notBefore.getEpochSecond();
      int count = 0;
      for (RevCommit c = walk.next(); c != null; c = walk.next()) {
        if (c.getCommitTime() < earliest) {
          c.disposeBody();
          continue;
        }
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
      if (isShallow()) {
        throw new GitException(
            "commit "
                + abbreviate(e.getObjectId().name())
                + " is missing from the repository (shallow clone); "
                + UNSHALLOW_FIX,
            e);
      }
      throw GitException.damaged(
          repo.getDirectory().toPath(),
          "commit " + abbreviate(e.getObjectId().name()) + " is missing",
          e);
    } catch (IOException e) {
      throw failure("walk the commits", e);
    }
  }

  /**
   * Hands the lines a commit adds (compared with its only parent, or with nothing for a root
   * commit) to the visitor, file by file. Merge commits add nothing of their own and are skipped;
   * files over {@code maxSize} bytes, submodules and symbolic links are too.
   */
  public void addedLines(String commitId, long maxSize, AddedLinesVisitor visitor) {
    try (RevWalk walk = new RevWalk(repo);
        org.eclipse.jgit.diff.DiffFormatter diff =
            new org.eclipse.jgit.diff.DiffFormatter(
                org.eclipse.jgit.util.io.DisabledOutputStream.INSTANCE)) {
      RevCommit commit = walk.parseCommit(ObjectId.fromString(commitId));
      if (commit.getParentCount() > 1) {
        return;
      }
      diff.setRepository(repo);
      diff.setDiffAlgorithm(
          org.eclipse.jgit.diff.DiffAlgorithm.getAlgorithm(
              org.eclipse.jgit.diff.DiffAlgorithm.SupportedAlgorithm.HISTOGRAM));
      diff.setDetectRenames(true);
      RevCommit parent =
          commit.getParentCount() == 1 ? walk.parseCommit(commit.getParent(0)) : null;
      List<org.eclipse.jgit.diff.DiffEntry> entries =
          diff.scan(parent == null ? null : parent.getTree(), commit.getTree());
      for (org.eclipse.jgit.diff.DiffEntry entry : entries) {
        if (entry.getChangeType() == org.eclipse.jgit.diff.DiffEntry.ChangeType.DELETE
            || entry.getNewMode() != org.eclipse.jgit.lib.FileMode.REGULAR_FILE
                && entry.getNewMode() != org.eclipse.jgit.lib.FileMode.EXECUTABLE_FILE) {
          continue;
        }
        org.eclipse.jgit.lib.ObjectLoader loader = repo.open(entry.getNewId().toObjectId());
        if (loader.getSize() > maxSize) {
          continue;
        }
        byte[] content = loader.getCachedBytes(Integer.MAX_VALUE);
        List<int[]> added = new ArrayList<>();
        for (org.eclipse.jgit.diff.Edit edit : diff.toFileHeader(entry).toEditList()) {
          if (edit.getEndB() > edit.getBeginB()) {
            added.add(new int[] {edit.getBeginB(), edit.getEndB()});
          }
        }
        if (!added.isEmpty()) {
          visitor.file(entry.getNewPath(), content, added);
        }
      }
    } catch (MissingObjectException e) {
      throw new GitException(
          "commit "
              + abbreviate(commitId)
              + " or one of its files is missing (shallow clone?); "
              + UNSHALLOW_FIX,
          e);
    } catch (IOException e) {
      throw failure("read the changes of commit " + abbreviate(commitId), e);
    }
  }

  private GitException failure(String what, IOException e) {
    if (isDamage(e) && !(e instanceof MissingObjectException && isShallow())) {
      return GitException.damaged(
          repo.getDirectory().toPath(), "cannot " + what + ": " + e.getMessage(), e);
    }
    return new GitException(
        "cannot " + what + " in " + repo.getDirectory() + ": " + e.getMessage(), e);
  }

  /** Whether an I/O failure means objects are missing or corrupt, rather than a passing problem. */
  private static boolean isDamage(IOException e) {
    return e instanceof MissingObjectException
        || e instanceof CorruptObjectException
        || e instanceof PackInvalidException
        || e instanceof PackMismatchException;
  }

  @Override
  public void close() {
    repo.close();
  }
}
