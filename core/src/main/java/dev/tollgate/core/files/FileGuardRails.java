package dev.tollgate.core.files;

import dev.tollgate.core.ci.CiDetector;
import dev.tollgate.core.ci.CiEnvironment;
import dev.tollgate.core.git.ChangedPaths;
import dev.tollgate.core.git.CommitRange;
import dev.tollgate.core.git.GitAttributes;
import dev.tollgate.core.git.GitException;
import dev.tollgate.core.git.GitRepository;
import dev.tollgate.core.git.TrackedFile;
import dev.tollgate.core.git.TrackedFiles;
import dev.tollgate.core.pattern.GlobPattern;
import dev.tollgate.core.report.Finding;
import dev.tollgate.core.report.Location;
import dev.tollgate.core.report.Report;
import dev.tollgate.core.report.Severity;
import dev.tollgate.core.settings.Settings;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The file guard rails' entry point: scope + directory + configuration in, findings out. It lists
 * the tracked files once from the git index (untracked and ignored files are never read), picks
 * those in scope, runs the path checks, then scans the contents in parallel with every enabled line
 * and content check in one pass per file.
 *
 * <p>Front ends (the {@code quality:files} goal, a pre-commit hook with {@link Scope#STAGED}) call
 * {@link #check(Path, Scope, FilesConfig)}.
 */
public final class FileGuardRails {

  /** The goal name under which reports are written. */
  public static final String GOAL = "files";

  private FileGuardRails() {}

  /**
   * Scans the repository containing {@code dir} and returns the report of goal {@code files}.
   *
   * @throws GitException when {@code dir} is not in a git working tree or a ref is missing
   * @throws IOException when a file cannot be read
   */
  public static Report check(Path dir, Scope scope, FilesConfig config) throws IOException {
    return scan(dir, scope, config).toReport(GOAL);
  }

  /**
   * The default scope: {@link Scope#CHANGED} in a CI pull-request build, otherwise {@link
   * Scope#ALL}.
   */
  public static Scope defaultScope(Map<String, String> env) {
    return CiDetector.detect(env).filter(CiEnvironment::isPullRequest).isPresent()
        ? Scope.CHANGED
        : Scope.ALL;
  }

  /** Which files to read: {@code staged}, {@code changed} or {@code all}. */
  public static final String SCOPE = "tollgate.files.scope";

  /**
   * The scope the {@value #SCOPE} setting asks for, or {@link #defaultScope(Map)} when not set.
   *
   * @throws dev.tollgate.core.settings.InvalidSettingException for an unknown scope
   */
  public static Scope scope(Settings settings, Map<String, String> env) {
    return settings.isSet(SCOPE)
        ? Scope.parse(settings.choice(SCOPE, "all", List.of("staged", "changed", "all", "commits")))
        : defaultScope(env);
  }

  /** The base ref of a CI pull-request build ({@code origin/<target branch>}), if any. */
  public static Optional<String> ciBaseRef(Map<String, String> env) {
    return CiDetector.detect(env)
        .flatMap(CiEnvironment::pullRequestBase)
        .map(b -> b.startsWith("refs/heads/") ? b.substring("refs/heads/".length()) : b)
        .map(b -> "origin/" + b);
  }

  /** Scans and returns everything the scan found, before it becomes a report. */
  public static ScanResult scan(Path dir, Scope scope, FilesConfig config) throws IOException {
    if (scope == Scope.COMMITS) {
      throw new IllegalArgumentException("scope commits needs a commit range: use scanCommits");
    }
    return scan(dir, scope, config, WorkTreeFiles.NO_FOLLOW);
  }

  /**
   * Scope {@link Scope#COMMITS}: runs the {@code secrets} check over the lines each commit of the
   * range adds (merges aside), so a secret added in one commit and removed in a later one is still
   * found, at the commit that added it. Includes, excludes, {@code tollgate.secrets.allowPaths},
   * allow markers and the baseline apply as for the files.
   */
  public static ScanResult scanCommits(Path dir, CommitRange range, FilesConfig config)
      throws IOException {
    List<GlobPattern> includes = GlobPattern.paths(config.includes());
    List<GlobPattern> excludes = GlobPattern.paths(config.excludes());
    CheckScopes scopes = new CheckScopes(config);
    SecretCheck check = new SecretCheck(GlobPattern.paths(config.secretsAllowedPaths()));
    Map<String, FileFinding> byFingerprint = new java.util.LinkedHashMap<>();
    List<Finding> notes = new ArrayList<>();
    Set<String> scanned = new HashSet<>();
    int[] changes = {0};
    try (GitRepository repository = GitRepository.open(dir)) {
      Path root = repository.workTree();
      List<String> commits = new ArrayList<>();
      if (config.enabled(SecretCheck.ID)) {
        repository.walk(range.from(), range.to(), 0, c -> commits.add(c.id()));
      }
      for (String commit : commits) {
        String at = "in commit " + GitRepository.abbreviate(commit) + ": ";
        repository.addedLines(
            commit,
            HISTORY_MAX_FILE,
            (path, content, added) -> {
              if ((!includes.isEmpty() && !GlobPattern.anyMatches(includes, path))
                  || GlobPattern.anyMatches(excludes, path)
                  || !scopes.applies(SecretCheck.ID, path)
                  || WhitespaceFixer.binary(content, content.length)) {
                return;
              }
              changes[0]++;
              scanned.add(path);
              FindingSink sink =
                  f -> {
                    FileFinding located =
                        new FileFinding(
                            f.checkId(),
                            f.kind(),
                            f.path(),
                            f.line(),
                            f.column(),
                            at + f.message(),
                            f.hint(),
                            f.fingerprint());
                    if (f.kind().equals(SecretCheck.ALLOWED_KIND)) {
                      notes.add(located.toFinding(Severity.INFO));
                    } else {
                      // the oldest commit that added it wins (the walk goes newest first)
                      byFingerprint.put(f.fingerprint(), located);
                    }
                  };
              LineCheck.Visitor visitor =
                  check.open(new FileInfo(path, 0100644, false, FileInfo.NOT_COMPARED), sink);
              if (visitor != null) {
                addedLines(content, added, visitor);
              }
            });
      }
      List<FileFinding> findings =
          applyBaseline(root, config, new ArrayList<>(byFingerprint.values()), scanned, notes);
      findings.sort(
          Comparator.comparing(FileFinding::path)
              .thenComparingInt(FileFinding::line)
              .thenComparing(FileFinding::message));
      return new ScanResult(
          Scope.COMMITS,
          Optional.of(range.description()),
          changes[0],
          findings,
          config.levels(),
          notes);
    }
  }

  /** Files larger than this are not read from history (a secret is no 50 MB blob). */
  private static final long HISTORY_MAX_FILE = 8L << 20;

  /** Feeds the added lines (ranges of 0-based line indexes) of a blob to a line visitor. */
  private static void addedLines(byte[] b, List<int[]> added, LineCheck.Visitor visitor) {
    int line = 0;
    int start = 0;
    int range = 0;
    while (start < b.length && range < added.size()) {
      int nl = ByteScan.indexOf(b, start, b.length, (byte) '\n');
      int next = nl < 0 ? b.length : nl + 1;
      int[] r = added.get(range);
      if (line >= r[0] && line < r[1]) {
        int end = nl < 0 ? b.length : nl;
        int eol = nl < 0 ? LineCheck.EOL_NONE : LineCheck.EOL_LF;
        if (end > start && b[end - 1] == '\r' && nl >= 0) {
          end--;
          eol = LineCheck.EOL_CRLF;
        }
        visitor.line(b, start, end, eol, line + 1);
      }
      line++;
      if (line >= r[1]) {
        range++;
      }
      start = next;
    }
    visitor.end(line);
  }

  /** Scans, opening working files with {@code opener}. */
  static ScanResult scan(Path dir, Scope scope, FilesConfig config, WorkTreeFiles.Opener opener)
      throws IOException {
    try (GitRepository repository = GitRepository.open(dir)) {
      TrackedFiles git = repository.index();
      Selection selection = select(git, scope, config);
      List<FileInfo> files = selection.files();
      Set<String> tracked = selection.tracked();
      Map<String, String> blobs = selection.blobs();
      Optional<String> base = selection.base();
      boolean staged = scope == Scope.STAGED;
      List<FileFinding> found = new ArrayList<>();
      PathCheck.Tree tree = tree(git, tracked, selection.links(), blobs);
      CheckScopes scopes = new CheckScopes(config);
      for (Check check : checks(config)) {
        if (check instanceof PathCheck p) {
          List<FileInfo> its =
              scopes.any()
                  ? files.stream().filter(f -> scopes.applies(p.id(), f.path())).toList()
                  : files;
          p.check(its, tree, found::add);
        }
      }
      List<LineCheck> lineChecks = new ArrayList<>();
      List<ContentCheck> contentChecks = new ArrayList<>();
      for (Check check : checks(config)) {
        if (check instanceof LineCheck l) {
          lineChecks.add(l);
        } else if (check instanceof ContentCheck c) {
          contentChecks.add(c);
        }
      }
      List<FileInfo> regular = files.stream().filter(f -> !f.symlink() && !f.submodule()).toList();
      FileScanner scanner =
          new FileScanner(
              lineChecks,
              contentChecks,
              source(git, blobs, opener),
              config.threads(),
              FileScanner.MAX_LINE_BUFFER,
              scopes);
      found.addAll(scanner.scan(regular));

      List<Finding> notes = new ArrayList<>();
      List<FileFinding> reported = new ArrayList<>();
      for (FileFinding f : found) {
        if (f.checkId().equals(SecretCheck.ID) && f.kind().equals(SecretCheck.ALLOWED_KIND)) {
          notes.add(f.toFinding(Severity.INFO)); // the report keeps the reason
        } else {
          reported.add(f);
        }
      }
      Set<String> scanned = new HashSet<>();
      for (FileInfo f : files) {
        if (scopes.applies(SecretCheck.ID, f.path())) {
          scanned.add(f.path());
        }
      }
      List<FileFinding> findings = applyBaseline(git.root(), config, reported, scanned, notes);
      findings.sort(
          Comparator.comparing(FileFinding::path)
              .thenComparingInt(FileFinding::line)
              .thenComparingInt(FileFinding::column)
              .thenComparing(FileFinding::checkId));
      return new ScanResult(scope, base, files.size(), findings, config.levels(), notes);
    }
  }

  /** The files in scope and what else the checks need to know about the tree. */
  record Selection(
      List<FileInfo> files,
      Set<String> tracked,
      Map<String, String> blobs,
      Map<String, FileInfo> links,
      Optional<String> base) {}

  /** Lists the tracked files in scope (after include and exclude globs). */
  static Selection select(TrackedFiles git, Scope scope, FilesConfig config) throws IOException {
    List<TrackedFile> index = git.index();
    Optional<String> base = Optional.empty();
    Map<String, Optional<String>> changed = null;
    if (scope == Scope.STAGED) {
      changed = ChangedPaths.staged(git);
    } else if (scope == Scope.CHANGED) {
      String wanted =
          config
              .baseRef()
              .orElseThrow(
                  () ->
                      new GitException(
                          "scope 'changed' needs a base ref and this is no CI pull-request"
                              + " build; set -Dtollgate.files.base=origin/main (or use"
                              + " -Dtollgate.files.scope=all)"));
      base = Optional.of(resolvable(git, wanted));
      changed = ChangedPaths.since(git, base.get());
    }
    List<GlobPattern> includes = GlobPattern.paths(config.includes());
    List<GlobPattern> excludes = GlobPattern.paths(config.excludes());
    boolean staged = scope == Scope.STAGED;
    GitAttributes attributes = GitAttributes.read(git, index, staged);
    Optional<String> autocrlf = git.coreSetting("autocrlf");
    Optional<String> coreEol = git.coreSetting("eol");
    boolean compareSizes = config.enabled(LargeFileCheck.ID);
    List<FileInfo> files = new ArrayList<>();
    Set<String> tracked = new HashSet<>(index.size() * 2);
    Map<String, String> blobs = new HashMap<>();
    Map<String, FileInfo> links = new HashMap<>();
    for (TrackedFile t : index) {
      String path = t.path();
      tracked.add(path);
      if (t.isSymlink()) {
        links.put(path, new FileInfo(path, t.mode(), false, FileInfo.NOT_COMPARED));
      }
      if (staged) {
        blobs.put(path, t.blobId());
      }
      if (changed != null && !changed.containsKey(path)) {
        continue;
      }
      if ((!includes.isEmpty() && !GlobPattern.anyMatches(includes, path))
          || GlobPattern.anyMatches(excludes, path)) {
        continue;
      }
      long previous = FileInfo.NOT_COMPARED;
      if (changed != null) {
        Optional<String> old = changed.get(path);
        previous = old.isEmpty() ? FileInfo.NEW : compareSizes ? sizeOf(git, old.get(), t) : 0;
      }
      boolean lfs = !attributes.isEmpty() && attributes.isLfs(path);
      GitTextRule text = GitTextRule.of(attributes.textRule(path), autocrlf, coreEol, staged);
      files.add(new FileInfo(path, t.mode(), lfs, previous, text));
    }
    return new Selection(files, tracked, staged ? blobs : null, links, base);
  }

  /** The enabled checks, configured. */
  static List<Check> checks(FilesConfig config) {
    List<Check> all =
        List.of(
            new ConflictMarkerCheck(),
            new LargeFileCheck(config.maxSize()),
            new SecretCheck(GlobPattern.paths(config.secretsAllowedPaths())),
            new WhitespaceCheck(config.lineEndings()),
            new SyntaxCheck(GlobPattern.paths(config.jsonc()), GlobPattern.paths(config.toml())),
            new NameCheck(),
            new ExecBitCheck(),
            new SubmoduleCheck());
    return all.stream().filter(c -> config.enabled(c.id())).toList();
  }

  private static List<FileFinding> applyBaseline(
      Path root,
      FilesConfig config,
      List<FileFinding> found,
      Set<String> scanned,
      List<Finding> notes)
      throws IOException {
    Optional<Path> file = config.baseline().map(root::resolve);
    if (file.isEmpty()) {
      return new ArrayList<>(found);
    }
    List<FileFinding> secrets =
        found.stream().filter(f -> f.checkId().equals(SecretCheck.ID)).toList();
    if (config.updateBaseline()) {
      // entries of files this run did not scan (other includes, another scope) stay as they are
      List<SecretBaseline.Entry> kept =
          SecretBaseline.entries(file.get()).stream()
              .filter(e -> !scanned.contains(e.path()))
              .toList();
      SecretBaseline.write(file.get(), kept, secrets);
      notes.add(
          new Finding(
              SecretCheck.ID,
              Severity.INFO,
              Location.file(root.relativize(file.get()).toString()),
              "secrets baseline updated: "
                  + secrets.size()
                  + " finding"
                  + (secrets.size() == 1 ? "" : "s")
                  + " accepted",
              "review and commit the baseline file"));
      return new ArrayList<>(found.stream().filter(f -> !secrets.contains(f)).toList());
    }
    Set<String> accepted = SecretBaseline.read(file.get());
    if (accepted.isEmpty()) {
      return new ArrayList<>(found);
    }
    return new ArrayList<>(
        found.stream()
            .filter(f -> f.fingerprint().isEmpty() || !accepted.contains(f.fingerprint()))
            .toList());
  }

  private static String resolvable(TrackedFiles git, String ref) {
    if (ChangedPaths.resolves(git, ref)) {
      return ref;
    }
    String alternative =
        ref.startsWith("origin/") ? ref.substring("origin/".length()) : "origin/" + ref;
    return ChangedPaths.resolves(git, alternative) ? alternative : ref;
  }

  private static long sizeOf(TrackedFiles git, String blobId, TrackedFile now) {
    if (now.isSubmodule()) {
      return 0;
    }
    try {
      return git.blobSize(blobId);
    } catch (IOException | RuntimeException e) {
      return 0; // the old entry was no blob (e.g. a submodule): treat the file as not new
    }
  }

  private static FileScanner.ContentSource source(
      TrackedFiles git, Map<String, String> blobs, WorkTreeFiles.Opener opener) {
    if (blobs != null) {
      return (file, sink) -> {
        TrackedFiles.Blob blob = git.openBlob(blobs.get(file.path()));
        return new FileScanner.ContentSource.Opened(blob.stream(), blob.size());
      };
    }
    return new WorkTreeFiles(git, opener);
  }

  private static PathCheck.Tree tree(
      TrackedFiles git,
      Set<String> tracked,
      Map<String, FileInfo> links,
      Map<String, String> blobs) {
    return new PathCheck.Tree() {
      @Override
      public Set<String> trackedPaths() {
        return tracked;
      }

      @Override
      public String linkTarget(FileInfo link) {
        try {
          if (blobs != null) {
            return new String(git.readBlob(blobs.get(link.path())), StandardCharsets.UTF_8);
          }
          Path p = git.workPath(link.path()).orElse(null);
          if (p == null) {
            return null;
          }
          if (Files.isSymbolicLink(p)) {
            return Files.readSymbolicLink(p).toString();
          }
          // a checkout without symbolic links stores the target as the file's content
          return Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)
              ? Files.readString(p, StandardCharsets.UTF_8)
              : null;
        } catch (IOException | RuntimeException e) {
          return null;
        }
      }

      @Override
      public boolean exists(String path) {
        return tracked.contains(path) || git.workPath(path).map(Files::exists).orElse(false);
      }

      @Override
      public FileInfo trackedLink(String path) {
        return links.get(path);
      }
    };
  }
}
