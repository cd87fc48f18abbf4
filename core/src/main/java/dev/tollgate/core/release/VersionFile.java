package dev.tollgate.core.release;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import com.google.re2j.PatternSyntaxException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * A file outside the POMs that carries the version, e.g. a README snippet: {@code path=regex}. Each
 * match's first group (or the whole match when the pattern has no group) becomes the new version.
 * Patterns are RE2 (linear time); a pattern that matches nothing is an error, not a silent no-op.
 */
public record VersionFile(String path, String pattern) {

  /** Parses {@code path=regex} (the first '=' separates them). */
  public static VersionFile parse(String spec) throws ReleaseException {
    int eq = spec.indexOf('=');
    if (eq <= 0 || eq == spec.length() - 1) {
      throw new ReleaseException(
          "versionFiles entry '"
              + spec
              + "' is not 'path=regex'; example: README.md=<version>([^<]+)</version>");
    }
    return new VersionFile(spec.substring(0, eq).trim(), spec.substring(eq + 1));
  }

  /** The new content of the file under {@code root} with every match set to {@code version}. */
  FileChange apply(Path root, String version) throws ReleaseException {
    return apply(root, version, null);
  }

  /**
   * Like {@link #apply(Path, String)}, on top of an earlier change to the same file ({@code null}
   * for none), so that several entries for one file compose instead of each starting from the
   * original.
   */
  FileChange apply(Path root, String version, FileChange previous) throws ReleaseException {
    Path file = root.resolve(path).toAbsolutePath().normalize();
    if (previous == null && !Files.isRegularFile(file)) {
      throw new ReleaseException(
          "versionFiles: " + path + " does not exist; fix the path (relative to " + root + ")");
    }
    Pattern regex;
    try {
      regex = Pattern.compile(pattern, Pattern.MULTILINE);
    } catch (PatternSyntaxException e) {
      throw new ReleaseException(
          "versionFiles: pattern for " + path + " is invalid: " + e.getMessage(), e);
    }
    byte[] before;
    try {
      before = previous != null ? previous.after() : Files.readAllBytes(file);
    } catch (IOException e) {
      throw new ReleaseException("versionFiles: cannot read " + path + ": " + e.getMessage(), e);
    }
    String text = new String(before, StandardCharsets.UTF_8);
    if (!Arrays.equals(text.getBytes(StandardCharsets.UTF_8), before)) {
      throw new ReleaseException("versionFiles: " + path + " is not UTF-8 text; remove the entry");
    }
    Matcher m = regex.matcher(text);
    StringBuilder out = new StringBuilder();
    int last = 0;
    int matches = 0;
    while (m.find()) {
      int start = m.groupCount() >= 1 ? m.start(1) : m.start();
      int end = m.groupCount() >= 1 ? m.end(1) : m.end();
      if (start < 0) {
        continue;
      }
      out.append(text, last, start).append(version);
      last = end;
      matches++;
    }
    if (matches == 0) {
      throw new ReleaseException(
          "versionFiles: pattern '"
              + pattern
              + "' matches nothing in "
              + path
              + "; fix the pattern or remove the entry");
    }
    out.append(text.substring(last));
    byte[] original = previous != null ? previous.before() : before;
    return new FileChange(file, original, out.toString().getBytes(StandardCharsets.UTF_8));
  }
}
