package dev.tollgate.core.files;

import dev.tollgate.core.git.GitRepository;
import dev.tollgate.core.git.TrackedFiles;
import dev.tollgate.core.io.AtomicFiles;
import dev.tollgate.core.report.Finding;
import dev.tollgate.core.report.Location;
import dev.tollgate.core.report.Report;
import dev.tollgate.core.report.Severity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
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

  private FileFixer() {}

  /** Fixes the files in scope and returns what changed. */
  public static List<FixedFile> fix(Path dir, Scope scope, FilesConfig config) throws IOException {
    List<FixedFile> fixed = new ArrayList<>();
    try (GitRepository repository = GitRepository.open(dir)) {
      TrackedFiles git = repository.index();
      FileGuardRails.Selection selection = FileGuardRails.select(git, scope, config);
      for (FileInfo file : selection.files()) {
        if (file.symlink() || file.submodule() || file.lfs()) {
          continue;
        }
        Path path = git.root().resolve(file.path());
        if (!Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS)) {
          continue;
        }
        byte[] content;
        try {
          content = Files.readAllBytes(path);
        } catch (NoSuchFileException e) {
          continue;
        }
        WhitespaceFixer.Fixed result =
            WhitespaceFixer.fix(content, file.markdown(), config.lineEndings());
        if (result.changed()) {
          AtomicFiles.write(path, result.content());
          fixed.add(new FixedFile(file.path(), result.changes()));
        }
      }
    }
    return fixed;
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
