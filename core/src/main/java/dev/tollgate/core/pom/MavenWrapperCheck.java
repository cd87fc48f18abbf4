package dev.tollgate.core.pom;

import dev.tollgate.core.report.Finding;
import dev.tollgate.core.report.Location;
import dev.tollgate.core.report.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks that the Maven version itself is pinned: {@code .mvn/wrapper/maven-wrapper.properties}
 * names one exact version ({@code mavenVersion=}, or the version inside the Apache wrapper's {@code
 * distributionUrl}) and carries a {@code distributionSha256Sum}.
 */
public final class MavenWrapperCheck {

  /** The wrapper file, relative to the project root. */
  public static final String PATH = ".mvn/wrapper/maven-wrapper.properties";

  static final String RULE = "maven-wrapper";

  private static final Pattern URL_VERSION =
      Pattern.compile("apache-maven-([^/]+?)-bin\\.(?:zip|tar\\.gz)\\s*$");
  private static final Pattern SHA256 = Pattern.compile("[0-9a-fA-F]{64}");

  private MavenWrapperCheck() {}

  /** The finding for a project without a wrapper file. */
  public static Finding missing(Severity severity) {
    return new Finding(
        RULE,
        severity,
        Location.file(PATH),
        "the Maven version is not pinned: there is no Maven wrapper file",
        "add a Maven wrapper that names one exact Maven version and its distributionSha256Sum, or"
            + " set tollgate.pins.missingWrapper=off");
  }

  /**
   * Checks the wrapper file's content.
   *
   * @param text the properties file
   * @param requireChecksum whether a missing {@code distributionSha256Sum} is a finding
   */
  public static List<Finding> check(String text, boolean requireChecksum) {
    return check(text, requireChecksum, null);
  }

  /** The policy key of the Maven version itself. */
  public static final String MAVEN_KEY = "org.apache.maven:apache-maven";

  /**
   * Checks the wrapper file's content, and the Maven version against a required one.
   *
   * @param text the properties file
   * @param requireChecksum whether a missing {@code distributionSha256Sum} is a finding
   * @param required the Maven version the policy requires ({@link #MAVEN_KEY}), or {@code null}
   */
  public static List<Finding> check(
      String text, boolean requireChecksum, PinPolicy.RequiredVersion required) {
    List<Finding> out = new ArrayList<>();
    Parsed parsed = parse(text);
    String version = parsed.version();
    int versionLine = parsed.versionLine();
    int urlLine = parsed.urlLine();
    String url = parsed.url();
    String sum = parsed.sum();
    int sumLine = parsed.sumLine();
    if (version == null && url != null) {
      out.add(
          new Finding(
              RULE,
              Severity.ERROR,
              Location.file(PATH, urlLine, 1),
              "distributionUrl does not name a Maven version Tollgate can read",
              "point distributionUrl at an apache-maven-<version>-bin.zip, or add"
                  + " mavenVersion=<version>"));
      return out;
    }
    if (version == null) {
      out.add(
          new Finding(
              RULE,
              Severity.ERROR,
              Location.file(PATH),
              "the Maven version is not pinned: the wrapper names no Maven version",
              "add mavenVersion=<version> (or the Apache wrapper's distributionUrl)"));
    } else {
      VersionPin pin = VersionPin.classify(version);
      if (!pin.pinned()) {
        out.add(
            new Finding(
                RULE,
                Severity.ERROR,
                Location.file(PATH, versionLine, 1),
                "the Maven version '" + version + "' is " + pin.description() + ", not pinned",
                "name one released Maven version, e.g. mavenVersion=3.9.11"));
      } else if (required != null && !required.version().equals(version)) {
        String source = required.source().display();
        out.add(
            new Finding(
                PinCheck.DRIFT,
                Severity.ERROR,
                Location.file(PATH, versionLine, 1),
                "Maven: found "
                    + version
                    + ", policy requires "
                    + required.version()
                    + " ("
                    + (source.isEmpty() ? "requiredVersions" : source)
                    + ")",
                "set the wrapper's Maven version to " + required.version()));
      }
    }
    if (sum == null || sum.isEmpty()) {
      if (requireChecksum) {
        out.add(
            new Finding(
                RULE,
                Severity.ERROR,
                Location.file(PATH, versionLine, 0),
                "the Maven distribution is not verified: the wrapper has no distributionSha256Sum",
                "add distributionSha256Sum=<sha-256 of the distribution archive>, or set"
                    + " tollgate.pins.requireChecksum=false"));
      }
    } else if (!SHA256.matcher(sum).matches()) {
      out.add(
          new Finding(
              RULE,
              Severity.ERROR,
              Location.file(PATH, sumLine, 1),
              "distributionSha256Sum is not a SHA-256 (64 hexadecimal digits)",
              "write the SHA-256 of the distribution archive"));
    }
    return out;
  }

  /** The wrapper's settings that pin Maven, each with its 1-based line (0 when absent). */
  private record Parsed(
      String version, int versionLine, String url, int urlLine, String sum, int sumLine) {}

  private static Parsed parse(String text) {
    String[] lines = text.split("\r\n|\r|\n", -1);
    String version = null;
    int versionLine = 0;
    String url = null;
    int urlLine = 0;
    String sum = null;
    int sumLine = 0;
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      if (line.isEmpty() || line.startsWith("#") || line.startsWith("!")) {
        continue;
      }
      int sep = firstSeparator(line);
      if (sep < 0) {
        continue;
      }
      String key = line.substring(0, sep).trim();
      String value = line.substring(sep + 1).trim();
      switch (key) {
        case "mavenVersion" -> {
          version = value;
          versionLine = i + 1;
        }
        case "distributionUrl" -> {
          url = value;
          urlLine = i + 1;
        }
        case "distributionSha256Sum" -> {
          sum = value;
          sumLine = i + 1;
        }
        default -> {
          // other wrapper settings do not pin anything
        }
      }
    }
    if (version == null && url != null) {
      Matcher m = URL_VERSION.matcher(url);
      if (m.find()) {
        version = m.group(1);
        versionLine = urlLine;
      }
    }
    return new Parsed(version, versionLine, url, urlLine, sum, sumLine);
  }

  /** The rule of findings where a Maven version and a {@code requireMavenVersion} disagree. */
  public static final String RANGE_RULE = "maven-version";

  /**
   * Judges the Maven versions of the build against its enforcer {@code requireMavenVersion} rules:
   * the wrapper's version (what {@code ./mvnw} runs), else the running Maven; and the version the
   * policy requires ({@link #MAVEN_KEY}), which must be one the rules accept.
   *
   * @param rules the rules of the build's effective models, once per range and place
   * @param wrapperText the wrapper file, or {@code null} when there is none
   * @param policy the Maven version the policy requires, or {@code null}
   * @param running the Maven version running this build ({@code ""} when unknown)
   */
  public static List<Finding> requirements(
      List<MavenRequirement> rules,
      String wrapperText,
      PinPolicy.RequiredVersion policy,
      String running) {
    List<Finding> out = new ArrayList<>();
    Parsed wrapper = wrapperText == null ? null : parse(wrapperText);
    for (MavenRequirement rule : rules) {
      MavenVersionRange range;
      try {
        range = MavenVersionRange.parse(rule.version());
      } catch (IllegalArgumentException e) {
        out.add(
            new Finding(
                RANGE_RULE,
                rule.severity(),
                rule.source(),
                "enforcer requireMavenVersion: " + e.getMessage(),
                "write a Maven version range such as [3.9,) in the rule's <version>"));
        continue;
      }
      String where = range.text() + " (" + rule.source().display() + ")";
      if (wrapper != null && wrapper.version() != null) {
        if (VersionPin.classify(wrapper.version()).pinned() && !range.contains(wrapper.version())) {
          out.add(
              new Finding(
                  RANGE_RULE,
                  rule.severity(),
                  Location.file(PATH, wrapper.versionLine(), 1),
                  "Maven: the wrapper runs "
                      + wrapper.version()
                      + ", which requireMavenVersion "
                      + where
                      + " rejects",
                  "set the wrapper's Maven version to one in "
                      + range.text()
                      + ", or change requireMavenVersion"));
        }
      } else if (wrapperText == null && !running.isEmpty() && !range.contains(running)) {
        out.add(
            new Finding(
                RANGE_RULE,
                rule.severity(),
                rule.source(),
                "Maven: "
                    + running
                    + " runs this build, which requireMavenVersion "
                    + range.text()
                    + " rejects",
                "run the build with a Maven in "
                    + range.text()
                    + ", best pinned by a Maven wrapper (mvn wrapper:wrapper -Dmaven=<version>)"));
      }
      if (policy != null && !range.contains(policy.version())) {
        String source = policy.source().display();
        out.add(
            new Finding(
                RANGE_RULE,
                rule.severity(),
                policy.source() instanceof Location.InFile ? policy.source() : rule.source(),
                "Maven: the policy requires "
                    + policy.version()
                    + (source.isEmpty() ? " (requiredVersions)" : "")
                    + ", which requireMavenVersion "
                    + where
                    + " rejects",
                "make the policy's Maven version and requireMavenVersion agree"));
      }
    }
    return out;
  }

  /** The one Maven version a rule pins ({@code [3.9.11]}), or {@code null}. */
  static String pinnedBy(List<MavenRequirement> rules) {
    for (MavenRequirement rule : rules) {
      try {
        String exact = MavenVersionRange.parse(rule.version()).exactVersion();
        if (exact != null) {
          return exact;
        }
      } catch (IllegalArgumentException e) {
        // reported by requirements()
      }
    }
    return null;
  }

  private static int firstSeparator(String line) {
    int eq = line.indexOf('=');
    int colon = line.indexOf(':');
    if (eq < 0) {
      return colon;
    }
    return colon < 0 ? eq : Math.min(eq, colon);
  }
}
