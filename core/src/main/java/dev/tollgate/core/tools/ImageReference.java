package dev.tollgate.core.tools;

import dev.tollgate.core.report.Severity;
import dev.tollgate.core.tools.ToolPinOptions.ImagePolicy;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * A container image reference, {@code [registry[:port]/]name[:tag][@digest]}, and the one rule for
 * how it must be pinned wherever it is written (Dockerfile, compose, GitLab CI, workflows).
 *
 * @param name the repository, with its registry when one is written
 * @param tag the tag, or empty
 * @param digest the digest ({@code sha256:…}), or empty
 */
record ImageReference(String name, String tag, String digest) {

  /** The rule id of every image finding. */
  static final String RULE = "unpinned-image";

  /** Parses a reference; the text must not be an expression (see {@link #isExpression}). */
  static ImageReference parse(String text) {
    String rest = text.strip();
    String digest = "";
    int at = rest.indexOf('@');
    if (at >= 0) {
      digest = rest.substring(at + 1);
      rest = rest.substring(0, at);
    }
    String tag = "";
    int colon = rest.lastIndexOf(':');
    if (colon > rest.lastIndexOf('/')) {
      tag = rest.substring(colon + 1);
      rest = rest.substring(0, colon);
    }
    return new ImageReference(rest, tag, digest);
  }

  /** Whether the text is only known when it runs: a variable or a CI expression. */
  static boolean isExpression(String text) {
    return text.contains("$") || text.contains("{{");
  }

  /**
   * What is wrong with the image written as {@code text}, if anything.
   *
   * @param stages build stages of the same Dockerfile (an image named after one is not pulled)
   */
  static Optional<Problem> check(String text, Set<String> stages, ImagePolicy policy) {
    String written = text.strip();
    if (written.isEmpty() || isExpression(written)) {
      return Optional.empty();
    }
    ImageReference image = parse(written);
    if (image.name.equalsIgnoreCase("scratch")
        || stages.contains(written.toLowerCase(Locale.ROOT))) {
      return Optional.empty();
    }
    if (!image.digest.isEmpty()) {
      return Optional.empty();
    }
    if (image.tag.isEmpty()) {
      return Optional.of(
          new Problem(
              RULE,
              Severity.ERROR,
              "image " + written + " has no tag: it runs whatever 'latest' is when it is pulled",
              "pin a release tag, e.g. "
                  + written
                  + ":<version>, or a digest "
                  + written
                  + "@sha256:…"));
    }
    if (image.tag.equalsIgnoreCase("latest")) {
      return Optional.of(
          new Problem(
              RULE,
              Severity.ERROR,
              "image " + written + " uses the 'latest' tag, which moves with every release",
              "pin a release tag, e.g. " + image.name + ":<version>, or a digest"));
    }
    if (policy == ImagePolicy.DIGEST) {
      return Optional.of(
          new Problem(
              RULE,
              Severity.WARN,
              "image " + written + " is pinned by tag only; a tag can be moved to other content",
              "add the digest: "
                  + written
                  + "@sha256:<digest> (docker buildx imagetools inspect "
                  + written
                  + ")"));
    }
    return Optional.empty();
  }
}
