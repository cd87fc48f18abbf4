package dev.tollgate.core.files;

import dev.tollgate.core.pattern.GlobPattern;
import dev.tollgate.core.secrets.Secret;
import dev.tollgate.core.secrets.SecretScanner;
import dev.tollgate.core.secrets.Secrets;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * Credentials committed in clear, as {@link SecretScanner} defines them: private key blocks, cloud
 * and service tokens with a known shape, and generic {@code password=…} assignments whose value
 * looks random. Allowed: lines marked {@code tollgate:allow}, allow-listed paths and the baseline
 * (applied by the scanner, by fingerprint). Findings show secrets masked ({@link Secrets#mask}),
 * never whole.
 */
public final class SecretCheck implements LineCheck {

  /** The check's id. */
  public static final String ID = "secrets";

  /** The marker that allows every secret on its line. */
  public static final String ALLOW_MARKER = "tollgate:allow";

  /** The marker that allows every secret on the next line. */
  public static final String ALLOW_NEXT_LINE_MARKER = "tollgate:allow-next-line";

  /** The {@link FileFinding#kind()} of a secret a marker allowed: a note, never a failure. */
  public static final String ALLOWED_KIND = "allowed";

  private static final String HINT =
      "remove it from the file (and from history), rotate the credential, and load it from the"
          + " environment or a secret store; if it is a false positive, add 'tollgate:allow'"
          + " (optionally with a reason) on the line or 'tollgate:allow-next-line' on the line"
          + " above, or accept it with -Dtollgate.secrets.updateBaseline";

  private final List<GlobPattern> allowedPaths;

  /** A check that skips the given paths entirely. */
  public SecretCheck(List<GlobPattern> allowedPaths) {
    this.allowedPaths = List.copyOf(allowedPaths);
  }

  @Override
  public String id() {
    return ID;
  }

  /** Secrets are looked for in UTF-16 text and in text with a stray NUL byte too. */
  @Override
  public boolean readsTextGitCallsBinary() {
    return true;
  }

  @Override
  public Visitor open(FileInfo file, FindingSink sink) {
    if (GlobPattern.anyMatches(allowedPaths, file.path())) {
      return null;
    }
    return new LineScan(file.path(), sink);
  }

  /**
   * An allow marker on a line: {@code tollgate:allow} or {@code tollgate:allow-next-line} as a
   * whole word (not {@code tollgate:allowed-by-nobody}), with the reason that follows it, if any.
   *
   * @param nextLine whether it allows the next line rather than its own
   * @param reason the text after the marker (comment closers removed); empty when none
   */
  record AllowMarker(boolean nextLine, String reason) {

    /** The marker on {@code b[start, end)}, or {@code null}. */
    static AllowMarker find(byte[] b, int start, int end) {
      int from = start;
      while (true) {
        int at = SecretScanner.indexOf(b, from, end, ALLOW_MARKER);
        if (at < 0) {
          return null;
        }
        int after = at + ALLOW_MARKER.length();
        boolean next = false;
        if (startsWith(b, after, end, "-next-line")) {
          after += "-next-line".length();
          next = true;
        }
        boolean wordBefore = at > start && wordChar(b[at - 1]);
        boolean wordAfter = after < end && (wordChar(b[after]) || b[after] == '-');
        if (!wordBefore && !wordAfter) {
          return new AllowMarker(next, reason(b, after, end));
        }
        from = after;
      }
    }

    private static String reason(byte[] b, int from, int end) {
      String text = new String(b, from, end - from, StandardCharsets.UTF_8).strip();
      for (String closer : List.of("-->", "*/", "#}", "%>", "--}}")) {
        if (text.endsWith(closer)) {
          text = text.substring(0, text.length() - closer.length()).strip();
        }
      }
      while (!text.isEmpty() && (text.charAt(0) == ':' || text.charAt(0) == '-')) {
        text = text.substring(1).strip();
      }
      if (text.startsWith("(") && text.endsWith(")")) {
        text = text.substring(1, text.length() - 1).strip();
      }
      return text.length() > 200 ? text.substring(0, 200) + "…" : text;
    }

    private static boolean wordChar(byte c) {
      return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
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
  }

  private static final class LineScan implements Visitor {
    private final String path;
    private final FindingSink sink;
    private final SecretScanner scanner = new SecretScanner();
    private AllowMarker allowKey;
    private int allowedKeyLine;
    private AllowMarker nextLine;
    private int nextLineNumber;

    LineScan(String path, FindingSink sink) {
      this.path = path;
      this.sink = sink;
    }

    @Override
    public void line(byte[] b, int start, int end, int eol, int number) {
      List<Secret> found = scanner.line(b, start, end, number);
      int pendingKey = scanner.pendingKeyLine();
      AllowMarker fromAbove = nextLineNumber == number ? nextLine : null;
      if (found.isEmpty() && pendingKey != number) {
        remember(b, start, end, number);
        return;
      }
      AllowMarker marker = AllowMarker.find(b, start, end);
      AllowMarker own = marker != null && !marker.nextLine() ? marker : fromAbove;
      if (pendingKey == number && own != null) {
        allowKey = own;
        allowedKeyLine = number;
      }
      for (Secret secret : found) {
        boolean earlierLine = secret.line() != number;
        AllowMarker allowing =
            earlierLine ? (secret.line() == allowedKeyLine ? allowKey : null) : own;
        int column = earlierLine ? 1 : secret.from() - start + 1;
        if (allowing != null) {
          allowed(secret, column, allowing);
        } else {
          report(secret, column);
        }
      }
      remember(b, start, end, number);
    }

    private void remember(byte[] b, int start, int end, int number) {
      if (SecretScanner.indexOf(b, start, end, ALLOW_MARKER) < 0) {
        return;
      }
      AllowMarker marker = AllowMarker.find(b, start, end);
      if (marker != null && marker.nextLine()) {
        nextLine = marker;
        nextLineNumber = number + 1;
      }
    }

    @Override
    public void end(int lines) {
      scanner.end();
    }

    private void report(Secret secret, int column) {
      String value = secret.value();
      sink.report(
          new FileFinding(
              ID,
              "secret",
              path,
              secret.line(),
              column,
              secret.label() + (value.isEmpty() ? "" : " " + Secrets.mask(value)),
              HINT,
              fingerprint(path, secret.kind(), value)));
    }

    private void allowed(Secret secret, int column, AllowMarker marker) {
      String value = secret.value();
      sink.report(
          FileFinding.of(
              ID,
              ALLOWED_KIND,
              path,
              secret.line(),
              column,
              secret.label()
                  + (value.isEmpty() ? "" : " " + Secrets.mask(value))
                  + " allowed by "
                  + (marker.nextLine() ? ALLOW_NEXT_LINE_MARKER : ALLOW_MARKER)
                  + (marker.reason().isEmpty() ? " (no reason given)" : ": " + marker.reason()),
              ""));
    }
  }

  /** A stable fingerprint of one secret in one file (the baseline stores these). */
  static String fingerprint(String path, String kind, String secret) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      byte[] digest =
          sha.digest((path + '\0' + kind + '\0' + secret).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
