package dev.tollgate.core.commits;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A proof from a message's bytes alone that linting it finds nothing and no ignore applies, for the
 * plain shape most messages of a Conventional Commits history have: printable ASCII, a header
 * {@code type(scope)!: subject} whose subject starts with a lower-case letter, a blank line before
 * the body, no line that starts with {@code Merge }, and a blank line before any {@code BREAKING}
 * line. A message of any other shape is not judged here ({@link #isClean} says {@code false}) but
 * parsed and linted as usual.
 *
 * <p>It lets a walk over a long history skip decoding, parsing and linting the messages that pass,
 * and keeps the code a cold JVM compiles for them small. It exists only for configurations whose
 * every active rule it can decide; the rest get no screen ({@link #of}). A property test holds it
 * to the linter: every message it passes, the linter passes and does not ignore.
 */
public final class CleanMessageScreen {

  private static final int NO_LIMIT = Integer.MAX_VALUE;

  /** Cases a subject that starts with a lower-case ASCII letter is never in. */
  private static final Set<String> NOT_LOWER_FIRST_CASES =
      Set.of(
          "sentence-case", "sentencecase", "start-case", "pascal-case", "upper-case", "uppercase");

  private static final byte[] MERGE = ascii("Merge ");
  private static final byte[] BREAKING = ascii("BREAKING");
  private static final byte[][] CHORE = {ascii("chore")};
  private static final byte[][] AUTOSQUASH = {ascii("fixup"), ascii("squash"), ascii("amend")};

  private final byte[][] types;
  private final byte[][] scopes;
  private final Boolean scopeWanted;
  private final int headerMax;
  private final int subjectMax;
  private final int lineMax;
  private final boolean blankBeforeBody;
  private final boolean subjectLowerCase;
  private final byte[] fullStop;

  private CleanMessageScreen(Builder b) {
    types = b.types;
    scopes = b.scopes;
    scopeWanted = b.scopeWanted;
    headerMax = b.headerMax;
    subjectMax = b.subjectMax;
    lineMax = b.lineMax;
    blankBeforeBody = b.blankBeforeBody;
    subjectLowerCase = b.subjectLowerCase;
    fullStop = b.fullStop;
  }

  /**
   * The screen for a configuration, or empty when a rule or ignore is active that it cannot decide
   * (a header or references pattern, sign-off, ignore patterns, commitizen's matches, a rule with
   * an unusual condition).
   */
  public static Optional<CleanMessageScreen> of(CommitLintConfig config) {
    Ignores ignores = config.ignores();
    if (ignores.texts() != Ignores.Texts.COMMITLINT || !ignores.patterns().isEmpty()) {
      return Optional.empty();
    }
    Builder b = new Builder();
    for (Map.Entry<String, RuleSetting> e : config.rules().entrySet()) {
      CommitRule rule = CommitRule.byId(e.getKey());
      RuleSetting s = e.getValue();
      if (rule != null && s.level() != RuleLevel.OFF && !b.decides(rule, s.never(), s.value())) {
        return Optional.empty();
      }
    }
    return Optional.of(new CleanMessageScreen(b));
  }

  /** What the active rules ask of a message the screen may pass. */
  private static final class Builder {
    private byte[][] types;
    private byte[][] scopes;
    private Boolean scopeWanted;
    private int headerMax = NO_LIMIT;
    private int subjectMax = NO_LIMIT;
    private int lineMax = NO_LIMIT;
    private boolean blankBeforeBody;
    private boolean subjectLowerCase;
    private byte[] fullStop;

    /** Takes in one active rule; false when the screen cannot decide it. */
    boolean decides(CommitRule rule, boolean never, String value) {
      switch (rule) {
        case BODY_LEADING_BLANK:
          blankBeforeBody = true;
          return !never;
        case BODY_MAX_LINE_LENGTH, FOOTER_MAX_LINE_LENGTH:
          lineMax = Math.min(lineMax, (Integer) rule.compile(value));
          return !never;
        case HEADER_MAX_LENGTH:
          headerMax = Math.min(headerMax, (Integer) rule.compile(value));
          return !never;
        case SUBJECT_MAX_LENGTH:
          subjectMax = Math.min(subjectMax, (Integer) rule.compile(value));
          return !never;
        case FOOTER_LEADING_BLANK, HEADER_TRIM, SUBJECT_LEADING_SPACE:
          // the shape has no leading or trailing space in the header, one space before the
          // subject, and no BREAKING line, the only footer that may start without a blank line
          return !never;
        case SUBJECT_EMPTY, TYPE_EMPTY:
          return never;
        case SUBJECT_CASE:
          {
            List<String> cases = List.of((String[]) rule.compile(value));
            if (never) {
              return NOT_LOWER_FIRST_CASES.containsAll(cases);
            }
            subjectLowerCase = true;
            return cases.contains("lower-case") || cases.contains("lowercase");
          }
        case TYPE_CASE:
          {
            List<String> cases = List.of((String[]) rule.compile(value));
            return !never && (cases.contains("lower-case") || cases.contains("lowercase"));
          }
        case SUBJECT_FULL_STOP:
          fullStop = printable(value);
          return never && fullStop != null && fullStop.length > 0;
        case TYPE_ENUM:
          types = asciiList((String[]) rule.compile(value));
          return !never && types != null;
        case SCOPE_ENUM:
          scopes = asciiList((String[]) rule.compile(value));
          return !never && scopes != null;
        case SCOPE_EMPTY:
          scopeWanted = never;
          return true;
        default:
          return false;
      }
    }

    private static byte[] printable(String s) {
      for (int i = 0; i < s.length(); i++) {
        if (s.charAt(i) < 0x20 || s.charAt(i) > 0x7E) {
          return null;
        }
      }
      return s.getBytes(StandardCharsets.US_ASCII);
    }

    private static byte[][] asciiList(String[] values) {
      byte[][] out = new byte[values.length][];
      for (int i = 0; i < values.length; i++) {
        out[i] = printable(values[i]);
        if (out[i] == null) {
          return null;
        }
      }
      return out;
    }
  }

  /**
   * Whether the message in {@code bytes[from, to)} (UTF-8, as git stores it by default) certainly
   * passes: {@code false} means "not known here", not "fails".
   *
   * @param parentCount the commit's parents: a merge is left to the ignores
   */
  public boolean isClean(int parentCount, byte[] bytes, int from, int to) {
    if (parentCount > 1) {
      return false;
    }
    int headerEnd = headerEnd(bytes, from, to);
    return headerEnd >= 0
        && headerIsClean(bytes, from, headerEnd)
        && bodyIsPlain(bytes, headerEnd, to);
  }

  /** The end of the header line, or -1 when it has a byte other than printable ASCII. */
  private static int headerEnd(byte[] b, int from, int to) {
    for (int i = from; i < to; i++) {
      byte c = b[i];
      if (c == '\n') {
        return i;
      }
      if (c < 0x20 || c > 0x7E) {
        return -1;
      }
    }
    return to;
  }

  /**
   * Whether everything after the header is printable ASCII lines of at most the line limit, after a
   * blank line, with no line starting a merge message and a blank line before any breaking-change
   * footer.
   */
  private boolean bodyIsPlain(byte[] b, int headerEnd, int to) {
    if (headerEnd + 1 >= to) {
      return true;
    }
    if (blankBeforeBody && b[headerEnd + 1] != '\n') {
      return false;
    }
    int lineStart = headerEnd + 1;
    for (int i = lineStart; i < to; i++) {
      byte c = b[i];
      if (c == '\n') {
        if (i - lineStart > lineMax) {
          return false;
        }
        lineStart = i + 1;
      } else if (c < 0x20 || c > 0x7E) {
        return false;
      } else if (i == lineStart
          && ((c == 'M' && startsWith(b, i, to, MERGE))
              || (c == 'B'
                  && startsWith(b, i, to, BREAKING)
                  && (i - 2 < headerEnd || b[i - 2] != '\n')))) {
        // a merge message line is left to the ignores; a breaking-change footer is the only one
        // that may start without a blank line before it (and is then linted)
        return false;
      }
    }
    return to - lineStart <= lineMax;
  }

  /** Whether {@code [from, end)} is {@code type(scope)!: subject} and passes the header rules. */
  private boolean headerIsClean(byte[] b, int from, int end) {
    if (end - from > headerMax) {
      return false;
    }
    int i = from;
    while (i < end && b[i] >= 'a' && b[i] <= 'z') {
      i++;
    }
    int typeEnd = i;
    if (typeEnd == from || typeEnd == end || (types != null && !isOneOf(b, from, typeEnd, types))) {
      return false;
    }
    boolean scoped = b[i] == '(';
    if (scoped) {
      int scopeStart = ++i;
      while (i < end && b[i] != ')') {
        byte c = b[i];
        if (c == '(' || c == ',' || c == ' ') {
          return false;
        }
        i++;
      }
      if (i == end || i == scopeStart || (scopes != null && !isOneOf(b, scopeStart, i, scopes))) {
        return false;
      }
      i++;
    }
    if (scopeWanted != null && scopeWanted != scoped) {
      return false;
    }
    if (i < end && b[i] == '!') {
      if (isAutosquash(b, from, typeEnd)) {
        return false; // fixup!, squash!, amend!: left to the ignores
      }
      i++;
    }
    if (i + 2 >= end || b[i] != ':' || b[i + 1] != ' ') {
      return false;
    }
    int subject = i + 2;
    if (b[subject] < 'a' || b[subject] > 'z' || b[end - 1] == ' ' || end - subject > subjectMax) {
      return false;
    }
    if (b[subject] == 'v' && isOneOf(b, from, typeEnd, CHORE) && count(b, from, end, '.') >= 2) {
      // a version-only header (chore(release): v1.2.3) is left to the ignores: only chore's prefix
      // is removed before the version test, and a version starts with v or a digit
      return false;
    }
    if (fullStop != null && endsWith(b, subject, end, fullStop)) {
      return false;
    }
    if (subjectLowerCase) {
      for (int k = subject; k < end; k++) {
        if (b[k] >= 'A' && b[k] <= 'Z') {
          return false;
        }
      }
    }
    return true;
  }

  private static boolean isAutosquash(byte[] b, int from, int typeEnd) {
    return isOneOf(b, from, typeEnd, AUTOSQUASH);
  }

  private static byte[] ascii(String s) {
    return s.getBytes(StandardCharsets.US_ASCII);
  }

  private static int count(byte[] b, int from, int to, char wanted) {
    int n = 0;
    for (int i = from; i < to; i++) {
      if (b[i] == wanted) {
        n++;
      }
    }
    return n;
  }

  private static boolean isOneOf(byte[] b, int from, int to, byte[][] values) {
    for (byte[] v : values) {
      if (v.length == to - from && startsWith(b, from, to, v)) {
        return true;
      }
    }
    return false;
  }

  private static boolean startsWith(byte[] b, int at, int to, byte[] prefix) {
    if (to - at < prefix.length) {
      return false;
    }
    for (int k = 0; k < prefix.length; k++) {
      if (b[at + k] != prefix[k]) {
        return false;
      }
    }
    return true;
  }

  private static boolean endsWith(byte[] b, int from, int to, byte[] suffix) {
    return to - from >= suffix.length && startsWith(b, to - suffix.length, to, suffix);
  }
}
