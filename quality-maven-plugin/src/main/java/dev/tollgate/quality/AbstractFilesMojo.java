package dev.tollgate.quality;

import dev.tollgate.core.files.FileGuardRails;
import dev.tollgate.core.files.FilesConfig;
import dev.tollgate.core.files.Scope;
import java.io.File;
import java.util.List;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/** What {@code quality:files} and {@code quality:files-fix} share: the scope and its filters. */
abstract class AbstractFilesMojo extends AbstractQualityMojo {

  /**
   * Which tracked files to read: {@code staged} (the staged content of paths that differ from
   * HEAD), {@code changed} (paths changed since the merge base with {@code tollgate.files.base}),
   * {@code all} (every tracked file) or, for {@code quality:files} only, {@code commits} (the
   * secrets check over the lines each commit of the {@code quality:commits} range adds). Default:
   * {@code changed} in a CI pull-request build, otherwise {@code all}. Untracked and ignored files
   * are never read.
   */
  @Parameter(property = "tollgate.files.scope")
  private String scope;

  /**
   * The base ref of scope {@code changed}, e.g. {@code origin/main}. Default: the target branch of
   * the CI pull request ({@code origin/BRANCH}); a ref that does not resolve is retried with or
   * without {@code origin/}.
   */
  @Parameter(property = "tollgate.files.base")
  private String base;

  /**
   * Globs of repository-relative paths to scan ({@code *.md}, {@code src/**}{@code /*.json}; see
   * docs/patterns.md); empty means every tracked file. Comma-separated on the command line.
   */
  @Parameter(property = "tollgate.files.includes")
  private List<String> includes;

  /**
   * Globs of repository-relative paths never to scan (see docs/patterns.md). Comma-separated on the
   * command line.
   */
  @Parameter(property = "tollgate.files.excludes")
  private List<String> excludes;

  /**
   * The line endings text files must use: {@code lf}, {@code crlf}, or {@code auto} (either, but
   * not mixed in one file; files-fix converts a mixed file to its majority). Files git converts
   * ({@code .gitattributes} {@code text}/{@code eol=}, or {@code core.autocrlf}) must have the line
   * ending git checks them out with instead, and {@code -text} files keep theirs.
   */
  @Parameter(property = "tollgate.files.lineEndings", defaultValue = "lf")
  private String lineEndings;

  /**
   * The {@code whitespace} check reads only these paths (path globs, see docs/patterns.md), on top
   * of {@code tollgate.files.includes}; the other checks are not affected.
   */
  @Parameter(property = "tollgate.files.includes.whitespace")
  private List<String> includesWhitespace;

  /**
   * The {@code whitespace} check never reads these paths (path globs, see docs/patterns.md), on top
   * of {@code tollgate.files.excludes}; the other checks are not affected.
   */
  @Parameter(property = "tollgate.files.excludes.whitespace")
  private List<String> excludesWhitespace;

  @Parameter(defaultValue = "${project}", readonly = true, required = true)
  private MavenProject project;

  @Parameter(defaultValue = "${project.basedir}", readonly = true, required = true)
  private File basedir;

  /** The scan covers the whole repository: once per build. */
  @Override
  protected final boolean runsOncePerBuild() {
    return true;
  }

  protected final File basedir() {
    return basedir;
  }

  /** The scope asked for, or the default for this environment. */
  protected final Scope scope() {
    return FileGuardRails.scope(settings(), System.getenv());
  }

  /** The configuration the settings describe, as the pre-commit hook builds it. */
  protected final FilesConfig config() {
    return FilesConfig.from(settings(), System.getenv(), getLog()::warn);
  }
}
