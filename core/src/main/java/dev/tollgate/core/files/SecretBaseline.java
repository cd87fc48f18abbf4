package dev.tollgate.core.files;

import dev.tollgate.core.io.AtomicFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
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

  /**
   * One accepted finding.
   *
   * @param fingerprint what counts
   * @param path the file, for people and for scoped updates
   * @param line the line, for people
   */
  public record Entry(String fingerprint, String path, String line) {}

  /** The entries of the file, in order; none when it does not exist. */
  public static List<Entry> entries(Path file) throws IOException {
    List<Entry> entries = new ArrayList<>();
    try {
      for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
        String t = line.strip();
        if (t.isEmpty() || t.startsWith("#")) {
          continue;
        }
        String[] parts = t.split("\t", 3);
        entries.add(
            new Entry(
                parts[0], parts.length > 1 ? parts[1] : "", parts.length > 2 ? parts[2] : ""));
      }
    } catch (NoSuchFileException e) {
      return List.of();
    }
    return entries;
  }

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
    write(file, List.of(), secrets);
  }

  /**
   * Replaces the file with the kept entries and the fingerprints of these findings (atomically),
   * sorted by path and line.
   */
  public static void write(Path file, List<Entry> kept, List<FileFinding> secrets)
      throws IOException {
    StringBuilder out = new StringBuilder();
    out.append(
        "# Tollgate secrets baseline: accepted findings of quality:files (no secrets here).\n");
    out.append("# Regenerate with: mvn quality:files -Dtollgate.secrets.updateBaseline\n");
    List<Entry> all = new ArrayList<>(kept);
    for (FileFinding f : secrets) {
      all.add(new Entry(f.fingerprint(), f.path(), String.valueOf(f.line())));
    }
    all.sort(
        Comparator.comparing(Entry::path)
            .thenComparingInt(e -> e.line().matches("\\d+") ? Integer.parseInt(e.line()) : 0));
    for (Entry e : all) {
      out.append(e.fingerprint())
          .append('\t')
          .append(e.path())
          .append('\t')
          .append(e.line())
          .append('\n');
    }
    AtomicFiles.write(file, out.toString().getBytes(StandardCharsets.UTF_8));
  }
}
