package dev.tollgate.quality;

import dev.tollgate.core.files.FileFixer;
import dev.tollgate.core.git.GitException;
import dev.tollgate.core.report.Report;
import java.io.IOException;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Repairs what the {@code whitespace} check of {@code quality:files} finds: trailing whitespace,
 * the final newline, line endings and byte order marks, in place (atomic writes, permissions kept),
 * on the text files in scope only. Prints each file it changed.
 */
@Mojo(name = "files-fix", threadSafe = true)
public class FilesFixMojo extends AbstractFilesMojo {

  /** Skips this goal: {@code true} or {@code false}. */
  @Parameter(property = "tollgate.files-fix.skip", defaultValue = "false")
  private String skip;

  /**
   * Whether line endings are rewritten: {@code true}, or {@code false} to only report them (with
   * {@code quality:files}) and leave them as they are.
   */
  @Parameter(property = "tollgate.files.fixLineEndings", defaultValue = "true")
  private String fixLineEndings;

  @Override
  protected boolean isSkipped() {
    return settings().bool("tollgate.files-fix.skip", false);
  }

  @Override
  protected Report check() throws MojoExecutionException {
    FileFixer.Result result;
    if (scope() == dev.tollgate.core.files.Scope.COMMITS) {
      throw new MojoExecutionException(
          "files-fix fixes working files: scope 'commits' is for quality:files only; use"
              + " -Dtollgate.files.scope=all, changed or staged");
    }
    try {
      result = FileFixer.fix(basedir().toPath(), scope(), config());
    } catch (GitException e) {
      throw new MojoExecutionException(e.getMessage(), e);
    } catch (IOException e) {
      throw new MojoExecutionException("cannot fix the files: " + e, e);
    }
    List<FileFixer.FixedFile> fixed = result.fixed();
    getLog()
        .info(
            "Tollgate files-fix: "
                + (fixed.isEmpty()
                    ? "nothing to fix"
                    : fixed.size() + " file" + (fixed.size() == 1 ? "" : "s") + " fixed"));
    return result.report();
  }
}
