package dev.tollgate.core.files;

/**
 * Whitespace hygiene: trailing spaces and tabs (two or more trailing spaces in Markdown are a hard
 * line break and allowed), the end of the file (exactly one newline; empty files are fine), line
 * endings ({@link LineEndings}) and a UTF-8 byte order mark. Everything it finds, {@code
 * quality:files-fix} repairs.
 */
public final class WhitespaceCheck implements LineCheck {

  /** The check's id. */
  public static final String ID = "whitespace";

  /** Per file, at most this many trailing-whitespace lines are reported one by one. */
  static final int MAX_LINES_REPORTED = 20;

  private static final String FIX = "run mvn quality:files-fix (or remove it in your editor)";

  private final LineEndings lineEndings;

  /** A check that enforces the given line endings. */
  public WhitespaceCheck(LineEndings lineEndings) {
    this.lineEndings = lineEndings;
  }

  @Override
  public String id() {
    return ID;
  }

  @Override
  public Visitor open(FileInfo file, FindingSink sink) {
    if (file.text() == GitTextRule.BINARY) {
      return null; // .gitattributes says binary: not a text file, whatever its content
    }
    LineEndings endings = file.text().endings(lineEndings);
    String rule = file.text().source(lineEndings);
    boolean markdown = file.markdown();
    String path = file.path();
    return new Visitor() {
      private int trailing;
      private int lf;
      private int crlf;
      private int firstLf;
      private int firstCrlf;
      private int emptyAtEnd;
      private int lastEol = -1;
      private boolean lastNonEmpty;
      private boolean continuing;
      private boolean pieceEndedInBlank;

      @Override
      public void line(byte[] b, int start, int end, int eol, int number) {
        boolean firstPiece = !continuing;
        continuing = eol == EOL_CONTINUED;
        if (continuing) {
          // a piece of an overlong line: only its last piece has the line's end
          if (end > start) {
            emptyAtEnd = 0;
            lastNonEmpty = true;
            pieceEndedInBlank = b[end - 1] == ' ' || b[end - 1] == '\t';
          }
          return;
        }
        if (!firstPiece && end == start && pieceEndedInBlank) {
          trailingWhitespace(b, start, end, number);
        }
        pieceEndedInBlank = false;
        if (firstPiece
            && number == 1
            && end - start >= 3
            && b[start] == (byte) 0xEF
            && b[start + 1] == (byte) 0xBB
            && b[start + 2] == (byte) 0xBF) {
          sink.report(
              FileFinding.of(
                  ID, "bom", path, 1, 1, "the file starts with a UTF-8 byte order mark", FIX));
        }
        if (end > start) {
          byte last = b[end - 1];
          if (last == ' ' || last == '\t') {
            trailingWhitespace(b, start, end, number);
          }
          emptyAtEnd = 0;
          lastNonEmpty = true;
        } else if (eol != EOL_NONE) {
          emptyAtEnd++;
        }
        if (eol == EOL_LF) {
          if (lf++ == 0) {
            firstLf = number;
          }
        } else if (eol == EOL_CRLF) {
          if (crlf++ == 0) {
            firstCrlf = number;
          }
        }
        lastEol = eol;
      }

      private void trailingWhitespace(byte[] b, int start, int end, int number) {
        int from = end;
        boolean tabs = false;
        while (from > start && (b[from - 1] == ' ' || b[from - 1] == '\t')) {
          tabs |= b[from - 1] == '\t';
          from--;
        }
        if (markdown && !tabs && end - from >= 2 && from > start) {
          return;
        }
        trailing++;
        if (trailing <= MAX_LINES_REPORTED) {
          sink.report(
              FileFinding.of(
                  ID, "trailing-ws", path, number, from - start + 1, "trailing whitespace", FIX));
        }
      }

      @Override
      public void end(int lines) {
        if (trailing > MAX_LINES_REPORTED) {
          sink.report(
              FileFinding.of(
                  ID,
                  "trailing-ws",
                  path,
                  0,
                  0,
                  (trailing - MAX_LINES_REPORTED) + " more lines with trailing whitespace",
                  FIX));
        }
        if (lastEol == EOL_NONE && lines > 0) {
          sink.report(
              FileFinding.of(
                  ID, "eof", path, lines, 0, "the file does not end with a newline", FIX));
        } else if (emptyAtEnd > 0) {
          String what =
              lastNonEmpty
                  ? emptyAtEnd + " blank line" + (emptyAtEnd == 1 ? "" : "s") + " at the end"
                  : "only blank lines";
          sink.report(
              FileFinding.of(
                  ID,
                  "eof",
                  path,
                  lines - emptyAtEnd + 1,
                  0,
                  what + "; a file ends with exactly one newline",
                  FIX));
        }
        lineEndings();
      }

      private void lineEndings() {
        switch (endings) {
          case LF -> {
            if (crlf > 0) {
              sink.report(
                  FileFinding.of(
                      ID,
                      "crlf",
                      path,
                      firstCrlf,
                      0,
                      crlf
                          + " CRLF line ending"
                          + (crlf == 1 ? "" : "s")
                          + ", the first here; "
                          + rule,
                      FIX));
            }
          }
          case CRLF -> {
            if (lf > 0) {
              sink.report(
                  FileFinding.of(
                      ID,
                      "lf",
                      path,
                      firstLf,
                      0,
                      lf + " LF line ending" + (lf == 1 ? "" : "s") + ", the first here; " + rule,
                      FIX));
            }
          }
          case AUTO -> {
            if (lf > 0 && crlf > 0) {
              int line = crlf < lf ? firstCrlf : firstLf;
              sink.report(
                  FileFinding.of(
                      ID,
                      "mixed-eol",
                      path,
                      line,
                      0,
                      "mixed line endings (" + lf + " LF, " + crlf + " CRLF)",
                      FIX));
            }
          }
          case KEEP -> {
            // git keeps this file's line endings as they are (-text)
          }
        }
      }
    };
  }
}
