package dev.tollgate.core.files;

/**
 * The executable bit as git records it (the index mode, so it also works on Windows checkouts)
 * against the content: an executable text file must start with a shebang ({@code #!}), and a file
 * that starts with a shebang must be executable.
 */
public final class ExecBitCheck implements ContentCheck {

  /** The check's id. */
  public static final String ID = "exec-bits";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public boolean appliesTo(FileInfo file) {
    return !file.symlink() && !file.submodule();
  }

  @Override
  public void check(FileInfo file, Content content, FindingSink sink) {
    if (content.binary() || content.size() == 0) {
      return;
    }
    byte[] head = content.head();
    boolean shebang = head.length >= 2 && head[0] == '#' && head[1] == '!';
    if (file.executable() && !shebang) {
      sink.report(
          FileFinding.of(
              ID,
              "exec-no-shebang",
              file.path(),
              1,
              0,
              "executable in git but has no shebang ('#!') line",
              "add a shebang such as '#!/bin/sh', or clear the bit: git update-index --chmod=-x "
                  + file.path()));
    } else if (!file.executable() && shebang) {
      sink.report(
          FileFinding.of(
              ID,
              "shebang-not-exec",
              file.path(),
              1,
              0,
              "starts with a shebang but is not executable in git",
              "set the bit: git update-index --chmod=+x "
                  + file.path()
                  + " (or remove the shebang line)"));
    }
  }
}
