package dev.tollgate.core.commits;

import com.google.re2j.Pattern;
import com.google.re2j.PatternSyntaxException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The commit-message rules, by commitlint's names. Each states something about a message (the
 * "always" form); a setting's {@code never} condition inverts it. A rule that does not apply to a
 * message (a subject rule on a header that did not parse, a body rule without body) is silent.
 */
public enum CommitRule {
  BODY_LEADING_BLANK("body-leading-blank", ValueKind.NONE, "have a blank line before the body") {
    @Override
    Boolean holds(ParsedMessage m, Object value) {
      return m.body().isEmpty() ? null : m.parts().blankBeforeBody();
    }
  },
  BODY_MAX_LINE_LENGTH(
      "body-max-line-length", ValueKind.NUMBER, "have body lines of at most %s characters") {
    @Override
    Boolean holds(ParsedMessage m, Object value) {
      return m.body().isEmpty() ? null : line(m, value) == 0;
    }

    @Override
    int line(ParsedMessage m, Object value) {
      int from = bodyOffset(m);
      return from < 0 ? 0 : firstLongLine(m.parts().text(), from, from + m.body().length(), value);
    }
  },
  FOOTER_LEADING_BLANK(
      "footer-leading-blank", ValueKind.NONE, "have a blank line before the footers") {
    @Override
    Boolean holds(ParsedMessage m, Object value) {
      return m.footers().isEmpty() ? null : m.parts().blankBeforeFooters();
    }
  },
  FOOTER_MAX_LINE_LENGTH(
      "footer-max-line-length", ValueKind.NUMBER, "have footer lines of at most %s characters") {
    @Override
    Boolean holds(ParsedMessage m, Object value) {
      return m.footers().isEmpty() ? null : line(m, value) == 0;
    }

    @Override
    int line(ParsedMessage m, Object value) {
      int from = footerOffset(m);
      String text = m.parts().text();
      return from < 0 ? 0 : firstLongLine(text, from, text.length(), value);
    }
  },
  HEADER_MAX_LENGTH(
      "header-max-length", ValueKind.NUMBER, "have a header of at most %s characters") {
    @Override
    Boolean holds(ParsedMessage m, Object value) {
      return m.header().length() <= (Integer) value;
    }
  },
  HEADER_TRIM(
      "header-trim", ValueKind.NONE, "have a header without leading or trailing whitespace") {
    @Override
    Boolean holds(ParsedMessage m, Object value) {
      String h = m.header();
      return h.isEmpty() || (!isSpace(h.charAt(0)) && !isSpace(h.charAt(h.length() - 1)));
    }
  },
  HEADER_PATTERN("header-pattern", ValueKind.PATTERN, "have a header matching %s") {
    @Override
    Boolean holds(ParsedMessage m, Object value) {
      return ((Pattern) value).matches(m.header().stripTrailing());
    }
  },
  SUBJECT_CASE("subject-case", ValueKind.CASES, "have a subject in %s") {
    @Override
    Boolean holds(ParsedMessage m, Object value) {
      if (!(m instanceof ConventionalCommit c)) {
        return null;
      }
      // as commitlint: only a subject that starts with a cased letter (any script) is judged, and
      // the subject is what follows ": ", so "fix:  Improve" starts with a space and is not
      String raw = rawSubject(c);
      if (raw.isEmpty() || !isCasedLetter(raw.codePointAt(0))) {
        return null;
      }
      return isInAnyCase(c.subject(), (String[]) value);
    }
  },
  SUBJECT_EMPTY("subject-empty", ValueKind.NONE, "have an empty subject") {
    @Override
    Boolean holds(ParsedMessage m, Object value) {
      // a header that does not parse is reported by the linter, once, with the parse error
      return m instanceof ConventionalCommit c ? c.subject().isEmpty() : null;
    }
  },
  SUBJECT_FULL_STOP("subject-full-stop", ValueKind.TEXT, "end the subject with '%s'") {
    @Override
    Boolean holds(ParsedMessage m, Object value) {
      return m instanceof ConventionalCommit c ? c.subject().endsWith((String) value) : null;
    }
  },
  SUBJECT_MAX_LENGTH(
      "subject-max-length", ValueKind.NUMBER, "have a subject of at most %s characters") {
    @Override
    Boolean holds(ParsedMessage m, Object value) {
      return m instanceof ConventionalCommit c ? c.subject().length() <= (Integer) value : null;
    }
  },
  SUBJECT_LEADING_SPACE(
      "subject-leading-space",
      ValueKind.NONE,
      "have exactly one space between the colon and the subject") {
    @Override
    Boolean holds(ParsedMessage m, Object value) {
      if (!(m instanceof ConventionalCommit c)) {
        return null;
      }
      String raw = rawSubject(c);
      return raw.isEmpty() || !isBlankChar(raw.charAt(0));
    }
  },
  TYPE_CASE("type-case", ValueKind.CASES, "have a type in %s") {
    @Override
    Boolean holds(ParsedMessage m, Object value) {
      return m instanceof ConventionalCommit c ? isInAnyCase(c.type(), (String[]) value) : null;
    }
  },
  TYPE_EMPTY("type-empty", ValueKind.NONE, "have an empty type") {
    @Override
    Boolean holds(ParsedMessage m, Object value) {
      return m instanceof ConventionalCommit c ? c.type().isEmpty() : null;
    }
  },
  TYPE_ENUM("type-enum", ValueKind.LIST, "have a type that is one of [%s]") {
    @Override
    Boolean holds(ParsedMessage m, Object value) {
      return m instanceof ConventionalCommit c ? contains((String[]) value, c.type()) : null;
    }
  },
  SCOPE_EMPTY("scope-empty", ValueKind.NONE, "have an empty scope") {
    @Override
    Boolean holds(ParsedMessage m, Object value) {
      return m instanceof ConventionalCommit c ? c.scopes().isEmpty() : null;
    }
  },
  SCOPE_ENUM("scope-enum", ValueKind.LIST, "have scopes that are each one of [%s]") {
    @Override
    Boolean holds(ParsedMessage m, Object value) {
      if (!(m instanceof ConventionalCommit c) || c.scopes().isEmpty()) {
        return null;
      }
      return c.scopes().stream().allMatch(scope -> contains((String[]) value, scope));
    }
  },
  REFERENCES_PATTERN(
      "references-pattern", ValueKind.PATTERN, "reference an issue (text matching %s)") {
    @Override
    Boolean holds(ParsedMessage m, Object value) {
      return ((Pattern) value).matcher(m.parts().text()).find();
    }
  },
  SIGNED_OFF_BY("signed-off-by", ValueKind.TEXT, "have a '%s' footer") {
    @Override
    Boolean holds(ParsedMessage m, Object value) {
      return m.footers().stream().anyMatch(f -> f.toString().startsWith((String) value));
    }
  };

  /** What a rule's value is. */
  enum ValueKind {
    NONE,
    NUMBER,
    TEXT,
    LIST,
    CASES,
    PATTERN
  }

  private final String id;
  private final ValueKind valueKind;
  private final String statement;

  CommitRule(String id, ValueKind valueKind, String statement) {
    this.id = id;
    this.valueKind = valueKind;
    this.statement = statement;
  }

  /** The rule's id, as commitlint names it, e.g. {@code type-enum}. */
  public String id() {
    return id;
  }

  /**
   * Whether the rule's "always" statement holds for the message, or {@code null} when the rule does
   * not apply to it.
   */
  abstract Boolean holds(ParsedMessage message, Object value);

  /**
   * The 1-based line of the message (normalised text) where the rule is broken, or 0 when the rule
   * has no single line to point at.
   */
  int line(ParsedMessage message, Object value) {
    return 0;
  }

  /** "must have a type that is one of [feat, fix]" or "must not …" for the given condition. */
  String requirement(boolean never, String value) {
    String shown =
        valueKind == ValueKind.LIST || valueKind == ValueKind.CASES
            ? String.join(", ", splitList(value))
            : value;
    return (never ? "must not " : "must ") + String.format(Locale.ROOT, statement, shown);
  }

  /**
   * Turns a setting's text value into what {@link #holds} expects.
   *
   * @throws IllegalArgumentException naming the rule and what is wrong with the value
   */
  Object compile(String value) {
    switch (valueKind) {
      case NONE:
        return null;
      case NUMBER:
        try {
          int n = Integer.parseInt(value.strip());
          if (n < 0) {
            throw new NumberFormatException();
          }
          return n;
        } catch (NumberFormatException e) {
          throw new IllegalArgumentException(
              "rule "
                  + id
                  + " needs a number of characters as its value, got '"
                  + value
                  + "'"
                  + notACondition(value));
        }
      case TEXT:
        if (value.isEmpty()) {
          throw new IllegalArgumentException("rule " + id + " needs a value");
        }
        return value;
      case LIST:
        return splitList(value);
      case CASES:
        String[] cases = splitList(value);
        for (String name : cases) {
          if (!TextCase.NAMES.contains(name)) {
            throw new IllegalArgumentException(
                "rule "
                    + id
                    + ": unknown case '"
                    + name
                    + "'; use some of: lower-case, upper-case, sentence-case, start-case,"
                    + " pascal-case, camel-case, kebab-case, snake-case");
          }
        }
        return cases;
      case PATTERN:
        try {
          return Pattern.compile(value);
        } catch (PatternSyntaxException e) {
          throw new IllegalArgumentException(
              "rule " + id + ": invalid pattern '" + value + "': " + e.getDescription());
        }
      default:
        throw new IllegalStateException(valueKind.name());
    }
  }

  /** For {@code sometimes:72}: the word before the colon is no condition. */
  private static String notACondition(String value) {
    int colon = value.indexOf(':');
    return colon > 0 && value.substring(0, colon).strip().matches("[A-Za-z]+")
        ? "; '"
            + value.substring(0, colon).strip()
            + "' is no condition: write level[:always|never][:value], e.g. error:always:72"
        : "";
  }

  /** The rule with this id, or {@code null}. */
  public static CommitRule byId(String id) {
    for (CommitRule rule : values()) {
      if (rule.id.equals(id)) {
        return rule;
      }
    }
    return null;
  }

  static String[] splitList(String value) {
    return Arrays.stream(value.split(","))
        .map(String::strip)
        .filter(s -> !s.isEmpty())
        .toArray(String[]::new);
  }

  /** Every rule id, in declaration order. */
  public static List<String> ids() {
    return Arrays.stream(values()).map(CommitRule::id).toList();
  }

  private static boolean contains(String[] values, String wanted) {
    for (String v : values) {
      if (v.equals(wanted)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isInAnyCase(String text, String[] caseNames) {
    return TextCase.isInAny(text, caseNames);
  }

  private static boolean isSpace(char c) {
    return Character.isWhitespace(c) || c == '\uFEFF' || c == '\u00A0';
  }

  /** A letter with case in any script: commitlint's {@code [\p{Ll}\p{Lu}\p{Lt}]}. */
  static boolean isCasedLetter(int codePoint) {
    int type = Character.getType(codePoint);
    return type == Character.LOWERCASE_LETTER
        || type == Character.UPPERCASE_LETTER
        || type == Character.TITLECASE_LETTER;
  }

  private static boolean isBlankChar(char c) {
    return c == ' ' || c == '\t' || c == '\f' || c == '\u000B';
  }

  /** What follows {@code ": "} in the header, as written (commitlint's subject). */
  static String rawSubject(ConventionalCommit c) {
    String header = c.header();
    int colon =
        c.type().length() + (c.scope().isEmpty() ? 0 : c.scope().length() + 2) + (c.bang() ? 1 : 0);
    int from = Math.min(header.length(), colon + 2);
    int to = header.length();
    while (to > from && isBlankChar(header.charAt(to - 1))) {
      to--;
    }
    return header.substring(from, to);
  }

  /** Where the body starts in the message text, or -1 without a body. */
  static int bodyOffset(ParsedMessage m) {
    if (m.body().isEmpty()) {
      return -1;
    }
    String text = m.parts().text();
    return text.indexOf(m.body(), headerEnd(m));
  }

  /** Where the first footer starts in the message text, or -1 without footers. */
  static int footerOffset(ParsedMessage m) {
    if (m.footers().isEmpty()) {
      return -1;
    }
    Footer f = m.footers().get(0);
    String value = f.value();
    int nl = value.indexOf('\n');
    String first = f.token() + f.separator() + (nl < 0 ? value : value.substring(0, nl));
    int body = bodyOffset(m);
    int from = body < 0 ? headerEnd(m) : body + m.body().length();
    return m.parts().text().indexOf(first, from);
  }

  private static int headerEnd(ParsedMessage m) {
    String text = m.parts().text();
    int at = text.indexOf(m.header());
    return at < 0 ? 0 : at + m.header().length();
  }

  /**
   * The 1-based line number of the first line in {@code text[from, to)} longer than {@code max}
   * UTF-16 units that holds no URL, or 0 when there is none. As commitlint, a line with {@code
   * http://} or {@code https://} after a word boundary and followed by a non-space is exempt,
   * whatever its length (bot bodies with long links).
   */
  static int firstLongLine(String text, int from, int to, Object max) {
    int limit = (Integer) max;
    int start = from;
    while (start <= to) {
      int nl = text.indexOf('\n', start);
      int end = nl < 0 || nl > to ? to : nl;
      if (end - start > limit && !hasUrl(text, start, end)) {
        int line = 1;
        for (int i = text.indexOf('\n'); i >= 0 && i < start; i = text.indexOf('\n', i + 1)) {
          line++;
        }
        return line;
      }
      if (end >= to) {
        break;
      }
      start = end + 1;
    }
    return 0;
  }

  /** commitlint's {@code /\bhttps?:\/\/\S+/} on {@code text[from, to)}. */
  static boolean hasUrl(String text, int from, int to) {
    for (int i = text.indexOf("http", from); i >= 0 && i < to; i = text.indexOf("http", i + 1)) {
      if (i > from && isAsciiWordChar(text.charAt(i - 1))) {
        continue;
      }
      int after;
      if (text.startsWith("https://", i)) {
        after = i + 8;
      } else if (text.startsWith("http://", i)) {
        after = i + 7;
      } else {
        continue;
      }
      if (after < to && !DefaultIgnores.isJsSpace(text.charAt(after))) {
        return true;
      }
    }
    return false;
  }

  private static boolean isAsciiWordChar(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
  }
}
