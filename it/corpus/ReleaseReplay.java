import dev.tollgate.core.git.GitRepository;
import dev.tollgate.core.versioning.BumpLevel;
import dev.tollgate.core.versioning.BumpPolicy;
import dev.tollgate.core.versioning.BumpPreset;
import dev.tollgate.core.versioning.NextVersion;
import dev.tollgate.core.versioning.NextVersionOptions;
import dev.tollgate.core.versioning.NextVersionResult;
import dev.tollgate.core.versioning.SemanticVersion;
import dev.tollgate.core.versioning.TagFormat;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Replays every release pair of a fetched repository with release:next's engine: for each final
 * release tag (in version order) after the first, computes the next version from the previous
 * final release's tag to this tag (release:next -Dtollgate.release.from=PREV
 * -Dtollgate.release.to=TAG) and compares it with the version the project published. Prints one
 * markdown row and then every miss. Args: GIT_DIR NAME PRESET TAG_FORMAT BUMP_TYPES [MINIMUM_BUMP]
 */
public class ReleaseReplay {
  public static void main(String[] args) throws Exception {
    Path gitDir = Path.of(args[0]);
    String name = args[1];
    BumpPreset preset = BumpPreset.parse(args[2]);
    TagFormat format = TagFormat.of(args[3]);
    String bumpTypes = args.length > 4 ? args[4] : "";
    BumpLevel minimum = args.length > 5 ? BumpLevel.parse(args[5]) : BumpLevel.NONE;
    try (GitRepository git = GitRepository.open(gitDir)) {
      List<String> names = git.tags(n -> format.versionOf(n).isPresent()).stream()
          .map(t -> t.name()).toList();
      List<String[]> finals = new ArrayList<>();
      for (String tag : names) {
        SemanticVersion v = format.versionOf(tag).orElseThrow();
        if (!v.isPreRelease()) {
          finals.add(new String[] {tag, v.toString()});
        }
      }
      finals.sort((a, b) -> SemanticVersion.parse(a[1]).compareTo(SemanticVersion.parse(b[1])));
      int pairs = 0;
      int agree = 0;
      List<String> misses = new ArrayList<>();
      for (int i = 1; i < finals.size(); i++) {
        String prev = finals.get(i - 1)[0];
        String tag = finals.get(i)[0];
        if (!git.isAncestor(git.findCommit("refs/tags/" + prev).orElseThrow(),
            git.findCommit("refs/tags/" + tag).orElseThrow())) {
          continue; // a maintenance line: the previous version is not in this tag's history
        }
        pairs++;
        NextVersionOptions options = NextVersionOptions.builder()
            .from(prev).to(tag).tagFormat(format).preset(preset)
            .typeLevels(BumpPolicy.parseTypeLevels(bumpTypes)).minimumBump(minimum)
            .allowBackwards(true).build();
        String got;
        try {
          NextVersionResult r = NextVersion.compute(git, options);
          got = r.nextVersion().map(Object::toString).orElse("none");
        } catch (RuntimeException e) {
          got = "error: " + e.getMessage();
        }
        if (got.equals(finals.get(i)[1])) {
          agree++;
        } else {
          misses.add("| " + prev + " | " + tag + " | " + got + " |");
        }
      }
      String head = git.head().orElse("?");
      System.out.printf("| %s | %s | %s | %d | %d | %.1f %% |%n", name, head.substring(0, 7),
          args[2] + " " + args[3] + (bumpTypes.isEmpty() ? "" : " " + bumpTypes)
              + (minimum == BumpLevel.NONE ? "" : " minimumBump=" + minimum),
          pairs, agree, pairs == 0 ? 0.0 : 100.0 * agree / pairs);
      System.out.println();
      System.out.println("| previous | published | release:next |");
      System.out.println("|---|---|---|");
      misses.forEach(System.out::println);
    }
  }
}
