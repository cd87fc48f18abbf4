package dev.tollgate.core.files;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Repairs what {@link WhitespaceCheck} finds, streaming over bytes (memory stays bounded whatever
 * the file's size): removes a UTF-8 byte order mark and trailing spaces, tabs and stray carriage
 * returns (keeping Markdown hard breaks), normalizes line endings, and ends the file with exactly
 * one newline (an empty file stays empty). Only LF and CR LF end a line, as for git; a carriage
 * return at the end of a line is taken with it, so one run settles every file: fixing fixed content
 * changes nothing.
 */
public final class WhitespaceFixer {

  /**
   * The outcome of fixing one file.
   *
   * @param content the fixed bytes (the input itself when nothing changed)
   * @param changes what was changed, in words; empty when nothing was
   */
  public record Fixed(byte[] content, List<String> changes) {

    /** Whether anything changed. */
    public boolean changed() {
      return !changes.isEmpty();
    }
  }

  private WhitespaceFixer() {}

  /** Fixes one text file's content; binary content (NUL in the first 8 KB) is left alone. */
  public static Fixed fix(byte[] in, boolean markdown, LineEndings endings) {
    try {
      LineEndings resolved = resolve(new ByteArrayInputStream(in), endings);
      ByteArrayOutputStream out = new ByteArrayOutputStream(in.length + 16);
      List<String> changes = fix(new ByteArrayInputStream(in), out, markdown, resolved);
      return changes.isEmpty() ? new Fixed(in, List.of()) : new Fixed(out.toByteArray(), changes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Whether the first 8 KB hold a NUL byte (git's test for binary content). */
  public static boolean binary(byte[] head, int length) {
    return ByteScan.indexOf(head, 0, Math.min(length, FileScanner.BINARY_PROBE), (byte) 0) >= 0;
  }

  /**
   * {@link LineEndings#AUTO} made concrete by one counting pass over the content (the majority of
   * its line endings); any other value as it is.
   */
  public static LineEndings resolve(InputStream in, LineEndings endings) throws IOException {
    if (endings != LineEndings.AUTO) {
      return endings;
    }
    long lf = 0;
    long crlf = 0;
    byte[] buf = new byte[1 << 16];
    int previous = -1;
    int n;
    while ((n = in.read(buf)) > 0) {
      for (int i = 0; i < n; i++) {
        byte b = buf[i];
        if (b == '\n') {
          if (previous == '\r') {
            crlf++;
          } else {
            lf++;
          }
        }
        previous = b;
      }
    }
    return crlf > lf ? LineEndings.CRLF : LineEndings.LF;
  }

  /**
   * Fixes a stream into another, never holding more than a line's trailing whitespace; returns what
   * changed (empty when the output equals the input). Binary content is copied unchanged.
   *
   * @param endings {@link LineEndings#LF}, {@link LineEndings#CRLF} or {@link LineEndings#KEEP}
   *     (each line keeps its own ending); resolve {@link LineEndings#AUTO} first
   */
  public static List<String> fix(
      InputStream in, OutputStream out, boolean markdown, LineEndings endings) throws IOException {
    if (endings == LineEndings.AUTO) {
      throw new IllegalArgumentException("resolve AUTO first");
    }
    return new Run(out, markdown, endings).run(in);
  }

  /** One fix over one stream. */
  private static final class Run {
    private static final int LF = 1;
    private static final int CRLF = 2;

    private final OutputStream out;
    private final boolean markdown;
    private final LineEndings endings;
    private final ByteArrayOutputStream held = new ByteArrayOutputStream();
    private final List<Integer> blankEndings = new ArrayList<>();
    private boolean lineHasContent;
    private boolean anyContent;
    private int lastContentEnding;
    private int lastEnding = 1;
    private long trailing;
    private long converted;
    private boolean bom;
    private boolean strayCr;

    Run(OutputStream out, boolean markdown, LineEndings endings) {
      this.out = out;
      this.markdown = markdown;
      this.endings = endings;
    }

    List<String> run(InputStream in) throws IOException {
      byte[] buf = new byte[1 << 16];
      int n = readFully(in, buf);
      if (binary(buf, n)) {
        out.write(buf, 0, n);
        in.transferTo(out);
        return List.of();
      }
      int from = 0;
      if (n >= 3 && buf[0] == (byte) 0xEF && buf[1] == (byte) 0xBB && buf[2] == (byte) 0xBF) {
        from = 3;
        bom = true;
      }
      boolean empty = n == from;
      while (n > 0) {
        feed(buf, from, n);
        from = 0;
        n = in.read(buf);
      }
      return finish(empty);
    }

    private void feed(byte[] b, int from, int to) throws IOException {
      int runStart = from; // content bytes not yet written, since the last held whitespace
      for (int i = from; i < to; i++) {
        byte c = b[i];
        if (c == '\n' || c == ' ' || c == '\t' || c == '\r') {
          if (i > runStart) {
            content(b, runStart, i);
          }
          runStart = i + 1;
          if (c == '\n') {
            endLine();
          } else {
            held.write(c);
          }
        }
      }
      if (to > runStart) {
        content(b, runStart, to);
      }
    }

    /**
     * Bytes that are neither whitespace nor a line ending: whatever was held is inside the line.
     */
    private void content(byte[] b, int from, int to) throws IOException {
      if (!lineHasContent) {
        if (anyContent) {
          newline(lastContentEnding);
        }
        for (int ending : blankEndings) {
          newline(ending);
        }
        blankEndings.clear();
        lineHasContent = true;
        anyContent = true;
      }
      held.writeTo(out);
      held.reset();
      out.write(b, from, to - from);
    }

    private void endLine() throws IOException {
      byte[] ws = held.toByteArray();
      held.reset();
      int n = ws.length;
      int ending = LF;
      if (n > 0 && ws[n - 1] == '\r') {
        ending = CRLF;
        n--;
      }
      if (n > 0) {
        if (lineHasContent && markdown && n >= 2 && spacesOnly(ws, n)) {
          out.write(ws, 0, n); // a Markdown hard break
        } else {
          trailing++;
          for (int i = 0; i < n; i++) {
            strayCr |= ws[i] == '\r';
          }
        }
      }
      lastEnding = ending;
      if (lineHasContent) {
        lastContentEnding = ending;
      } else {
        blankEndings.add(ending);
      }
      lineHasContent = false;
    }

    private List<String> finish(boolean empty) throws IOException {
      int heldWhitespace = held.size();
      if (lineHasContent || heldWhitespace > 0) {
        // the last line has no line ending
        boolean hadContent = lineHasContent;
        byte[] ws = held.toByteArray();
        held.reset();
        if (ws.length > 0) {
          trailing++;
        }
        if (hadContent) {
          lastContentEnding = 0;
        }
      }
      boolean addedNewline = false;
      if (anyContent) {
        if (lastContentEnding == 0) {
          addedNewline = true;
          newline(lastEnding, false);
        } else {
          newline(lastContentEnding);
        }
      }
      int blankAtEnd = blankEndings.size();
      List<String> changes = new ArrayList<>();
      if (bom) {
        changes.add("removed the UTF-8 byte order mark");
      }
      if (trailing > 0) {
        changes.add(
            "removed trailing whitespace"
                + (strayCr ? " and stray carriage returns" : "")
                + " on "
                + lines(trailing));
      }
      if (converted > 0) {
        changes.add(
            "converted "
                + lines(converted)
                + " to "
                + (endings == LineEndings.CRLF ? "CRLF" : "LF"));
      }
      if (addedNewline) {
        changes.add("added the final newline");
      }
      if (blankAtEnd > 0 && !empty) {
        changes.add(
            anyContent
                ? "removed "
                    + blankAtEnd
                    + " blank line"
                    + (blankAtEnd == 1 ? "" : "s")
                    + " at the end"
                : "emptied a file of blank lines");
      }
      return List.copyOf(changes);
    }

    private void newline(int original) throws IOException {
      newline(original, true);
    }

    private void newline(int original, boolean counts) throws IOException {
      int ending =
          switch (endings) {
            case LF -> LF;
            case CRLF -> CRLF;
            default -> original;
          };
      if (counts && ending != original) {
        converted++;
      }
      if (ending == CRLF) {
        out.write('\r');
      }
      out.write('\n');
    }

    private static boolean spacesOnly(byte[] ws, int n) {
      for (int i = 0; i < n; i++) {
        if (ws[i] != ' ') {
          return false;
        }
      }
      return true;
    }
  }

  private static int readFully(InputStream in, byte[] b) throws IOException {
    int total = 0;
    while (total < b.length) {
      int r = in.read(b, total, b.length - total);
      if (r < 0) {
        break;
      }
      total += r;
    }
    return total;
  }

  private static String lines(long n) {
    return n + " line" + (n == 1 ? "" : "s");
  }
}
