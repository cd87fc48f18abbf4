package dev.tollgate.core.files;

import dev.tollgate.core.git.GitRepository;
import dev.tollgate.core.git.TrackedFiles;
import dev.tollgate.core.io.AtomicFiles;
import dev.tollgate.core.report.Finding;
import dev.tollgate.core.report.Location;
import dev.tollgate.core.report.Report;
import dev.tollgate.core.report.Severity;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code quality:files-fix}: repairs whitespace, final newlines, line endings and byte order marks
 * of the working files in scope, in place. Each file is rewritten atomically (temporary file, then
 * rename) with its permissions kept; binary files, symbolic links and files outside the scope are
 * never touched. With scope {@code staged}, the working files of the staged paths are fixed (stage
 * them again afterwards).
 */
public final class FileFixer {

  /** The goal name under which reports are written. */
  public static final String GOAL = "files-fix";

  /**
   * One rewritten file.
   *
   * @param path the repository-relative path
   * @param changes what was changed, in words
   */
  public record FixedFile(String path, List<String> changes) {}

  /**
   * What a fix run did.
   *
   * @param fixed the rewritten files
   * @param refused the files in scope it would not read or write (a FIFO, a link, a file beyond a
   *     linked directory, …), each an error
   */
  public record Result(List<FixedFile> fixed, List<FileFinding> refused) {
    public Result {
      fixed = List.copyOf(fixed);
      refused = List.copyOf(refused);
    }

    /** The fixes and refusals as a report. */
    public Report report() {
      Report fixes = FileFixer.report(fixed);
      List<Finding> findings = new ArrayList<>(fixes.findings());
      for (FileFinding f : refused) {
        findings.add(f.toFinding(Severity.ERROR));
      }
      return new Report(GOAL, findings);
    }
  }

  private FileFixer() {}

  /**
   * Fixes the files in scope and returns what changed. A file is read and written only where git
   * would put it: never through a symbolic link (not the file's own, not a linked directory), so
   * nothing outside the work tree is ever written.
   */
  public static Result fix(Path dir, Scope scope, FilesConfig config) throws IOException {
    return fix(dir, scope, config, WorkTreeFiles.NO_FOLLOW);
  }

  static Result fix(Path dir, Scope scope, FilesConfig config, WorkTreeFiles.Opener opener)
      throws IOException {
    List<FixedFile> fixed = new ArrayList<>();
    List<FileFinding> refused = new ArrayList<>();
    try (GitRepository repository = GitRepository.open(dir)) {
      TrackedFiles git = repository.index();
      WorkTreeFiles workTree = new WorkTreeFiles(git, opener);
      FileGuardRails.Selection selection = FileGuardRails.select(git, scope, config);
      CheckScopes scopes = new CheckScopes(config);
      for (FileInfo file : selection.files()) {
        if (file.symlink()
            || file.submodule()
            || file.lfs()
            || file.text() == GitTextRule.BINARY
            || !scopes.applies(WhitespaceCheck.ID, file.path())) {
          continue;
        }
        LineEndings endings = file.text().endings(config.lineEndings());
        if (!config.fixLineEndings()) {
          endings = LineEndings.KEEP; // report-only: quality:files reports them, nothing changes
        }
        try {
          FixedFile done = fixOne(workTree, file, endings, refused);
          if (done != null) {
            fixed.add(done);
          }
        } catch (IOException e) {
          refused.add(
              FileFinding.of(
                  WorkTreeFiles.ID,
                  "io-error",
                  file.path(),
                  0,
                  0,
                  "not fixed: " + e.getMessage(),
                  "check the file and run files-fix again; the other files were fixed"));
        }
      }
    }
    return new Result(fixed, refused);
  }

  /**
   * Fixes one file, streaming: a first pass finds whether anything changes (and the majority line
   * ending for {@code auto}), the second writes the fixed content to a temporary file that then
   * replaces the file. Binary files (a NUL in the first 8 KB) are never written.
   */
  private static FixedFile fixOne(
      WorkTreeFiles workTree, FileInfo file, LineEndings endings, List<FileFinding> refused)
      throws IOException {
    LineEndings resolved;
    try (InputStream in = stream(workTree, file, refused)) {
      if (in == null) {
        return null;
      }
      resolved = WhitespaceFixer.resolve(in, endings);
    }
    List<String> changes;
    try (InputStream in = stream(workTree, file, refused)) {
      if (in == null) {
        return null;
      }
      changes = WhitespaceFixer.fix(in, OutputStream.nullOutputStream(), file.markdown(), resolved);
    }
    if (changes.isEmpty()) {
      return null;
    }
    // located again: a regular file, no linked directory on its way
    Path path = workTree.locate(file, refused::add);
    if (path == null) {
      return null;
    }
    AtomicFiles.write(
        path,
        out -> {
          try (InputStream in = stream(workTree, file, refused)) {
            if (in == null) {
              throw new IOException("the file disappeared while it was fixed");
            }
            WhitespaceFixer.fix(in, out, file.markdown(), resolved);
          }
        });
    return new FixedFile(file.path(), changes);
  }

  private static InputStream stream(
      WorkTreeFiles workTree, FileInfo file, List<FileFinding> refused) throws IOException {
    FileScanner.ContentSource.Opened opened = workTree.open(file, refused::add);
    return opened == null ? null : new BufferedInputStream(opened.stream(), 1 << 16);
  }

  /** The fixes as a report: one {@code info} finding per rewritten file. */
  public static Report report(List<FixedFile> fixed) {
    List<Finding> findings = new ArrayList<>();
    for (FixedFile f : fixed) {
      findings.add(
          new Finding(
              WhitespaceCheck.ID,
              Severity.INFO,
              Location.file(f.path()),
              "fixed: " + String.join(", ", f.changes()),
              "review and stage the change (git add " + f.path() + ")"));
    }
    return new Report(GOAL, findings);
  }
}
