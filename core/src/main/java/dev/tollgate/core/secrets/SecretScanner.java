package dev.tollgate.core.secrets;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Finds credentials in text, one line at a time: private key blocks, cloud and service tokens with
 * a known shape, and generic {@code password=…} assignments whose value looks random (Shannon
 * entropy, character classes, a stopword list). A case-insensitive multi-needle search over each
 * line runs first; the detectors only look at lines it hits. Documented example values ({@code
 * …EXAMPLE…}) and placeholders ({@code ${VAR}}, {@code {{ … }}}) are not secrets, nor are public
 * keys.
 *
 * <p>This is the one definition of "a secret in a string": the files check reports what it finds,
 * and the reporters mask it in every finding ({@link Secrets#redact}). One scanner reads one text,
 * in order: it remembers a private key header until the next non-blank line shows its body. Not
 * thread-safe.
 */
public final class SecretScanner {

  private enum Detector {
    PEM,
    AWS_ID,
    GITHUB,
    GITHUB_PAT,
    GITLAB,
    SLACK,
    SLACK_WEBHOOK,
    GOOGLE,
    STRIPE,
    NPM,
    JWT,
    GENERIC
  }

  private static final List<String> NEEDLES = new ArrayList<>();
  private static final List<Detector> DETECTORS = new ArrayList<>();

  static {
    add(Detector.PEM, "-----BEGIN ");
    add(Detector.AWS_ID, "AKIA", "ASIA", "ABIA", "ACCA");
    add(Detector.GITHUB, "ghp_", "gho_", "ghu_", "ghs_", "ghr_");
    add(Detector.GITHUB_PAT, "github_pat_");
    add(Detector.GITLAB, "glpat-");
    add(Detector.SLACK, "xoxb-", "xoxp-", "xoxa-", "xoxr-", "xoxs-", "xoxe-");
    add(Detector.SLACK_WEBHOOK, "hooks.slack.com/services/");
    add(Detector.GOOGLE, "AIza");
    add(Detector.STRIPE, "sk_live_", "rk_live_", "sk_test_", "rk_test_");
    add(Detector.NPM, "npm_");
    add(Detector.JWT, "eyJ");
    add(
        Detector.GENERIC,
        "password",
        "passwd",
        "secret",
        "token",
        "api_key",
        "apikey",
        "api-key",
        "access_key",
        "accesskey",
        "private_key",
        "credential");
  }

  private static final MultiNeedleSearch SEARCH = new MultiNeedleSearch(NEEDLES);

  private static final String[] STOPWORDS = {
    "example",
    "changeme",
    "change_me",
    "change-me",
    "password",
    "passwd",
    "secret",
    "dummy",
    "sample",
    "placeholder",
    "redacted",
    "xxxx",
    "****",
    "your_",
    "your-",
    "yourpass",
    "todo",
    "fake",
    "test",
    "none",
    "null",
    "undefined",
    "replace",
    "insert",
    "token",
    "default",
    "123456",
    "abcdef",
    "qwerty",
    "letmein",
    "admin",
    "mock"
  };

  private static final String[] KEY_NOT_SECRET = {
    "file",
    "path",
    "name",
    "type",
    "url",
    "uri",
    "endpoint",
    "format",
    "length",
    "size",
    "prefix",
    "policy",
    "expir",
    "timeout",
    "ttl",
    "header",
    "field",
    "param",
    "regex",
    "pattern",
    "label",
    "hint",
    "mode",
    "count",
    "min",
    "max",
    "enabled",
    "required",
    "validator",
    "provider",
    "id"
  };

  private static void add(Detector detector, String... needles) {
    for (String needle : needles) {
      NEEDLES.add(needle);
      DETECTORS.add(detector);
    }
  }

  /** A detected secret on the current line, before it is turned into a {@link Secret}. */
  private record Hit(String kind, String label, String secret, int from, int to, int valueFrom) {}

  private final List<Hit> hits = new ArrayList<>();
  private final List<Secret> found = new ArrayList<>();
  private final int[] needleHits = new int[64];
  private String pendingPem;
  private int pendingPemLine;

  /**
   * Scans one line, {@code bytes[start, end)} without its line ending.
   *
   * @param number the 1-based line number, recorded in the secrets found
   * @return the secrets on this line, in order, including the body of a private key whose header
   *     was on an earlier line (its {@link Secret#line()} is the header's)
   */
  public List<Secret> line(byte[] b, int start, int end, int number) {
    found.clear();
    if (pendingPem != null) {
      confirmPem(b, start, end);
    }
    int count = SEARCH.search(b, start, end, needleHits);
    if (count == 0) {
      return List.copyOf(found);
    }
    hits.clear();
    // shaped tokens first, so that 'github_token = ghp_…' is named for what it is
    for (int pass = 0; pass < 2; pass++) {
      for (int h = 0; h < count; h++) {
        int needle = needleHits[2 * h];
        Detector detector = DETECTORS.get(needle);
        if ((detector == Detector.GENERIC) == (pass == 1)) {
          int to = needleHits[2 * h + 1];
          detect(detector, b, start, end, to - SEARCH.length(needle), to, number);
        }
      }
    }
    for (Hit hit : hits) {
      if (!hit.kind().isEmpty()) {
        int valueFrom = hit.valueFrom();
        int valueTo = valueFrom + hit.secret().getBytes(StandardCharsets.UTF_8).length;
        found.add(
            new Secret(
                hit.kind(), hit.label(), hit.secret(), number, hit.from(), valueFrom, valueTo));
      }
    }
    return List.copyOf(found);
  }

  /**
   * The line of a private key header still waiting for its body on a later line, or 0 when none is.
   */
  public int pendingKeyLine() {
    return pendingPem == null ? 0 : pendingPemLine;
  }

  /** Ends the text: a pending private key header is forgotten. */
  public void end() {
    pendingPem = null;
  }

  private void detect(
      Detector detector, byte[] b, int start, int end, int from, int to, int number) {
    for (Hit hit : hits) {
      if (from >= hit.from() && from < hit.to()) {
        return;
      }
    }
    switch (detector) {
      case PEM -> pem(b, start, end, from, to, number);
      case AWS_ID -> {
        if (exact(b, from, to) && boundaryBefore(b, start, from)) {
          int e = span(b, to, end, SecretScanner::upperOrDigit);
          if (e - from == 20 && boundaryAfter(b, e, end)) {
            String key = ascii(b, from, e);
            if (!key.endsWith("EXAMPLE")) {
              hits.add(new Hit("aws-access-key-id", "AWS access key id", key, from, e, from));
            }
          }
        }
      }
      case GITHUB -> token(b, start, end, from, to, 36, 36, SecretScanner::alnum, "GitHub token");
      case GITHUB_PAT ->
          token(b, start, end, from, to, 22, 255, SecretScanner::word, "GitHub fine-grained token");
      case GITLAB ->
          token(b, start, end, from, to, 20, 64, SecretScanner::wordOrDash, "GitLab access token");
      case SLACK ->
          token(b, start, end, from, to, 10, 255, SecretScanner::alnumOrDash, "Slack token");
      case SLACK_WEBHOOK -> {
        int e = span(b, to, end, c -> alnum(c) || c == '/');
        if (e - to >= 20) {
          hits.add(new Hit("slack-webhook", "Slack webhook URL", ascii(b, from, e), from, e, from));
        }
      }
      case GOOGLE ->
          token(b, start, end, from, to, 35, 35, SecretScanner::wordOrDash, "Google API key");
      case STRIPE ->
          token(b, start, end, from, to, 24, 255, SecretScanner::alnum, "Stripe secret key");
      case NPM -> token(b, start, end, from, to, 36, 36, SecretScanner::alnum, "npm access token");
      case JWT -> jwt(b, start, end, from, to);
      case GENERIC -> generic(b, start, end, from, to);
    }
  }

  private void token(
      byte[] b,
      int start,
      int end,
      int from,
      int to,
      int min,
      int max,
      BytePredicate body,
      String label) {
    if (!exact(b, from, to) || !boundaryBefore(b, start, from)) {
      return;
    }
    int e = span(b, to, end, body);
    int n = e - to;
    if (n < min || n > max || !boundaryAfter(b, e, end)) {
      return;
    }
    String token = ascii(b, from, e);
    if (token.contains("EXAMPLE") || token.toLowerCase(Locale.ROOT).contains("xxxxxxxx")) {
      return;
    }
    hits.add(
        new Hit(label.toLowerCase(Locale.ROOT).replace(' ', '-'), label, token, from, e, from));
  }

  private void jwt(byte[] b, int start, int end, int from, int to) {
    if (!exact(b, from, to) || !boundaryBefore(b, start, from)) {
      return;
    }
    int e1 = span(b, from, end, SecretScanner::base64Url);
    if (e1 - from < 12 || e1 >= end || b[e1] != '.') {
      return;
    }
    int e2 = span(b, e1 + 1, end, SecretScanner::base64Url);
    if (e2 - e1 - 1 < 12 || e2 >= end || b[e2] != '.') {
      return;
    }
    int e3 = span(b, e2 + 1, end, SecretScanner::base64Url);
    if (e3 - e2 - 1 < 16) {
      return;
    }
    hits.add(new Hit("jwt", "JSON web token", ascii(b, from, e3), from, e3, from));
  }

  private void pem(byte[] b, int start, int end, int from, int to, int number) {
    if (!exact(b, from, to)) {
      return;
    }
    int close = indexOf(b, to, end, "-----");
    if (close < 0) {
      return;
    }
    String label = ascii(b, to, close);
    if (!label.endsWith("PRIVATE KEY") && !label.equals("PGP PRIVATE KEY BLOCK")) {
      return;
    }
    int after = close + 5;
    // the key body may follow on the same line, as in JSON ("...-----\nMIIE...")
    int p = after;
    if (p + 1 < end && b[p] == '\\' && b[p + 1] == 'n') {
      p += 2;
    }
    int body = span(b, p, end, SecretScanner::base64);
    if (body - p >= 16 || label.startsWith("PGP")) {
      hits.add(
          new Hit("private-key", "private key (" + label + ")", ascii(b, p, body), from, after, p));
      return;
    }
    pendingPem = label;
    pendingPemLine = number;
    // mark the header as handled so that generic keywords on it are not reported
    hits.add(new Hit("", "", "", from, after, from));
  }

  private void confirmPem(byte[] b, int start, int end) {
    int p = span(b, start, end, c -> c == ' ' || c == '\t' || c == '"' || c == '\'');
    if (p == end) {
      return; // a blank line between header and body (e.g. after Proc-Type headers) is fine
    }
    String label = pendingPem;
    int line = pendingPemLine;
    pendingPem = null;
    int body = span(b, p, end, SecretScanner::base64);
    boolean headers = startsWith(b, p, end, "Proc-Type:") || startsWith(b, p, end, "Comment:");
    if (body - p >= 16 || headers) {
      found.add(
          new Secret(
              "private-key", "private key (" + label + ")", ascii(b, p, body), line, p, p, body));
    }
  }

  private void generic(byte[] b, int start, int end, int from, int to) {
    int keyStart = from;
    while (keyStart > start && keyChar(b[keyStart - 1])) {
      keyStart--;
    }
    int keyEnd = span(b, to, end, SecretScanner::keyChar);
    if (!assignmentFollows(b, keyEnd, end)) {
      return;
    }
    String key = ascii(b, keyStart, keyEnd).toLowerCase(Locale.ROOT);
    for (String word : KEY_NOT_SECRET) {
      if (key.endsWith(word)) {
        return;
      }
    }
    int p = keyEnd;
    int valueStart;
    int valueEnd;
    if (p < end && (b[p] == '"' || b[p] == '\'')) {
      p++;
    }
    p = span(b, p, end, c -> c == ' ' || c == '\t');
    if (keyStart > start && b[keyStart - 1] == '<' && p < end && b[p] == '>') {
      valueStart = p + 1;
      valueEnd = indexOf(b, valueStart, end, "<");
      if (valueEnd < 0) {
        valueEnd = end;
      }
    } else {
      if (p >= end) {
        return;
      }
      if (b[p] == '=') {
        if (p + 1 < end && b[p + 1] == '=') {
          return;
        }
        p += p + 1 < end && b[p + 1] == '>' ? 2 : 1;
      } else if (b[p] == ':') {
        p += p + 1 < end && b[p + 1] == '=' ? 2 : 1;
      } else {
        return;
      }
      p = span(b, p, end, c -> c == ' ' || c == '\t');
      if (p >= end) {
        return;
      }
      byte q = b[p];
      if (q == '"' || q == '\'' || q == '`') {
        valueStart = p + 1;
        valueEnd = valueStart;
        while (valueEnd < end && b[valueEnd] != q) {
          valueEnd += b[valueEnd] == '\\' ? 2 : 1;
        }
        valueEnd = Math.min(valueEnd, end);
      } else {
        valueStart = p;
        valueEnd =
            span(
                b,
                p,
                end,
                c -> c != ' ' && c != '\t' && c != ',' && c != ';' && c != ')' && c != '}');
        if (indexOf(b, valueStart, valueEnd, "(") >= 0) {
          return; // an expression, not a literal
        }
      }
    }
    for (Hit hit : hits) {
      if (valueStart < hit.to() && valueEnd > hit.from()) {
        return;
      }
    }
    String value = new String(b, valueStart, valueEnd - valueStart, StandardCharsets.UTF_8);
    if (!looksSecret(value)) {
      return;
    }
    boolean aws = key.contains("aws") && value.length() == 40;
    hits.add(
        new Hit(
            aws ? "aws-secret-access-key" : "generic",
            aws
                ? "AWS secret access key"
                : "hard-coded credential in '" + ascii(b, keyStart, keyEnd) + "':",
            value,
            valueStart,
            valueEnd,
            valueStart));
  }

  /** Cheap test: an assignment ({@code = : =>}) or an XML close ({@code >}) follows the key. */
  private static boolean assignmentFollows(byte[] b, int p, int end) {
    if (p < end && (b[p] == '"' || b[p] == '\'')) {
      p++;
    }
    while (p < end && (b[p] == ' ' || b[p] == '\t')) {
      p++;
    }
    return p < end && (b[p] == '=' || b[p] == ':' || b[p] == '>');
  }

  /** Whether a value assigned to a credential-like key looks like a real secret. */
  static boolean looksSecret(String value) {
    int n = value.length();
    if (n < 8 || n > 256) {
      return false;
    }
    if (isPlaceholder(value)) {
      return false;
    }
    String lower = value.toLowerCase(Locale.ROOT);
    for (String stop : STOPWORDS) {
      if (lower.contains(stop)) {
        return false;
      }
    }
    boolean upper = false;
    boolean low = false;
    boolean digit = false;
    boolean symbol = false;
    for (int i = 0; i < n; i++) {
      char c = value.charAt(i);
      if (c >= 'A' && c <= 'Z') {
        upper = true;
      } else if (c >= 'a' && c <= 'z') {
        low = true;
      } else if (c >= '0' && c <= '9') {
        digit = true;
      } else if (c == ' ') {
        return false; // prose, not a credential
      } else if (c != '-' && c != '_' && c != '.') {
        symbol = true;
      }
    }
    double entropy = shannonEntropy(value);
    boolean mixed = (upper && low && digit) || (symbol && (upper || low) && digit);
    return (mixed && entropy >= 3.0) || (n >= 20 && (digit || upper) && entropy >= 3.5);
  }

  /** Whether the value is a template placeholder rather than a value. */
  static boolean isPlaceholder(String value) {
    String v = value.trim();
    return v.contains("${")
        || v.contains("{{")
        || v.startsWith("$")
        || v.startsWith("%")
        || v.startsWith("#{")
        || (v.startsWith("<") && v.endsWith(">"))
        || v.startsWith("@") && v.endsWith("@")
        || v.contains("EXAMPLE");
  }

  /** Shannon entropy in bits per character. */
  static double shannonEntropy(String s) {
    int[] counts = new int[128];
    int other = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < 128) {
        counts[c]++;
      } else {
        other++;
      }
    }
    double h = 0;
    double n = s.length();
    for (int c : counts) {
      if (c > 0) {
        double p = c / n;
        h -= p * Math.log(p) / Math.log(2);
      }
    }
    if (other > 0) {
      double p = other / n;
      h -= p * Math.log(p) / Math.log(2);
    }
    return h;
  }

  @FunctionalInterface
  private interface BytePredicate {
    boolean test(byte c);
  }

  private static int span(byte[] b, int from, int end, BytePredicate p) {
    int i = from;
    while (i < end && p.test(b[i])) {
      i++;
    }
    return i;
  }

  private static boolean exact(byte[] b, int from, int to) {
    String needle = null;
    for (int n = 0; n < NEEDLES.size(); n++) {
      String candidate = NEEDLES.get(n);
      if (candidate.length() == to - from && candidate.equalsIgnoreCase(ascii(b, from, to))) {
        needle = candidate;
        break;
      }
    }
    if (needle == null) {
      return false;
    }
    for (int i = 0; i < needle.length(); i++) {
      if (b[from + i] != needle.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  private static boolean boundaryBefore(byte[] b, int start, int from) {
    return from == start || !alnum(b[from - 1]);
  }

  private static boolean boundaryAfter(byte[] b, int e, int end) {
    return e == end || !alnum(b[e]);
  }

  private static boolean startsWith(byte[] b, int from, int end, String s) {
    if (end - from < s.length()) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      if (b[from + i] != s.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  /** Where the ASCII string {@code s} first occurs in {@code b[from, end)}, or -1. */
  public static int indexOf(byte[] b, int from, int end, String s) {
    int n = s.length();
    outer:
    for (int i = from; i <= end - n; i++) {
      for (int j = 0; j < n; j++) {
        if (b[i + j] != s.charAt(j)) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }

  private static String ascii(byte[] b, int from, int to) {
    return new String(b, from, to - from, StandardCharsets.ISO_8859_1);
  }

  private static boolean alnum(byte c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  }

  private static boolean upperOrDigit(byte c) {
    return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  }

  private static boolean word(byte c) {
    return alnum(c) || c == '_';
  }

  private static boolean wordOrDash(byte c) {
    return word(c) || c == '-';
  }

  private static boolean alnumOrDash(byte c) {
    return alnum(c) || c == '-';
  }

  private static boolean base64(byte c) {
    return alnum(c) || c == '+' || c == '/' || c == '=';
  }

  private static boolean base64Url(byte c) {
    return alnum(c) || c == '-' || c == '_';
  }

  private static boolean keyChar(byte c) {
    return alnum(c) || c == '_' || c == '-' || c == '.';
  }
}
