package dev.tollgate.core.report;

import java.util.Objects;

/** Where a finding is: a place in a file, a commit, or nowhere in particular. */
public sealed interface Location {

  /** The location as people read it: {@code pom.xml:42:5}, {@code commit 1a2b3c4}, or empty. */
  String display();

  /**
   * A file and, when known, a line and column.
   *
   * @param path the path relative to the repository or project root, with {@code /} separators (a
   *     Windows {@code \} separator becomes {@code /}; elsewhere a backslash is part of a name, as
   *     in the escaped name {@code sec\377ret.env} of a path that is not UTF-8)
   * @param line 1-based line, or 0 when the finding concerns the whole file
   * @param column 1-based column, or 0 when unknown
   */
  record InFile(String path, int line, int column) implements Location {
    public InFile {
      Objects.requireNonNull(path, "path");
      if (line < 0 || column < 0) {
        throw new IllegalArgumentException("line and column must be >= 0");
      }
      if (java.io.File.separatorChar == '\\') {
        path = path.replace('\\', '/');
      }
    }

    @Override
    public String display() {
      if (line == 0) {
        return path;
      }
      return column == 0 ? path + ":" + line : path + ":" + line + ":" + column;
    }
  }

  /**
   * A commit.
   *
   * @param commitId the full or abbreviated object id
   */
  record InCommit(String commitId) implements Location {
    public InCommit {
      Objects.requireNonNull(commitId, "commitId");
    }

    /** The first seven characters of the commit id, as git abbreviates it by default. */
    public String shortId() {
      return commitId.length() > 7 ? commitId.substring(0, 7) : commitId;
    }

    @Override
    public String display() {
      return "commit " + shortId();
    }
  }

  /** A finding about the build or repository as a whole. */
  record Nowhere() implements Location {
    @Override
    public String display() {
      return "";
    }
  }

  /** A location in a file. */
  static Location file(String path, int line, int column) {
    return new InFile(path, line, column);
  }

  /** A location that is a whole file. */
  static Location file(String path) {
    return new InFile(path, 0, 0);
  }

  /** A location that is a commit. */
  static Location commit(String commitId) {
    return new InCommit(commitId);
  }

  /** No particular location. */
  static Location nowhere() {
    return new Nowhere();
  }
}
