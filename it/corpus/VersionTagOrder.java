import dev.tollgate.core.versioning.SemanticVersion;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Reads tag names (one per line, in `git tag --sort=v:refname` order) and prints, as a table row,
 * how many parse as SemVer (a leading `v` stripped) with Tollgate's SemanticVersion, and whether
 * Tollgate orders the final releases exactly as git does. Run by version-tags.sh.
 */
public class VersionTagOrder {
  public static void main(String[] args) throws Exception {
    List<String> tags = new ArrayList<>();
    try (BufferedReader in =
        new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))) {
      for (String line; (line = in.readLine()) != null; ) {
        if (!line.isBlank()) {
          tags.add(line.trim());
        }
      }
    }
    record Tag(String name, SemanticVersion version) {}
    List<Tag> parsed = new ArrayList<>();
    List<String> rejected = new ArrayList<>();
    for (String tag : tags) {
      String text = tag.startsWith("v") ? tag.substring(1) : tag;
      Optional<SemanticVersion> v = SemanticVersion.tryParse(text);
      if (v.isPresent()) {
        parsed.add(new Tag(tag, v.get()));
      } else {
        rejected.add(tag);
      }
    }
    List<String> gitFinals =
        parsed.stream().filter(t -> !t.version().isPreRelease()).map(Tag::name).toList();
    List<String> ours =
        parsed.stream()
            .filter(t -> !t.version().isPreRelease())
            .sorted(Comparator.comparing(Tag::version))
            .map(Tag::name)
            .toList();
    int differences = 0;
    for (int i = 0; i < ours.size(); i++) {
      if (!ours.get(i).equals(gitFinals.get(i))) {
        differences++;
      }
    }
    System.out.printf(
        "| %s | %d | %d | %d | %s | %s |%n",
        args.length > 0 ? args[0] : "-",
        tags.size(),
        parsed.size(),
        gitFinals.size(),
        differences == 0 ? "same order as git" : differences + " positions differ",
        rejected.isEmpty() ? "-" : String.join(", ", rejected.subList(0, Math.min(5, rejected.size()))));
  }
}
