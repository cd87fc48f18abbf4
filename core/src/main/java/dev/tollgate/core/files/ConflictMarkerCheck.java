package dev.tollgate.core.files;

/**
 * Merge conflict markers left in a file: a line starting {@code <<<<<<< } opens a block, {@code
 * >>>>>>> } closes it; {@code =======} and diff3's {@code ||||||| } count only inside a block, so
 * setext and reStructuredText heading underlines are not findings. A closing or diff3 marker with
 * no opening one is a finding of its own.
 */
public final class ConflictMarkerCheck implements LineCheck {

  /** The check's id. */
  public static final String ID = "conflict-markers";

  private static final String HINT =
      "resolve the conflict: keep the right side, delete the marker lines, then stage the file";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public Visitor open(FileInfo file, FindingSink sink) {
    return new Visitor() {
      private int blockStart;
      private boolean continuing;

      @Override
      public void line(byte[] b, int start, int end, int eol, int number) {
        boolean lineStart = !continuing;
        continuing = eol == EOL_CONTINUED;
        if (!lineStart || end - start < 7) {
          return;
        }
        byte first = b[start];
        if (first != '<' && first != '>' && first != '=' && first != '|') {
          return;
        }
        for (int i = start + 1; i < start + 7; i++) {
          if (b[i] != first) {
            return;
          }
        }
        boolean exact = end - start == 7;
        boolean labelled = !exact && b[start + 7] == ' ';
        if (first == '<' && (exact || labelled)) {
          if (blockStart > 0) {
            report(blockStart, "a conflict block opened here is not closed");
          }
          blockStart = number;
        } else if (first == '>' && (exact || labelled)) {
          if (blockStart > 0) {
            report(blockStart, "merge conflict markers (the block ends on line " + number + ")");
            blockStart = 0;
          } else {
            report(number, "merge conflict end marker '>>>>>>>' without a start marker");
          }
        } else if (first == '|' && labelled && blockStart == 0) {
          report(number, "diff3 conflict marker '|||||||' without a start marker");
        }
      }

      @Override
      public void end(int lines) {
        if (blockStart > 0) {
          report(blockStart, "merge conflict start marker '<<<<<<<' (block not closed)");
        }
      }

      private void report(int line, String what) {
        sink.report(FileFinding.of(ID, "conflict", file.path(), line, 1, what, HINT));
      }
    };
  }
}
