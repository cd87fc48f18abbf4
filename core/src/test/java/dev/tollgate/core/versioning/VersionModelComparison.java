package dev.tollgate.core.versioning;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.function.Function;
import org.semver4j.Semver;

/**
 * The measurement behind issue 10 part 6 (one version model): {@link SemanticVersion} against
 * semver4j on the SemVer 2.0.0 precedence rules, on real tag names and on speed. Not a test; run
 * with the test classpath: {@code java -cp ... VersionModelComparison [tagsDir]}, where {@code
 * tagsDir} holds {@code <repo>.txt} ({@code git tag -l}) and {@code <repo>.vsort} ({@code git tag
 * --sort=v:refname}).
 */
public final class VersionModelComparison {

  private VersionModelComparison() {}

  public static void main(String[] args) throws Exception {
    precedence();
    if (args.length > 0) {
      realTags(Path.of(args[0]));
    }
    speed();
  }

  private static void precedence() {
    List<String> ordered =
        List.of(
            "1.0.0-alpha",
            "1.0.0-alpha.1",
            "1.0.0-alpha.beta",
            "1.0.0-beta",
            "1.0.0-beta.2",
            "1.0.0-beta.11",
            "1.0.0-rc.1",
            "1.0.0");
    int ownOk = 0;
    int libOk = 0;
    for (int i = 1; i < ordered.size(); i++) {
      ownOk += own(ordered.get(i - 1)).compareTo(own(ordered.get(i))) < 0 ? 1 : 0;
      libOk += lib(ordered.get(i - 1)).compareTo(lib(ordered.get(i))) < 0 ? 1 : 0;
    }
    System.out.printf("spec chain: SemanticVersion %d/7, semver4j %d/7%n", ownOk, libOk);
    String[][] pairs = {
      {"1.0.0-1", "1.0.0-a"}, // numeric < alphanumeric
      {"1.0.0-2", "1.0.0-10"}, // numeric compared as numbers
      {"1.0.0-a10", "1.0.0-a2"}, // alphanumeric compared in ASCII
      {"1.0.0-rc.99999999999999999999998", "1.0.0-rc.99999999999999999999999"}, // beyond long
    };
    for (String[] p : pairs) {
      System.out.printf(
          "%s < %s: SemanticVersion %s, semver4j %s%n",
          p[0], p[1], lower(p, VersionModelComparison::own), lower(p, VersionModelComparison::lib));
    }
    for (String bad : List.of("01.0.0", "1.01.0", "1.0.0-01", "1.0.0-alpha.01", "v1.0.0", "1.0")) {
      System.out.printf(
          "reject %s: SemanticVersion %s, semver4j %s%n",
          bad, SemanticVersion.tryParse(bad).isEmpty(), Semver.parse(bad) == null);
    }
    System.out.printf(
        "build ignored (1.0.0+a vs 1.0.0+b compare 0): SemanticVersion %s, semver4j %s%n",
        own("1.0.0+a").compareTo(own("1.0.0+b")) == 0,
        lib("1.0.0+a").compareTo(lib("1.0.0+b")) == 0);
    System.out.printf(
        "major beyond int (4294967296.0.0): SemanticVersion %s, semver4j %s%n",
        SemanticVersion.tryParse("4294967296.0.0").isPresent(),
        Semver.parse("4294967296.0.0") != null);
  }

  private static String lower(String[] pair, Function<String, Comparable<Object>> parse) {
    try {
      return String.valueOf(parse.apply(pair[0]).compareTo(parse.apply(pair[1])) < 0);
    } catch (RuntimeException e) {
      return "throws " + e.getClass().getSimpleName();
    }
  }

  @SuppressWarnings("unchecked")
  private static Comparable<Object> own(String s) {
    return (Comparable<Object>) (Comparable<?>) SemanticVersion.parse(s);
  }

  @SuppressWarnings("unchecked")
  private static Comparable<Object> lib(String s) {
    return (Comparable<Object>) (Comparable<?>) Semver.parse(s);
  }

  private static void realTags(Path dir) throws Exception {
    try (var files = Files.list(dir)) {
      for (Path list : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
        String repo = list.getFileName().toString().replace(".txt", "");
        List<String> tags = Files.readAllLines(list);
        List<String> gitOrder = Files.readAllLines(dir.resolve(repo + ".vsort"));
        TagFormat format = TagFormat.DEFAULT;
        List<String> ownTags = new ArrayList<>();
        List<String> libTags = new ArrayList<>();
        List<String> disagree = new ArrayList<>();
        for (String tag : tags) {
          Optional<SemanticVersion> mine = format.versionOf(tag);
          Semver theirs = tag.startsWith("v") ? Semver.parse(tag.substring(1)) : Semver.parse(tag);
          mine.ifPresent(v -> ownTags.add(tag));
          if (theirs != null) {
            libTags.add(tag);
          }
          if (mine.isPresent() != (theirs != null)) {
            disagree.add(tag);
          }
        }
        List<String> ownSorted = new ArrayList<>(ownTags);
        ownSorted.sort(Comparator.comparing(t -> format.versionOf(t).orElseThrow()));
        List<String> libSorted = new ArrayList<>(libTags);
        libSorted.sort(Comparator.comparing(t -> Semver.parse(t.substring(1))));
        List<String> gitFinals =
            gitOrder.stream().filter(ownTags::contains).filter(t -> !t.contains("-")).toList();
        List<String> ownFinals = ownSorted.stream().filter(t -> !t.contains("-")).toList();
        System.out.printf(
            "%s: %d tags; SemanticVersion parses %d, semver4j %d, parse disagreements %s;"
                + " same order as each other: %s; finals in git v:refname order: %s;"
                + " git order of all parsed tags: %s%n",
            repo,
            tags.size(),
            ownTags.size(),
            libTags.size(),
            disagree,
            ownSorted.equals(libSorted),
            ownFinals.equals(gitFinals),
            ownSorted.equals(gitOrder.stream().filter(ownTags::contains).toList()));
      }
    }
  }

  private static void speed() {
    Random random = new Random(42);
    String[] labels = {"alpha", "beta", "rc", "alpha.beta", "SNAPSHOT"};
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < 100_000; i++) {
      String v = random.nextInt(20) + "." + random.nextInt(50) + "." + random.nextInt(200);
      if (random.nextInt(4) == 0) {
        v += "-" + labels[random.nextInt(labels.length)] + "." + random.nextInt(30);
      }
      if (random.nextInt(10) == 0) {
        v += "+build." + random.nextInt(1000);
      }
      texts.add(v);
    }
    for (int warm = 0; warm < 3; warm++) {
      time(texts, VersionModelComparison::own);
      time(texts, VersionModelComparison::lib);
    }
    long[] own = new long[7];
    long[] lib = new long[7];
    for (int i = 0; i < own.length; i++) {
      own[i] = time(texts, VersionModelComparison::own);
      lib[i] = time(texts, VersionModelComparison::lib);
    }
    Arrays.sort(own);
    Arrays.sort(lib);
    System.out.printf(
        "parse+sort 100k (median of 7): SemanticVersion %d ms, semver4j %d ms%n",
        own[own.length / 2] / 1_000_000, lib[lib.length / 2] / 1_000_000);
  }

  private static long time(List<String> texts, Function<String, Comparable<Object>> parse) {
    long start = System.nanoTime();
    List<Comparable<Object>> parsed = new ArrayList<>(texts.size());
    for (String t : texts) {
      parsed.add(parse.apply(t));
    }
    parsed.sort(Comparator.naturalOrder());
    return System.nanoTime() - start;
  }
}
