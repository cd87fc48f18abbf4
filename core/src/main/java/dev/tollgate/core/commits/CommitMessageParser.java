package dev.tollgate.core.commits;

import dev.tollgate.core.commits.ParseError.Problem;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Parses commit messages as Conventional Commits 1.0.0. Pure and total: any string (even {@code
 * null}) gives a {@link ConventionalCommit} or a {@link ParseError}, in time linear in its length
 * and without regular expressions.
 *
 * <p>Tolerated: a UTF-8 BOM, CRLF and lone CR line ends, leading blank lines, trailing spaces and
 * tabs. The header is the first non-blank line. The footers are the last paragraphs when each
 * starts with a trailer line ({@code Token: value}, {@code Token #value}, {@code BREAKING CHANGE:
 * value}); lines that follow a trailer line and start no new one continue its value. A {@code
 * BREAKING CHANGE} footer is recognised even without a blank line before it (rules warn about
 * that).
 */
public final class CommitMessageParser {

  private static final String BREAKING = "BREAKING CHANGE";

  private CommitMessageParser() {}

  /** Parses one message. Never throws. */
  public static ParsedMessage parse(String message) {
    String text = normalize(message);
    Lines lines = new Lines(text);
    int first = 0;
    while (first < lines.count && lines.isBlank(first)) {
      first++;
    }
    if (first == lines.count) {
      MessageParts parts = new MessageParts(text, "", "", List.of(), true, true, CommitKind.NORMAL);
      return new ParseError(Problem.EMPTY_MESSAGE, 1, parts);
    }
    int last = lines.count - 1;
    while (lines.isBlank(last)) {
      last--;
    }
    String header = lines.get(first);
    int footerStart = footerStart(lines, first, last);
    List<Footer> footers = footerStart > last ? List.of() : footers(lines, footerStart, last);
    int bodyFrom = first + 1;
    while (bodyFrom < footerStart && lines.isBlank(bodyFrom)) {
      bodyFrom++;
    }
    int bodyTo = footerStart - 1;
    while (bodyTo >= bodyFrom && lines.isBlank(bodyTo)) {
      bodyTo--;
    }
    String body = bodyTo < bodyFrom ? "" : text.substring(lines.start(bodyFrom), lines.end(bodyTo));
    boolean blankBeforeBody = body.isEmpty() || bodyFrom > first + 1;
    boolean blankBeforeFooters = footers.isEmpty() || lines.isBlank(footerStart - 1);
    CommitKind kind = textKind(header);
    HeaderParse h = new HeaderParse(header, lines.chars, lines.start(first));
    h.run();
    if (h.problem != null) {
      MessageParts parts =
          new MessageParts(text, header, body, footers, blankBeforeBody, blankBeforeFooters, kind);
      return new ParseError(h.problem, h.column, parts);
    }
    if (kind == CommitKind.NORMAL && isRelease(h.type, h.scope, h.description)) {
      kind = CommitKind.RELEASE;
    }
    MessageParts parts =
        new MessageParts(text, header, body, footers, blankBeforeBody, blankBeforeFooters, kind);
    String breakingDescription = "";
    for (Footer footer : footers) {
      if (footer.isBreakingChange()) {
        breakingDescription = footer.value();
        break;
      }
    }
    boolean breaking = h.bang || !breakingDescription.isEmpty() || hasBreakingFooter(footers);
    if (breakingDescription.isEmpty() && h.bang) {
      breakingDescription = h.description;
    }
    return new ConventionalCommit(
        h.type,
        h.scope,
        splitScopes(h.scope),
        h.bang,
        h.description,
        breaking,
        breakingDescription,
        parts);
  }

  /**
   * The message with a leading BOM removed and every CRLF or lone CR turned into LF; {@code null}
   * gives the empty string.
   */
  public static String normalize(String message) {
    if (message == null) {
      return "";
    }
    String text =
        !message.isEmpty() && message.charAt(0) == '\uFEFF' ? message.substring(1) : message;
    if (text.indexOf('\r') < 0) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length());
    int n = text.length();
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c == '\r') {
        out.append('\n');
        if (i + 1 < n && text.charAt(i + 1) == '\n') {
          i++;
        }
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  private static boolean hasBreakingFooter(List<Footer> footers) {
    for (Footer footer : footers) {
      if (footer.isBreakingChange()) {
        return true;
      }
    }
    return false;
  }

  private static CommitKind textKind(String header) {
    if (header.startsWith("fixup!")) {
      return CommitKind.FIXUP;
    }
    if (header.startsWith("squash!")) {
      return CommitKind.SQUASH;
    }
    if (header.startsWith("amend!")) {
      return CommitKind.AMEND;
    }
    if (header.startsWith("Revert \"") || header.startsWith("Reapply \"")) {
      return CommitKind.REVERT;
    }
    if (header.startsWith("Merge ")) {
      return CommitKind.MERGE;
    }
    return CommitKind.NORMAL;
  }

  /** {@code chore(release): v1.2.3} or {@code chore(release): 1.2.3…}. */
  private static boolean isRelease(String type, String scope, String description) {
    if (!type.equals("chore") || !scope.equals("release") || description.isEmpty()) {
      return false;
    }
    int i = description.charAt(0) == 'v' ? 1 : 0;
    return i < description.length() && isDigit(description.charAt(i));
  }

  private static List<String> splitScopes(String scope) {
    if (scope.isEmpty()) {
      return List.of();
    }
    if (scope.indexOf(',') < 0) {
      String only = scope.strip();
      return only.isEmpty() ? List.of() : List.of(only);
    }
    List<String> scopes = new ArrayList<>(2);
    int from = 0;
    while (from <= scope.length()) {
      int comma = scope.indexOf(',', from);
      int to = comma < 0 ? scope.length() : comma;
      String part = scope.substring(from, to).strip();
      if (!part.isEmpty()) {
        scopes.add(part);
      }
      from = to + 1;
    }
    return scopes;
  }

  /**
   * The index of the first footer line, or {@code last + 1} when there are no footers: the earliest
   * trailer line, after the header, that starts a paragraph (or is a breaking-change trailer) and
   * after which every paragraph starts with a trailer line.
   */
  private static int footerStart(Lines lines, int header, int last) {
    int lastBadParagraph = header;
    for (int i = header + 1; i <= last; i++) {
      if (!lines.isBlank(i) && lines.isBlank(i - 1) && tokenEnd(lines, i) < 0) {
        lastBadParagraph = i;
      }
    }
    for (int i = lastBadParagraph + 1; i <= last; i++) {
      if (lines.isBlank(i)) {
        continue;
      }
      int end = tokenEnd(lines, i);
      if (end >= 0 && (lines.isBlank(i - 1) || isBreakingToken(lines, i, end))) {
        return i;
      }
    }
    return last + 1;
  }

  private static boolean isBreakingToken(Lines lines, int line, int tokenEnd) {
    int s = lines.start(line);
    int length = tokenEnd - s;
    return length == BREAKING.length()
        && (startsWith(lines.chars, s, BREAKING) || startsWith(lines.chars, s, "BREAKING-CHANGE"));
  }

  private static List<Footer> footers(Lines lines, int from, int last) {
    List<Footer> footers = new ArrayList<>(2);
    String token = null;
    String separator = null;
    StringBuilder value = new StringBuilder();
    for (int i = from; i <= last; i++) {
      if (lines.isBlank(i)) {
        continue;
      }
      int end = tokenEnd(lines, i);
      if (end >= 0) {
        if (token != null) {
          footers.add(new Footer(token, separator, value.toString().stripTrailing()));
        }
        token = lines.text.substring(lines.start(i), end);
        separator = lines.chars[end] == ':' ? ": " : " #";
        value.setLength(0);
        value.append(lines.text, end + 2, lines.end(i));
      } else {
        value.append('\n').append(lines.text, lines.start(i), lines.end(i));
      }
    }
    if (token != null) {
      footers.add(new Footer(token, separator, value.toString().stripTrailing()));
    }
    return footers;
  }

  /**
   * Where the token of a trailer line ends (the index of its {@code ": "} or {@code " #"}), or -1
   * when the line is no trailer.
   */
  private static int tokenEnd(Lines lines, int line) {
    char[] text = lines.chars;
    int s = lines.start(line);
    int e = lines.end(line);
    int i = s;
    if (startsWith(text, s, BREAKING)) {
      i = s + BREAKING.length();
    } else {
      if (i >= e || !isAsciiLetterOrDigit(text[i])) {
        return -1;
      }
      while (i < e && (isAsciiLetterOrDigit(text[i]) || text[i] == '-')) {
        i++;
      }
    }
    if (i + 1 < e) {
      char a = text[i];
      char b = text[i + 1];
      if ((a == ':' && b == ' ') || (a == ' ' && b == '#')) {
        return i;
      }
    }
    return -1;
  }

  /** Whether {@code chars} holds {@code prefix} at {@code at}. */
  private static boolean startsWith(char[] chars, int at, String prefix) {
    int n = prefix.length();
    if (at + n > chars.length) {
      return false;
    }
    for (int i = 0; i < n; i++) {
      if (chars[at + i] != prefix.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean isAsciiLetterOrDigit(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || isDigit(c);
  }

  private static boolean isTypeChar(char c) {
    return isAsciiLetterOrDigit(c) || c == '_' || c == '-';
  }

  private static boolean isBlank(char c) {
    return c == ' ' || c == '\t' || c == '\f' || c == '\u000B';
  }

  /** One pass over the header; sets either {@link #problem} or the parts. */
  private static final class HeaderParse {
    private final String header;
    private final char[] chars;
    private final int at;
    private Problem problem;
    private int column;
    private String type = "";
    private String scope = "";
    private boolean bang;
    private String description = "";

    /** The header, which is {@code chars[at, at + header.length())}. */
    HeaderParse(String header, char[] chars, int at) {
      this.header = header;
      this.chars = chars;
      this.at = at;
    }

    private char charAt(int i) {
      return chars[at + i];
    }

    void run() {
      int end = header.length();
      while (end > 0 && isBlank(charAt(end - 1))) {
        end--;
      }
      if (isBlank(charAt(0))) {
        fail(Problem.LEADING_WHITESPACE, 0);
        return;
      }
      int i = 0;
      while (i < end && isTypeChar(charAt(i))) {
        i++;
      }
      if (i == 0) {
        fail(Problem.MISSING_TYPE, 0);
        return;
      }
      type = header.substring(0, i);
      if (i < end && charAt(i) == '(') {
        int close = i + 1;
        while (close < end && charAt(close) != ')' && charAt(close) != '(') {
          close++;
        }
        if (close >= end || charAt(close) != ')') {
          fail(Problem.UNCLOSED_SCOPE, i);
          return;
        }
        scope = header.substring(i + 1, close);
        if (scope.isBlank()) {
          fail(Problem.EMPTY_SCOPE, i + 1);
          return;
        }
        i = close + 1;
      }
      if (i < end && charAt(i) == '!') {
        bang = true;
        i++;
      }
      if (i >= end || charAt(i) != ':') {
        fail(Problem.MISSING_COLON, i);
        return;
      }
      i++;
      if (i >= end) {
        fail(Problem.EMPTY_DESCRIPTION, i);
        return;
      }
      if (charAt(i) != ' ') {
        fail(Problem.MISSING_SPACE, i);
        return;
      }
      while (i < end && isBlank(charAt(i))) {
        i++;
      }
      if (i >= end) {
        fail(Problem.EMPTY_DESCRIPTION, i);
        return;
      }
      description = header.substring(i, end);
    }

    private void fail(Problem p, int index) {
      problem = p;
      column = index + 1;
    }
  }

  /**
   * Line offsets of a normalised text, computed once, and its characters: the parser reads chars
   * from an array rather than through {@code String.charAt}, which keeps the code the JIT compiles
   * for it small.
   */
  private static final class Lines {
    private final String text;
    private final char[] chars;
    private int[] starts = new int[8];
    private final int total;
    private final int count;

    Lines(String text) {
      this.text = text;
      this.chars = text.toCharArray();
      char[] c = chars;
      int n = 1;
      for (int i = 0; i < c.length; i++) {
        if (c[i] == '\n') {
          if (n == starts.length) {
            starts = Arrays.copyOf(starts, n * 2);
          }
          starts[n++] = i + 1;
        }
      }
      total = n;
      // a final newline ends the last line rather than starting an empty one
      count = n > 1 && starts[n - 1] == c.length ? n - 1 : n;
    }

    int start(int line) {
      return starts[line];
    }

    int end(int line) {
      return line + 1 < total ? starts[line + 1] - 1 : text.length();
    }

    String get(int line) {
      return text.substring(start(line), end(line));
    }

    boolean isBlank(int line) {
      char[] c = chars;
      for (int i = start(line), e = end(line); i < e; i++) {
        if (!CommitMessageParser.isBlank(c[i])) {
          return false;
        }
      }
      return true;
    }
  }
}
