package dev.tollgate.core.files;

/**
 * Files larger than a limit, except those Git LFS stores. When the scope compares with a previous
 * version (staged, changed), only files that are new or grew are findings: an already large file
 * that is edited does not block a commit.
 */
public final class LargeFileCheck implements ContentCheck {

  /** The check's id. */
  public static final String ID = "large-files";

  private final long maxSize;

  /** A check with the given limit in bytes. */
  public LargeFileCheck(long maxSize) {
    this.maxSize = maxSize;
  }

  @Override
  public String id() {
    return ID;
  }

  @Override
  public boolean appliesTo(FileInfo file) {
    return !file.lfs() && !file.symlink() && !file.submodule();
  }

  @Override
  public void check(FileInfo file, Content content, FindingSink sink) {
    long size = content.size();
    if (size <= maxSize) {
      return;
    }
    long previous = file.previousSize();
    if (previous >= 0 && size <= previous) {
      return;
    }
    String grew = previous >= 0 ? " (grew from " + kb(previous) + ")" : "";
    sink.report(
        FileFinding.of(
            ID,
            "large-file",
            file.path(),
            0,
            0,
            "the file is " + kb(size) + grew + ", over the limit of " + kb(maxSize),
            "keep large files out of git (or track them with Git LFS: git lfs track '"
                + file.path()
                + "'), or raise tollgate.files.maxSize"));
  }

  static String kb(long bytes) {
    return (bytes + 1023) / 1024 + " KB";
  }
}
