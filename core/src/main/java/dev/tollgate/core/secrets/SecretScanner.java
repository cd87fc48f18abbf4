package dev.tollgate.core.secrets;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;

/**
 * Finds credentials in text, one line at a time: private key blocks, cloud and service tokens with
 * a known shape, credentials in URLs, and generic {@code password=…} assignments whose value looks
 * random (Shannon entropy, character classes, a stopword list). A case-insensitive multi-needle
 * search over each line runs first; the detectors only look at lines it hits.
 *
 * <p>Precision comes from context rules, each for a class of false positive seen in real code:
 * documented example values ({@code …EXAMPLE…}), placeholders ({@code ${VAR}}, {@code {{ … }}},
 * runs of one character such as {@code AKIAXXXXXXXXXXXXXXXX}), values that are identifiers or
 * references rather than literals ({@code credentials = serviceAccountCredentials2}, {@code
 * this.token = token}, {@code Foo::getPassword}), strings of escape sequences, query parameters of
 * signed URLs ({@code X-Goog-Credential=…}), digests under keys that name something else ({@code
 * build.token.revision=<sha>}), a private key header without a key body, and an entropy floor per
 * detector. Public keys are not secrets.
 *
 * <p>This is the one definition of "a secret in a string": the files check reports what it finds,
 * and the reporters mask it in every finding ({@link Secrets#redact}). One scanner reads one text,
 * in order: it remembers a private key header until a later line shows its body. Not thread-safe.
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
    URL_CREDENTIALS,
    AZURE_KEY,
    AZURE_SAS,
    SENDGRID,
    TWILIO,
    PYPI,
    DOCKER_AUTH,
    SHOPIFY,
    SK_DASH,
    HUGGING_FACE,
    GENERIC,
    GENERIC_SUFFIX
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
    add(Detector.URL_CREDENTIALS, "://");
    add(Detector.AZURE_KEY, "AccountKey=");
    add(Detector.AZURE_SAS, "sig=");
    add(Detector.SENDGRID, "SG.");
    add(Detector.TWILIO, "SK");
    add(Detector.PYPI, "pypi-AgEIcHlwaS5vcmc");
    add(Detector.DOCKER_AUTH, "\"auth\"");
    add(Detector.SHOPIFY, "shpat_", "shpca_", "shppa_", "shpss_");
    add(Detector.SK_DASH, "sk-");
    add(Detector.HUGGING_FACE, "hf_");
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
    // short words that count only at the end of a key: DB_PASS, mysql_pwd
    add(Detector.GENERIC_SUFFIX, "_pass", "-pass", ".pass", "pwd");
  }

  /**
   * The needle search, built on the first line scanned (not when the class loads): {@link #mayHold}
   * answers most texts without it.
   */
  private static final class Search {
    static final MultiNeedleSearch SEARCH = new MultiNeedleSearch(NEEDLES);
  }

  /** The needles in lower case, for {@link #mayHold}. */
  private static final String[] LOWER_NEEDLES = new String[NEEDLES.size()];

  static {
    for (int i = 0; i < LOWER_NEEDLES.length; i++) {
      LOWER_NEEDLES[i] = NEEDLES.get(i).toLowerCase(Locale.ROOT);
    }
  }

  /** Every needle, as written (for tests). */
  static List<String> needles() {
    return List.copyOf(NEEDLES);
  }

  /**
   * Whether {@code text} can hold a secret this scanner finds: {@code false} only when no needle
   * occurs in it (ignoring ASCII case, as the search does), and every detector starts at a needle,
   * so such a text has none. A cheap test that spares most texts the search.
   */
  public static boolean mayHold(String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    for (String needle : LOWER_NEEDLES) {
      if (lower.contains(needle)) {
        return true;
      }
    }
    return false;
  }

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
    "mock",
    "hunter2"
  };

  /** Key endings that name something other than the secret itself. */
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
    "id",
    "revision",
    "rev",
    "sha",
    "sha1",
    "sha256",
    "sha512",
    "hash",
    "digest",
    "checksum",
    "commit",
    "version",
    "integrity",
    "fingerprint",
    "algorithm",
    "class",
    "dir",
    "location",
    "env",
    "ref",
    "scope",
    "scopes",
    "issuer",
    "audience",
    "duration",
    "lifetime"
  };

  /** Hosts of documentation and local development: credentials in their URLs are examples. */
  private static final String[] EXAMPLE_HOSTS = {
    "localhost", "127.0.0.1", "0.0.0.0", "example.com", "example.org", "example.net", "host"
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
  private final int[] needleHits = new int[4096];
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
    int count = Search.SEARCH.search(b, start, end, needleHits);
    if (count == 0) {
      return List.copyOf(found);
    }
    hits.clear();
    // shaped tokens first, so that 'github_token = ghp_…' is named for what it is
    for (int pass = 0; pass < 2; pass++) {
      for (int h = 0; h < count; h++) {
        int needle = needleHits[2 * h];
        Detector detector = DETECTORS.get(needle);
        boolean generic = detector == Detector.GENERIC || detector == Detector.GENERIC_SUFFIX;
        if (generic == (pass == 1)) {
          int to = needleHits[2 * h + 1];
          detect(detector, needle, b, start, end, to - Search.SEARCH.length(needle), to, number);
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
      Detector detector, int needle, byte[] b, int start, int end, int from, int to, int number) {
    for (Hit hit : hits) {
      if (from >= hit.from() && from < hit.to()) {
        return;
      }
    }
    boolean exact = exact(b, from, needle);
    switch (detector) {
      case PEM -> {
        if (exact) {
          pem(b, end, from, to, number);
        }
      }
      case AWS_ID -> {
        if (exact && boundaryBefore(b, start, from)) {
          int e = span(b, to, end, SecretScanner::upperOrDigit);
          if (e - from == 20 && boundaryAfter(b, e, end)) {
            String key = ascii(b, from, e);
            if (!key.endsWith("EXAMPLE") && random(key.substring(4), 3.0)) {
              hits.add(new Hit("aws-access-key-id", "AWS access key id", key, from, e, from));
            }
          }
        }
      }
      case GITHUB ->
          token(exact, b, start, end, from, to, 36, 36, SecretScanner::alnum, 3.5, "GitHub token");
      case GITHUB_PAT ->
          token(
              exact,
              b,
              start,
              end,
              from,
              to,
              22,
              255,
              SecretScanner::word,
              3.5,
              "GitHub fine-grained token");
      case GITLAB ->
          token(
              exact,
              b,
              start,
              end,
              from,
              to,
              20,
              64,
              SecretScanner::wordOrDash,
              3.5,
              "GitLab access token");
      case SLACK ->
          token(
              exact,
              b,
              start,
              end,
              from,
              to,
              10,
              255,
              SecretScanner::alnumOrDash,
              3.0,
              "Slack token");
      case SLACK_WEBHOOK -> {
        int e = span(b, to, end, c -> alnum(c) || c == '/');
        int last = e;
        while (last > to && b[last - 1] != '/') {
          last--;
        }
        if (e - to >= 20 && random(ascii(b, last, e), 3.0)) {
          hits.add(new Hit("slack-webhook", "Slack webhook URL", ascii(b, from, e), from, e, from));
        }
      }
      case GOOGLE ->
          token(
              exact,
              b,
              start,
              end,
              from,
              to,
              35,
              35,
              SecretScanner::wordOrDash,
              3.5,
              "Google API key");
      case STRIPE ->
          token(
              exact,
              b,
              start,
              end,
              from,
              to,
              24,
              255,
              SecretScanner::alnum,
              3.5,
              "Stripe secret key");
      case NPM ->
          token(
              exact,
              b,
              start,
              end,
              from,
              to,
              36,
              36,
              SecretScanner::alnum,
              3.5,
              "npm access token");
      case JWT -> {
        if (exact) {
          jwt(b, start, end, from);
        }
      }
      case URL_CREDENTIALS -> urlCredentials(b, start, end, from, to);
      case AZURE_KEY -> {
        int e = span(b, to, end, SecretScanner::base64);
        String key = ascii(b, to, e);
        if (exact && e - to >= 86 && e - to <= 90 && random(key, 4.5)) {
          hits.add(new Hit("azure-storage-key", "Azure storage account key", key, from, e, to));
        }
      }
      case AZURE_SAS -> azureSas(b, start, end, from, to);
      case SENDGRID -> {
        if (exact && boundaryBefore(b, start, from)) {
          int e1 = span(b, to, end, SecretScanner::base64UrlOrDash);
          if (e1 - to == 22 && e1 < end && b[e1] == '.') {
            int e2 = span(b, e1 + 1, end, SecretScanner::base64UrlOrDash);
            String body = ascii(b, to, e2);
            if (e2 - e1 - 1 == 43 && boundaryAfter(b, e2, end) && random(body, 4.0)) {
              hits.add(
                  new Hit("sendgrid-key", "SendGrid API key", ascii(b, from, e2), from, e2, from));
            }
          }
        }
      }
      case TWILIO -> {
        if (exact && boundaryBefore(b, start, from)) {
          int e = span(b, to, end, SecretScanner::hex);
          if (e - to == 32 && boundaryAfter(b, e, end) && random(ascii(b, to, e), 3.0)) {
            hits.add(new Hit("twilio-api-key", "Twilio API key", ascii(b, from, e), from, e, from));
          }
        }
      }
      case PYPI ->
          token(
              exact,
              b,
              start,
              end,
              from,
              to,
              50,
              512,
              SecretScanner::base64UrlOrDash,
              4.0,
              "PyPI upload token");
      case DOCKER_AUTH -> dockerAuth(b, end, from, to);
      case SHOPIFY ->
          token(exact, b, start, end, from, to, 32, 32, SecretScanner::hex, 3.0, "Shopify token");
      case SK_DASH -> skDash(exact, b, start, end, from, to);
      case HUGGING_FACE ->
          token(
              exact,
              b,
              start,
              end,
              from,
              to,
              34,
              34,
              SecretScanner::alpha,
              4.0,
              "Hugging Face token");
      case GENERIC -> generic(b, start, end, from, to, false);
      case GENERIC_SUFFIX -> generic(b, start, end, from, to, true);
    }
  }

  private void token(
      boolean exact,
      byte[] b,
      int start,
      int end,
      int from,
      int to,
      int min,
      int max,
      BytePredicate body,
      double entropyFloor,
      String label) {
    if (!exact || !boundaryBefore(b, start, from)) {
      return;
    }
    int e = span(b, to, end, body);
    int n = e - to;
    if (n < min || n > max || !boundaryAfter(b, e, end)) {
      return;
    }
    String token = ascii(b, from, e);
    if (token.contains("EXAMPLE") || !random(ascii(b, to, e), entropyFloor)) {
      return;
    }
    hits.add(
        new Hit(label.toLowerCase(Locale.ROOT).replace(' ', '-'), label, token, from, e, from));
  }

  /** OpenAI ({@code sk-…T3BlbkFJ…}, {@code sk-proj-…}) and Anthropic ({@code sk-ant-api…}). */
  private void skDash(boolean exact, byte[] b, int start, int end, int from, int to) {
    if (!exact || !boundaryBefore(b, start, from)) {
      return;
    }
    int e = span(b, to, end, SecretScanner::wordOrDash);
    String body = ascii(b, to, e);
    String label;
    if (body.startsWith("ant-api") && body.length() >= 80) {
      label = "Anthropic API key";
    } else if ((body.contains("T3BlbkFJ") && body.length() >= 40)
        || (body.startsWith("proj-") && body.length() >= 60)) {
      label = "OpenAI API key";
    } else {
      return;
    }
    if (random(body, 4.0)) {
      hits.add(
          new Hit(
              label.toLowerCase(Locale.ROOT).replace(' ', '-'),
              label,
              ascii(b, from, e),
              from,
              e,
              from));
    }
  }

  private void jwt(byte[] b, int start, int end, int from) {
    if (!boundaryBefore(b, start, from)) {
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

  /** {@code scheme://user:password@host}, including JDBC ({@code jdbc:postgresql://…}). */
  private void urlCredentials(byte[] b, int start, int end, int from, int to) {
    int schemeStart = from;
    while (schemeStart > start && schemeChar(b[schemeStart - 1])) {
      schemeStart--;
    }
    if (schemeStart == from || !letter(b[schemeStart])) {
      return;
    }
    int at = -1;
    int colon = -1;
    for (int i = to; i < end; i++) {
      byte c = b[i];
      if (c == '@') {
        at = i;
        break;
      }
      if (c == ':' && colon < 0) {
        colon = i;
      }
      if (c == '/' || c == ' ' || c == '\t' || c == '"' || c == '\'' || c == '`' || c == '<'
          || c == '>' || c == '?' || c == '#' || c == '\\') {
        return;
      }
    }
    if (at < 0 || colon < 0 || colon + 1 >= at) {
      return;
    }
    int hostEnd = span(b, at + 1, end, c -> alnum(c) || c == '.' || c == '-' || c == '_');
    if (hostEnd == at + 1) {
      return;
    }
    String user = new String(b, to, colon - to, StandardCharsets.UTF_8);
    String password = new String(b, colon + 1, at - colon - 1, StandardCharsets.UTF_8);
    String host = ascii(b, at + 1, hostEnd).toLowerCase(Locale.ROOT);
    for (String example : EXAMPLE_HOSTS) {
      if (host.equals(example) || host.endsWith("." + example) || host.endsWith(".example")) {
        return;
      }
    }
    String plain = password.toLowerCase(Locale.ROOT);
    if (password.length() < 3
        || password.equals(user)
        || plain.contains("pass")
        || plain.contains("pwd")
        || isPlaceholder(password)
        || user.startsWith("$")
        || repeated(password)
        || stopword(password)) {
      return;
    }
    hits.add(new Hit("url-credentials", "password in a URL", password, schemeStart, at, colon + 1));
  }

  /** The signature of an Azure shared access signature ({@code sv=…&sig=…}). */
  private void azureSas(byte[] b, int start, int end, int from, int to) {
    if (from > start && b[from - 1] != '&' && b[from - 1] != '?') {
      return;
    }
    if (indexOf(b, start, end, "sv=") < 0) {
      return;
    }
    int e = span(b, to, end, c -> base64(c) || c == '%');
    String sig = ascii(b, to, e);
    if (e - to >= 40 && random(sig, 4.0) && !isPlaceholder(sig)) {
      hits.add(new Hit("azure-sas", "Azure SAS token signature", sig, from, e, to));
    }
  }

  /** {@code "auth": "<base64 of user:password>"} in a docker {@code config.json}. */
  private void dockerAuth(byte[] b, int end, int from, int to) {
    int p = span(b, to, end, c -> c == ' ' || c == '\t');
    if (p >= end || b[p] != ':') {
      return;
    }
    p = span(b, p + 1, end, c -> c == ' ' || c == '\t');
    if (p >= end || b[p] != '"') {
      return;
    }
    int e = span(b, p + 1, end, SecretScanner::base64);
    if (e - p - 1 < 8 || e >= end || b[e] != '"') {
      return;
    }
    String value = ascii(b, p + 1, e);
    String decoded;
    try {
      decoded = new String(Base64.getDecoder().decode(value), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException notBase64) {
      return;
    }
    int colon = decoded.indexOf(':');
    if (colon <= 0 || colon == decoded.length() - 1) {
      return;
    }
    String password = decoded.substring(colon + 1);
    if (isPlaceholder(password) || stopword(password) || repeated(password)) {
      return;
    }
    hits.add(new Hit("docker-auth", "Docker registry credentials", value, from, e, p + 1));
  }

  private void pem(byte[] b, int end, int from, int to, int number) {
    int close = indexOf(b, to, end, "-----");
    if (close < 0) {
      return;
    }
    String label = ascii(b, to, close);
    if (!label.endsWith("PRIVATE KEY") && !label.equals("PGP PRIVATE KEY BLOCK")) {
      return;
    }
    int after = close + 5;
    // the key body may follow on the same line, as in JSON ("...-----\nMIIE..."), after armor
    // headers ("Version: …\n\n")
    int p = after;
    while (true) {
      if (p + 1 < end && b[p] == '\\' && b[p + 1] == 'n') {
        p += 2;
      } else if (armorHeader(b, p, end)) {
        int nl = indexOf(b, p, end, "\\n");
        if (nl < 0) {
          break;
        }
        p = nl;
      } else {
        break;
      }
    }
    int body = span(b, p, end, SecretScanner::base64);
    if (body - p >= 16) {
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
    if (p == end || armorHeader(b, p, end)) {
      // a blank line or an armor header (Proc-Type:, DEK-Info:, Version:, Comment:) before the body
      return;
    }
    String label = pendingPem;
    int line = pendingPemLine;
    pendingPem = null;
    int body = span(b, p, end, SecretScanner::base64);
    // a key body line is base64 to its end (quotes, a comma or an escaped newline may follow)
    int rest = span(b, body, end, c -> c == '"' || c == '\'' || c == ',' || c == ' ' || c == '+');
    boolean wholeLine = rest == end || (rest + 1 < end && b[rest] == '\\' && b[rest + 1] == 'n');
    if (body - p >= 16 && wholeLine) {
      found.add(
          new Secret(
              "private-key", "private key (" + label + ")", ascii(b, p, body), line, p, p, body));
    }
  }

  /** An armor header line {@code Name: value}, as in PEM and PGP blocks. */
  private static boolean armorHeader(byte[] b, int p, int end) {
    int e = span(b, p, end, c -> alnum(c) || c == '-');
    return e > p && e + 1 < end && b[e] == ':' && b[e + 1] == ' ' && letter(b[p]);
  }

  private void generic(byte[] b, int start, int end, int from, int to, boolean suffixOnly) {
    int keyStart = from;
    while (keyStart > start && keyChar(b[keyStart - 1])) {
      keyStart--;
    }
    int keyEnd = span(b, to, end, SecretScanner::keyChar);
    if (suffixOnly && keyEnd != to) {
      return;
    }
    if (!assignmentFollows(b, keyEnd, end)) {
      return;
    }
    String key = ascii(b, keyStart, keyEnd).toLowerCase(Locale.ROOT);
    for (String word : KEY_NOT_SECRET) {
      if (key.endsWith(word)) {
        return;
      }
    }
    if (keyStart > start && (b[keyStart - 1] == '?' || b[keyStart - 1] == '&')) {
      // a query parameter of a signed URL: an account name, a date, a signature of one request
      if (key.startsWith("x-goog-")
          || key.startsWith("x-amz-")
          || key.equals("signature")
          || key.equals("googleaccessid")) {
        return;
      }
    }
    int p = keyEnd;
    int valueStart;
    int valueEnd;
    boolean quoted = false;
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
      quoted = true;
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
        if (p + 1 < end && b[p + 1] == ':') {
          return; // a method reference or a scope, not an assignment
        }
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
        quoted = true;
      } else {
        valueStart = p;
        valueEnd =
            span(
                b,
                p,
                end,
                c ->
                    c != ' ' && c != '\t' && c != ',' && c != ';' && c != ')' && c != '}'
                        && c != '\'' && c != '"' && c != '`');
        if (indexOf(b, valueStart, valueEnd, "(") >= 0) {
          return; // an expression, not a literal
        }
        if (valueEnd < end
            && b[valueEnd] == '}'
            && b[valueStart] == '{'
            && interpolation(b, valueStart + 1, valueEnd)
            && (valueEnd + 1 == end || !keyChar(b[valueEnd + 1]))) {
          return; // a whole interpolation ({te.args[0]} in an f-string or a format string)
        }
        if (valueEnd + 1 < end
            && b[valueEnd] == '}'
            && b[valueStart] == '{'
            && interpolation(b, valueStart + 1, valueEnd)
            && b[valueEnd + 1] != ' '
            && b[valueEnd + 1] != '\t') {
          // a {noop} or {bcrypt} encoder prefix (Spring Security): the value goes on after it
          valueEnd =
              span(
                  b,
                  valueEnd + 1,
                  end,
                  c ->
                      c != ' ' && c != '\t' && c != ',' && c != ';' && c != ')' && c != '}'
                          && c != '\'' && c != '"' && c != '`');
        }
      }
    }
    for (Hit hit : hits) {
      if (valueStart < hit.to() && valueEnd > hit.from()) {
        return;
      }
    }
    String value = new String(b, valueStart, valueEnd - valueStart, StandardCharsets.UTF_8);
    if (!quoted && (isReference(value) || isGenericType(value))) {
      return; // an identifier, a member, a method reference or a type: code, not a literal
    }
    if (escapes(value) >= 2) {
      return; // a string of escape sequences (terminal colors, byte values)
    }
    if (isHexDigest(value) && !endsWithSecretWord(key)) {
      return; // a digest under a key that names something else
    }
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
    if (isPlaceholder(value) || stopword(value) || repeated(value)) {
      return false;
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

  private static boolean stopword(String value) {
    String lower = value.toLowerCase(Locale.ROOT);
    for (String stop : STOPWORDS) {
      if (lower.contains(stop)) {
        return true;
      }
    }
    return false;
  }

  /** Whether a token body is random enough: no placeholder run, entropy over the floor. */
  private static boolean random(String body, double entropyFloor) {
    return !repeated(body)
        && !body.contains("EXAMPLE")
        && shannonEntropy(body) >= Math.min(entropyFloor, maxEntropy(body.length()) - 0.5);
  }

  /** The highest Shannon entropy a string of this length can have. */
  private static double maxEntropy(int n) {
    return n <= 1 ? 0 : Math.log(n) / Math.log(2);
  }

  /**
   * A placeholder run: six or more of one character in a row ({@code XXXXXX}, {@code 000000},
   * {@code ******}), or one character making up half of the value.
   */
  static boolean repeated(String value) {
    int run = 1;
    int[] counts = new int[128];
    for (int i = 0; i < value.length(); i++) {
      char c = Character.toLowerCase(value.charAt(i));
      if (c < 128 && ++counts[c] * 2 > value.length() && value.length() >= 4) {
        return true;
      }
      if (i > 0 && c == Character.toLowerCase(value.charAt(i - 1))) {
        if (++run >= 6) {
          return true;
        }
      } else {
        run = 1;
      }
    }
    return false;
  }

  /**
   * An unquoted identifier, member chain or method reference ({@code serviceAccountCredentials2},
   * {@code this.token}, {@code Foo::getPassword}, {@code config->secret}, {@code !!config.flag}, a
   * value that starts with a comment {@code /*#__PURE__*}{@code /}): a reference to a value, not a
   * value. An identifier of one word-like run with digits only at its end counts, so a random
   * literal ({@code Xk9fLq2mPz8}) does not.
   */
  static boolean isReference(String value) {
    if (value.contains("::") || value.contains("->") || value.startsWith("/*")) {
      return true;
    }
    int not = 0;
    while (not < value.length() && value.charAt(not) == '!') {
      not++;
    }
    if (not > 0) {
      return not < value.length() && isReference(value.substring(not)); // !!config.flag
    }
    String[] parts = value.split("\\.", -1);
    for (String part : parts) {
      if (!identifier(part)) {
        return false;
      }
    }
    if (parts.length > 1) {
      return true;
    }
    return wordLike(value);
  }

  /**
   * A type with type arguments ({@code Option<DockerCredentials>}, {@code Map<String, Secret>},
   * {@code Vec<&'a str>}), as a field's declared type in Rust, TypeScript or Kotlin: every name in
   * it a reference, the angle brackets balanced.
   */
  static boolean isGenericType(String value) {
    int open = value.indexOf('<');
    if (open <= 0 || !value.endsWith(">") && !value.endsWith(">?")) {
      return false;
    }
    int depth = 0;
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '<') {
        depth++;
      } else if (c == '>' && --depth < 0) {
        return false;
      }
    }
    if (depth != 0) {
      return false;
    }
    for (String name : value.split("[<>,&'?\\[\\] ]+")) {
      if (!name.isEmpty() && !isReference(name) && !name.matches("[a-z][a-z0-9]{0,7}")) {
        return false;
      }
    }
    return true;
  }

  /** An f-string or format-string field: a name, a member chain, an index ({@code te.args[0]}). */
  private static boolean interpolation(byte[] b, int from, int to) {
    if (from >= to) {
      return false;
    }
    for (int i = from; i < to; i++) {
      byte c = b[i];
      if (!(word(c) || c == '.' || c == '[' || c == ']' || c == '!' || c == ':')) {
        return false;
      }
    }
    return true;
  }

  private static boolean identifier(String s) {
    if (s.isEmpty()
        || !(Character.isLetter(s.charAt(0)) || s.charAt(0) == '_' || s.charAt(0) == '$')) {
      return false;
    }
    for (int i = 1; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!(Character.isLetterOrDigit(c) || c == '_' || c == '$')) {
        return false;
      }
    }
    return true;
  }

  /** Words in camelCase or snake_case, digits only at the very end, each word with a vowel. */
  private static boolean wordLike(String s) {
    int digitsFrom = s.length();
    while (digitsFrom > 0 && Character.isDigit(s.charAt(digitsFrom - 1))) {
      digitsFrom--;
    }
    String words = s.substring(0, digitsFrom);
    if (words.isEmpty()) {
      return false;
    }
    int wordStart = 0;
    for (int i = 0; i <= words.length(); i++) {
      boolean boundary =
          i == words.length()
              || words.charAt(i) == '_'
              || words.charAt(i) == '$'
              || Character.isDigit(words.charAt(i))
              || (i > wordStart
                  && Character.isUpperCase(words.charAt(i))
                  && Character.isLowerCase(words.charAt(i - 1)));
      if (boundary) {
        String word = words.substring(wordStart, i);
        if (!word.isEmpty() && !pronounceable(word)) {
          return false;
        }
        if (i < words.length() && Character.isDigit(words.charAt(i))) {
          return false;
        }
        wordStart = i < words.length() && Character.isUpperCase(words.charAt(i)) ? i : i + 1;
      }
    }
    return true;
  }

  private static boolean pronounceable(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    if (w.length() <= 3) {
      return w.chars().allMatch(Character::isLetter);
    }
    boolean vowel = false;
    int consonants = 0;
    for (int i = 0; i < w.length(); i++) {
      char c = w.charAt(i);
      if ("aeiouy".indexOf(c) >= 0) {
        vowel = true;
        consonants = 0;
      } else if (++consonants > 4 || !Character.isLetter(c)) {
        return false;
      }
    }
    return vowel;
  }

  /** How many backslash escapes ({@code \n}, {@code \x1b}, {@code \u00e9}, …) the value holds. */
  private static int escapes(String value) {
    int n = 0;
    for (int i = 0; i + 1 < value.length(); i++) {
      if (value.charAt(i) == '\\'
          && "abefnrtvux0123456789\\\"'".indexOf(value.charAt(i + 1)) >= 0) {
        n++;
        i++;
      }
    }
    return n;
  }

  private static boolean isHexDigest(String value) {
    int n = value.length();
    if (n != 32 && n != 40 && n != 56 && n != 64 && n != 96 && n != 128) {
      return false;
    }
    for (int i = 0; i < n; i++) {
      char c = value.charAt(i);
      if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) {
        return false;
      }
    }
    return true;
  }

  private static boolean endsWithSecretWord(String key) {
    for (String word : List.of("password", "passwd", "secret", "token", "key", "credential")) {
      if (key.endsWith(word) || key.endsWith(word + "s")) {
        return true;
      }
    }
    return false;
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
        || v.contains("EXAMPLE")
        || v.contains("...")
        || v.contains("…");
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

  /** Whether the needle found at {@code from} is there in its exact case. */
  private static boolean exact(byte[] b, int from, int needle) {
    String s = NEEDLES.get(needle);
    for (int i = 0; i < s.length(); i++) {
      if (b[from + i] != s.charAt(i)) {
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

  private static boolean letter(byte c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  private static boolean alpha(byte c) {
    return letter(c);
  }

  private static boolean alnum(byte c) {
    return letter(c) || (c >= '0' && c <= '9');
  }

  private static boolean hex(byte c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f');
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

  private static boolean base64UrlOrDash(byte c) {
    return base64Url(c);
  }

  private static boolean schemeChar(byte c) {
    return alnum(c) || c == '+' || c == '.' || c == '-';
  }

  private static boolean keyChar(byte c) {
    return alnum(c) || c == '_' || c == '-' || c == '.';
  }
}
