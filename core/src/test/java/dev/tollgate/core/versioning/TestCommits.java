package dev.tollgate.core.versioning;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Builds {@link ReleaseCommit} values for tests of the pure policy and renderers. */
public final class TestCommits {

  private static final Pattern HEADER =
      Pattern.compile("^(?<type>[a-z]+)(?:\\((?<scope>[^)]*)\\))?(?<bang>!)?: (?<subject>.*)$");

  private TestCommits() {}

  /** A commit with this message; type, scope and breaking footers read from it. */
  public static ReleaseCommit commit(String message) {
    String sha = sha(message);
    String header = message.split("\n", 2)[0];
    Matcher m = HEADER.matcher(header);
    List<String> notes = new ArrayList<>();
    for (String paragraph : message.split("\n\n")) {
      for (String prefix : List.of("BREAKING CHANGE: ", "BREAKING-CHANGE: ")) {
        if (paragraph.startsWith(prefix)) {
          notes.add(paragraph.substring(prefix.length()).strip());
        }
      }
    }
    if (!m.matches()) {
      return new ReleaseCommit(sha, message, null, "", header, false, List.of(), false);
    }
    boolean breaking = m.group("bang") != null || !notes.isEmpty();
    return new ReleaseCommit(
        sha,
        message,
        m.group("type"),
        m.group("scope"),
        m.group("subject"),
        breaking,
        notes,
        false);
  }

  /** A stable fake commit id: the SHA-1 of the message. */
  static String sha(String message) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-1").digest(message.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A merge commit. */
  public static ReleaseCommit merge(String message) {
    ReleaseCommit c = commit(message);
    return new ReleaseCommit(c.sha(), message, null, "", message, false, List.of(), true);
  }
}
