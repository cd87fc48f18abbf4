package dev.tollgate.core.files;

import java.util.List;

/**
 * Submodules the scope adds (every submodule for scope {@code all}). Off by default: enable it with
 * a level to forbid new submodules.
 */
public final class SubmoduleCheck implements PathCheck {

  /** The check's id. */
  public static final String ID = "submodules";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public void check(List<FileInfo> files, Tree tree, FindingSink sink) {
    for (FileInfo file : files) {
      if (file.submodule() && file.previousSize() < 0) {
        sink.report(
            FileFinding.of(
                ID,
                "submodule",
                file.path(),
                0,
                0,
                "a git submodule; this repository does not accept new submodules",
                "remove it: git rm --cached " + file.path() + " (and its .gitmodules entry)"));
      }
    }
  }
}
