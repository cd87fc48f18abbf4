package dev.tollgate.core.commits;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * A header close to a rejected one that the rules accept, or none: a wrong suggestion is worse than
 * none. The user's type is kept when it is only mis-cased or misspelled ({@code Feat}, {@code fxi},
 * {@code feature}), the scope and every word of the subject are kept (text after a colon in the
 * subject too), an all-capitals first word is lower-cased whole ({@code WIP} becomes {@code wip},
 * never {@code wIP}), and a subject that must be shortened is cut between words. When the type
 * cannot be told, the suggestion says {@code <type>}. Every suggestion is checked against the rules
 * before it is offered. Pure.
 */
final class HeaderSuggestion {

  /** What stands for the type when it cannot be told from the header. */
  static final String TYPE_PLACEHOLDER = "<type>";

  private HeaderSuggestion() {}

  /**
   * The suggestion for a header.
   *
   * @param parsed the rejected message
   * @param types the allowed types (empty: any)
   * @param maxLength the longest header allowed, or 0 for no limit
   * @param passes whether a header passes the rules (errors only)
   * @param withScope a scope to put in, or {@code null} to keep the header's
   */
  static Optional<String> suggest(
      ParsedMessage parsed,
      List<String> types,
      int maxLength,
      Predicate<String> passes,
      String withScope) {
    String type;
    String scope;
    boolean bang;
    String subject;
    if (parsed instanceof ConventionalCommit c) {
      type = knownType(c.type(), types).orElse(TYPE_PLACEHOLDER);
      scope = c.scope();
      bang = c.bang();
      subject = c.subject();
    } else {
      Lenient h = Lenient.of(parsed.header().strip(), types);
      type = h.type;
      scope = h.scope;
      bang = h.bang;
      subject = h.subject;
    }
    if (withScope != null) {
      scope = withScope;
    }
    subject = fixSubject(subject);
    if (subject.isEmpty()) {
      return Optional.empty();
    }
    String prefix = type + (scope.isEmpty() ? "" : "(" + scope + ")") + (bang ? "!" : "") + ": ";
    if (maxLength > 0 && prefix.length() + subject.length() > maxLength) {
      int room = maxLength - prefix.length();
      int cut = subject.lastIndexOf(' ', room);
      if (room <= 0 || cut <= 0) {
        return Optional.empty();
      }
      subject = subject.substring(0, cut).strip();
    }
    String header = prefix + subject;
    String checked =
        type.equals(TYPE_PLACEHOLDER)
            ? (types.isEmpty() ? "chore" : types.get(0)) + header.substring(type.length())
            : header;
    return passes.test(checked) ? Optional.of(header) : Optional.empty();
  }

  /** The allowed type the user meant: same letters in another case, a typo, or a longer form. */
  static Optional<String> knownType(String written, List<String> types) {
    String lower = written.toLowerCase(Locale.ROOT);
    if (types.isEmpty() || types.contains(lower)) {
      return lower.isEmpty() ? Optional.empty() : Optional.of(lower);
    }
    String best = null;
    for (String t : types) {
      boolean close =
          (lower.length() >= 3 && (lower.startsWith(t) || t.startsWith(lower) || lower.endsWith(t)))
              || (lower.length() >= 3 && distance(lower, t) <= (t.length() <= 4 ? 1 : 2));
      if (close && (best == null || distance(lower, t) < distance(lower, best))) {
        best = t;
      }
    }
    return Optional.ofNullable(best);
  }

  private static String fixSubject(String raw) {
    String s = raw.strip();
    while (s.endsWith(".")) {
      s = s.substring(0, s.length() - 1).stripTrailing();
    }
    if (s.isEmpty()) {
      return s;
    }
    int wordEnd = s.indexOf(' ');
    String first = wordEnd < 0 ? s : s.substring(0, wordEnd);
    boolean allCaps =
        first.length() > 1 && first.equals(first.toUpperCase(Locale.ROOT)) && hasLetter(first);
    if (allCaps) {
      return first.toLowerCase(Locale.ROOT) + s.substring(first.length());
    }
    return s.substring(0, 1).toLowerCase(Locale.ROOT) + s.substring(1);
  }

  private static boolean hasLetter(String s) {
    return s.codePoints().anyMatch(Character::isLetter);
  }

  /** Edit distance with adjacent transpositions ({@code fxi} is one edit from {@code fix}). */
  static int distance(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1
            && j > 1
            && a.charAt(i - 1) == b.charAt(j - 2)
            && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }

  /**
   * A header read leniently: {@code word(scope)!:subject} where the colon or the space may be
   * missing. A first word counts as the type only when syntax says so (a scope, {@code !} or {@code
   * :} right after it) or it is an allowed type; otherwise the whole header is the subject ({@code
   * Bump a:b from 1 to 2}, {@code Fixed the bug}).
   */
  private record Lenient(String type, String scope, boolean bang, String subject) {

    static Lenient of(String h, List<String> types) {
      int i = 0;
      while (i < h.length() && (Character.isLetterOrDigit(h.charAt(i)) || h.charAt(i) == '-')) {
        i++;
      }
      String word = h.substring(0, i);
      String scope = "";
      int j = i;
      if (j < h.length() && h.charAt(j) == '(') {
        int close = h.indexOf(')', j);
        if (close > j + 1) {
          scope = h.substring(j + 1, close).strip();
          j = close + 1;
        }
      }
      boolean bang = j < h.length() && h.charAt(j) == '!';
      if (bang) {
        j++;
      }
      boolean colon = j < h.length() && h.charAt(j) == ':';
      boolean syntax = !word.isEmpty() && (colon || !scope.isEmpty() || bang);
      boolean exactType =
          !word.isEmpty() && types.contains(word.toLowerCase(Locale.ROOT)) && j < h.length();
      if (!syntax && !exactType) {
        return new Lenient(TYPE_PLACEHOLDER, "", false, h);
      }
      String rest = h.substring(colon ? j + 1 : j).strip();
      String type = knownType(word, types).orElse(TYPE_PLACEHOLDER);
      return new Lenient(type, scope, bang, rest);
    }
  }
}
