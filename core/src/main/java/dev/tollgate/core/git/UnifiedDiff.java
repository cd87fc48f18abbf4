package dev.tollgate.core.git;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.eclipse.jgit.diff.DiffAlgorithm;
import org.eclipse.jgit.diff.DiffFormatter;
import org.eclipse.jgit.diff.EditList;
import org.eclipse.jgit.diff.RawText;
import org.eclipse.jgit.diff.RawTextComparator;

/** Unified diffs as git prints them (histogram algorithm), for dry runs. */
public final class UnifiedDiff {

  private UnifiedDiff() {}

  /** A unified diff of one file's bytes, with git-style a/ and b/ headers. */
  public static String of(String path, byte[] before, byte[] after) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (DiffFormatter formatter = new DiffFormatter(out)) {
      RawText a = new RawText(before);
      RawText b = new RawText(after);
      EditList edits =
          DiffAlgorithm.getAlgorithm(DiffAlgorithm.SupportedAlgorithm.HISTOGRAM)
              .diff(RawTextComparator.DEFAULT, a, b);
      out.writeBytes(("--- a/" + path + "\n+++ b/" + path + "\n").getBytes(StandardCharsets.UTF_8));
      formatter.format(edits, a, b);
    } catch (IOException e) {
      return "(cannot diff " + path + ": " + e.getMessage() + ")\n";
    }
    return out.toString(StandardCharsets.UTF_8);
  }
}
