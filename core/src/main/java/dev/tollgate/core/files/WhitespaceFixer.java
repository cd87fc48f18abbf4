package dev.tollgate.core.files;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Repairs what {@link WhitespaceCheck} finds, as a pure function over bytes: removes a UTF-8 byte
 * order mark and trailing spaces and tabs (keeping Markdown hard breaks), normalizes line endings,
 * and ends the file with exactly one newline (an empty file stays empty).
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
    for (int i = 0; i < Math.min(in.length, FileScanner.BINARY_PROBE); i++) {
      if (in[i] == 0) {
        return new Fixed(in, List.of());
      }
    }
    List<String> changes = new ArrayList<>();
    int start = 0;
    if (in.length >= 3 && in[0] == (byte) 0xEF && in[1] == (byte) 0xBB && in[2] == (byte) 0xBF) {
      start = 3;
      changes.add("removed the UTF-8 byte order mark");
    }
    int lf = 0;
    int crlf = 0;
    for (int i = start; i < in.length; i++) {
      if (in[i] == '\n') {
        if (i > start && in[i - 1] == '\r') {
          crlf++;
        } else {
          lf++;
        }
      }
    }
    boolean useCrlf =
        switch (endings) {
          case LF -> false;
          case CRLF -> true;
          case AUTO -> crlf > lf;
        };
    int converted = useCrlf ? lf : crlf;
    ByteArrayOutputStream out = new ByteArrayOutputStream(in.length + 16);
    int trailing = 0;
    int pendingBlank = 0;
    boolean any = false;
    int lineStart = start;
    while (lineStart < in.length) {
      int nl = lineStart;
      while (nl < in.length && in[nl] != '\n') {
        nl++;
      }
      int end = nl;
      if (nl < in.length && end > lineStart && in[end - 1] == '\r') {
        end--;
      }
      int content = end;
      while (content > lineStart && (in[content - 1] == ' ' || in[content - 1] == '\t')) {
        content--;
      }
      if (content < end) {
        boolean hardBreak = markdown && content > lineStart && end - content >= 2;
        for (int i = content; i < end && hardBreak; i++) {
          hardBreak = in[i] == ' ';
        }
        if (hardBreak) {
          content = end;
        } else {
          trailing++;
        }
      }
      if (content == lineStart) {
        pendingBlank++;
      } else {
        for (int i = 0; i < pendingBlank; i++) {
          newline(out, useCrlf);
        }
        pendingBlank = 0;
        if (any) {
          newline(out, useCrlf);
        }
        out.write(in, lineStart, content - lineStart);
        any = true;
      }
      lineStart = nl + 1;
    }
    if (any) {
      newline(out, useCrlf);
    }
    if (trailing > 0) {
      changes.add("removed trailing whitespace on " + lines(trailing));
    }
    if (converted > 0) {
      changes.add("converted " + lines(converted) + " to " + (useCrlf ? "CRLF" : "LF"));
    }
    byte[] fixed = out.toByteArray();
    int endBefore = endingState(in, start);
    if (endBefore == 1 && any) {
      changes.add("added the final newline");
    } else if (pendingBlank > 0 && (any || in.length > start)) {
      changes.add(
          any
              ? "removed "
                  + pendingBlank
                  + " blank line"
                  + (pendingBlank == 1 ? "" : "s")
                  + " at the end"
              : "emptied a file of blank lines");
    }
    if (changes.isEmpty() && !java.util.Arrays.equals(fixed, in)) {
      changes.add("normalized whitespace");
    }
    return changes.isEmpty() ? new Fixed(in, List.of()) : new Fixed(fixed, List.copyOf(changes));
  }

  /** 1 when the content does not end with a newline, 0 otherwise. */
  private static int endingState(byte[] in, int start) {
    return in.length > start && in[in.length - 1] != '\n' ? 1 : 0;
  }

  private static void newline(ByteArrayOutputStream out, boolean crlf) {
    if (crlf) {
      out.write('\r');
    }
    out.write('\n');
  }

  private static String lines(int n) {
    return n + " line" + (n == 1 ? "" : "s");
  }
}
