package dev.tollgate.core.files;

/**
 * A file guard rail. Each check is one small class with a stable {@link #id()}; it is one of three
 * shapes, all pure over what the scanner hands them:
 *
 * <ul>
 *   <li>{@link LineCheck}: sees every line of every text file, in one pass shared by all checks;
 *   <li>{@link ContentCheck}: sees a whole file's bytes (as a stream: large files are not held);
 *   <li>{@link PathCheck}: sees the list of paths (names, modes, link targets), no content.
 * </ul>
 */
public sealed interface Check permits LineCheck, ContentCheck, PathCheck {

  /** The stable id users configure, e.g. {@code secrets}; also the findings' rule id. */
  String id();
}
