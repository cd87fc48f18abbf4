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

  private static final String HINT =
      "remove it from the file (and from history), rotate the credential, and load it from the"
          + " environment or a secret store; if it is a false positive, add 'tollgate:allow' on the"
          + " line or accept it with -Dtollgate.secrets.updateBaseline";

  private final List<GlobPattern> allowedPaths;

  /** A check that skips the given paths entirely. */
  public SecretCheck(List<GlobPattern> allowedPaths) {
    this.allowedPaths = List.copyOf(allowedPaths);
  }

  @Override
  public String id() {
    return ID;
  }

  @Override
  public Visitor open(FileInfo file, FindingSink sink) {
    if (GlobPattern.anyMatches(allowedPaths, file.path())) {
      return null;
    }
    return new LineScan(file.path(), sink);
  }

  private static final class LineScan implements Visitor {
    private final String path;
    private final FindingSink sink;
    private final SecretScanner scanner = new SecretScanner();
    private int allowedKeyLine;

    LineScan(String path, FindingSink sink) {
      this.path = path;
      this.sink = sink;
    }

    @Override
    public void line(byte[] b, int start, int end, int eol, int number) {
      List<Secret> found = scanner.line(b, start, end, number);
      int pendingKey = scanner.pendingKeyLine();
      if (found.isEmpty() && pendingKey != number) {
        return;
      }
      boolean allowed = SecretScanner.indexOf(b, start, end, ALLOW_MARKER) >= 0;
      if (pendingKey == number && allowed) {
        allowedKeyLine = number;
      }
      for (Secret secret : found) {
        boolean earlierLine = secret.line() != number;
        if (earlierLine ? secret.line() == allowedKeyLine : allowed) {
          continue;
        }
        report(secret, earlierLine ? 1 : secret.from() - start + 1);
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
