package dev.tollgate.core.files;

import java.util.Locale;
import java.util.Objects;

/**
 * What checks know about a file besides its content.
 *
 * @param path the repository-relative path with {@code /} separators
 * @param mode the git index mode (see {@link dev.tollgate.core.git.TrackedFile})
 * @param lfs whether Git LFS stores the file ({@code filter=lfs})
 * @param previousSize the size of the blob this change replaces; {@code -1} for a new file, {@code
 *     -2} when the scan does not compare (scope {@code all})
 * @param text what git's rules ({@code .gitattributes}, {@code core.autocrlf}) say about its line
 *     endings
 */
public record FileInfo(String path, int mode, boolean lfs, long previousSize, GitTextRule text) {

  /** A file git has no line-ending rule for. */
  public FileInfo(String path, int mode, boolean lfs, long previousSize) {
    this(path, mode, lfs, previousSize, GitTextRule.CONFIGURED);
  }

  /** {@link #previousSize} of a file the scope adds. */
  public static final long NEW = -1;

  /** {@link #previousSize} when the scope does not compare with a previous version. */
  public static final long NOT_COMPARED = -2;

  public FileInfo {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(text, "text");
  }

  /** The file name (last path segment). */
  public String name() {
    return path.substring(path.lastIndexOf('/') + 1);
  }

  /** The lower-case extension without the dot, or empty. */
  public String extension() {
    String name = name();
    int dot = name.lastIndexOf('.');
    return dot <= 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
  }

  /** Whether the index marks it executable. */
  public boolean executable() {
    return mode == 0100755;
  }

  /** Whether it is a symbolic link. */
  public boolean symlink() {
    return mode == 0120000;
  }

  /** Whether it is a submodule. */
  public boolean submodule() {
    return mode == 0160000;
  }

  /** Whether it is Markdown, where two trailing spaces are a hard line break. */
  public boolean markdown() {
    String ext = extension();
    return ext.equals("md") || ext.equals("markdown") || ext.equals("mdx");
  }
}
