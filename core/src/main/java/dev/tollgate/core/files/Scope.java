package dev.tollgate.core.files;

import java.util.Locale;

/** Which tracked files a scan reads. Untracked and ignored files are never read. */
public enum Scope {
  /** Paths whose staged content differs from {@code HEAD}; the staged blobs are read. */
  STAGED,
  /** Paths changed since the merge base with a base ref; the working files are read. */
  CHANGED,
  /** Every tracked file; the working files are read. */
  ALL,
  /**
   * The lines each commit of a range adds (the range {@code quality:commits} checks): only the
   * {@code secrets} check runs, so a secret added and removed again within a pull request is found.
   */
  COMMITS;

  /** The lower-case name users type: {@code staged}, {@code changed}, {@code all}. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * Parses {@code staged}, {@code changed}, {@code all} or {@code commits}, case-insensitively.
   *
   * @throws IllegalArgumentException naming the accepted values
   */
  public static Scope parse(String text) {
    String word = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
    return switch (word) {
      case "staged" -> STAGED;
      case "changed" -> CHANGED;
      case "all" -> ALL;
      case "commits" -> COMMITS;
      default ->
          throw new IllegalArgumentException(
              "unknown scope '" + text + "'; use one of: staged, changed, all, commits");
    };
  }
}
