package dev.tollgate.core.versioning;

import dev.tollgate.core.git.GitRepository;
import dev.tollgate.core.git.GitTag;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.semver4j.Semver;

/**
 * Release tags: tags whose name is a tag format such as {@code v${version}} with a semantic version
 * in place of {@code ${version}} (also written {@code @{version}}, which Maven leaves alone in a
 * pom). Tags that do not match the format are not releases.
 */
public final class ReleaseTags {

  /** The placeholder a tag format must contain once. */
  public static final String PLACEHOLDER = "${version}";

  /**
   * The same placeholder as written in a pom, where Maven would replace {@code ${version}} with the
   * project's version: {@code v@{version}}.
   */
  public static final String POM_PLACEHOLDER = "@{version}";

  /** The default tag format. */
  public static final String DEFAULT_FORMAT = "v" + PLACEHOLDER;

  /**
   * A release tag.
   *
   * @param name the tag's name, e.g. {@code v1.2.3}
   * @param version the semantic version in the name
   * @param commitId the full id of the commit the tag peels to
   */
  public record ReleaseTag(String name, Semver version, String commitId) {
    public ReleaseTag {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(version, "version");
      Objects.requireNonNull(commitId, "commitId");
    }

    /** Whether the version has a pre-release part ({@code 1.0.0-rc.1}). */
    public boolean isPreRelease() {
      return !version.getPreRelease().isEmpty();
    }
  }

  private ReleaseTags() {}

  /**
   * The release a tag stands for under a tag format, or empty when its name does not match.
   *
   * @throws IllegalArgumentException when the format does not contain {@code ${version}} once
   */
  public static Optional<ReleaseTag> parse(GitTag tag, String tagFormat) {
    String format = checkFormat(tagFormat);
    int at = format.indexOf(PLACEHOLDER);
    String prefix = format.substring(0, at);
    String suffix = format.substring(at + PLACEHOLDER.length());
    String name = tag.name();
    if (name.length() <= prefix.length() + suffix.length()
        || !name.startsWith(prefix)
        || !name.endsWith(suffix)) {
      return Optional.empty();
    }
    String text = name.substring(prefix.length(), name.length() - suffix.length());
    Semver version = Semver.parse(text);
    return version == null
        ? Optional.empty()
        : Optional.of(new ReleaseTag(name, version, tag.commitId()));
  }

  /** Every release among the tags, highest version first (pre-releases included). */
  public static List<ReleaseTag> releases(List<GitTag> tags, String tagFormat) {
    List<ReleaseTag> releases = new ArrayList<>();
    for (GitTag tag : tags) {
      parse(tag, tagFormat).ifPresent(releases::add);
    }
    releases.sort(
        Comparator.comparing(ReleaseTag::version, Comparator.reverseOrder())
            .thenComparing(ReleaseTag::name));
    return releases;
  }

  /**
   * The stable release with the highest version among the tags reachable from a commit (a tag on
   * the commit itself counts), or empty when there is none. Annotated tags are peeled; tags not
   * matching the format and pre-releases are ignored.
   */
  public static Optional<ReleaseTag> latestReachable(
      GitRepository git, String commitId, String tagFormat) {
    for (ReleaseTag release : releases(git.tags(), tagFormat)) {
      if (!release.isPreRelease() && git.isAncestor(release.commitId(), commitId)) {
        return Optional.of(release);
      }
    }
    return Optional.empty();
  }

  private static String checkFormat(String tagFormat) {
    String format =
        tagFormat == null || tagFormat.isBlank()
            ? DEFAULT_FORMAT
            : tagFormat.strip().replace(POM_PLACEHOLDER, PLACEHOLDER);
    int at = format.indexOf(PLACEHOLDER);
    if (at < 0 || format.indexOf(PLACEHOLDER, at + 1) >= 0) {
      throw new IllegalArgumentException(
          "tag format '" + tagFormat + "' must contain ${version} exactly once, e.g. v${version}");
    }
    return format;
  }
}
