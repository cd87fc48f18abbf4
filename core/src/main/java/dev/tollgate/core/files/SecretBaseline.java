package dev.tollgate.core.files;

import dev.tollgate.core.io.AtomicFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The secrets baseline: fingerprints of findings that were accepted, one per line ({@code
 * fingerprint<TAB>path<TAB>line}; only the fingerprint counts, the rest is for people). It never
 * holds a secret: a fingerprint is a truncated SHA-256 of path, kind and secret.
 */
public final class SecretBaseline {

  private SecretBaseline() {}

  /** The fingerprints in the file; none when it does not exist. */
  public static Set<String> read(Path file) throws IOException {
    Set<String> fingerprints = new HashSet<>();
    try {
      for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
        String t = line.strip();
        if (t.isEmpty() || t.startsWith("#")) {
          continue;
        }
        int tab = t.indexOf('\t');
        fingerprints.add(tab < 0 ? t : t.substring(0, tab));
      }
    } catch (NoSuchFileException e) {
      return Set.of();
    }
    return fingerprints;
  }

  /** Replaces the file with the fingerprints of these findings (atomically). */
  public static void write(Path file, List<FileFinding> secrets) throws IOException {
    StringBuilder out = new StringBuilder();
    out.append(
        "# Tollgate secrets baseline: accepted findings of quality:files (no secrets here).\n");
    out.append("# Regenerate with: mvn quality:files -Dtollgate.secrets.updateBaseline\n");
    secrets.stream()
        .sorted(
            java.util.Comparator.comparing(FileFinding::path).thenComparingInt(FileFinding::line))
        .forEach(
            f ->
                out.append(f.fingerprint())
                    .append('\t')
                    .append(f.path())
                    .append('\t')
                    .append(f.line())
                    .append('\n'));
    AtomicFiles.write(file, out.toString().getBytes(StandardCharsets.UTF_8));
  }
}
