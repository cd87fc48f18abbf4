package dev.tollgate.core.versioning;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A Semantic Versioning 2.0.0 version: {@code MAJOR.MINOR.PATCH[-PRERELEASE][+BUILD]}. Ordering is
 * SemVer precedence (build metadata ignored); {@link #equals} compares every part.
 *
 * @param major the major version
 * @param minor the minor version
 * @param patch the patch version
 * @param preRelease the dot-separated pre-release identifiers, e.g. {@code [rc, 2]}; empty for a
 *     release
 * @param build the build metadata without the {@code +}; empty when absent
 */
public record SemanticVersion(
    int major, int minor, int patch, List<String> preRelease, String build)
    implements Comparable<SemanticVersion> {

  public SemanticVersion {
    if (major < 0 || minor < 0 || patch < 0) {
      throw new IllegalArgumentException("version numbers must not be negative");
    }
    preRelease = List.copyOf(preRelease);
    build = Objects.requireNonNullElse(build, "");
    for (String id : preRelease) {
      if (!validIdentifier(id, true)) {
        throw new IllegalArgumentException("invalid pre-release identifier '" + id + "'");
      }
    }
    if (!build.isEmpty()) {
      for (String id : build.split("\\.", -1)) {
        if (!validIdentifier(id, false)) {
          throw new IllegalArgumentException("invalid build metadata '" + build + "'");
        }
      }
    }
  }

  /** A release version without pre-release or build parts. */
  public static SemanticVersion of(int major, int minor, int patch) {
    return new SemanticVersion(major, minor, patch, List.of(), "");
  }

  /** Parses a strict SemVer string (no leading {@code v}); empty when it is not one. */
  public static Optional<SemanticVersion> tryParse(String text) {
    if (text == null || text.isEmpty()) {
      return Optional.empty();
    }
    String rest = text;
    String build = "";
    int plus = rest.indexOf('+');
    if (plus >= 0) {
      build = rest.substring(plus + 1);
      rest = rest.substring(0, plus);
      if (build.isEmpty()) {
        return Optional.empty();
      }
    }
    List<String> pre = List.of();
    int dash = rest.indexOf('-');
    if (dash >= 0) {
      String preText = rest.substring(dash + 1);
      rest = rest.substring(0, dash);
      if (preText.isEmpty()) {
        return Optional.empty();
      }
      pre = List.of(preText.split("\\.", -1));
    }
    String[] core = rest.split("\\.", -1);
    if (core.length != 3) {
      return Optional.empty();
    }
    int[] numbers = new int[3];
    for (int i = 0; i < 3; i++) {
      if (!numeric(core[i]) || (core[i].length() > 1 && core[i].charAt(0) == '0')) {
        return Optional.empty();
      }
      try {
        numbers[i] = Integer.parseInt(core[i]);
      } catch (NumberFormatException tooBig) {
        return Optional.empty();
      }
    }
    try {
      return Optional.of(new SemanticVersion(numbers[0], numbers[1], numbers[2], pre, build));
    } catch (IllegalArgumentException invalid) {
      return Optional.empty();
    }
  }

  /** Parses a strict SemVer string or throws {@link IllegalArgumentException} naming it. */
  public static SemanticVersion parse(String text) {
    return tryParse(text)
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "'" + text + "' is not a semantic version (MAJOR.MINOR.PATCH[-pre][+build])"));
  }

  /** Whether this has pre-release identifiers. */
  public boolean isPreRelease() {
    return !preRelease.isEmpty();
  }

  /** {@code MAJOR.MINOR.PATCH} alone. */
  public SemanticVersion release() {
    return of(major, minor, patch);
  }

  /** The release core incremented by {@code level} ({@link BumpLevel#NONE} keeps it). */
  public SemanticVersion bump(BumpLevel level) {
    return switch (level) {
      case MAJOR -> of(major + 1, 0, 0);
      case MINOR -> of(major, minor + 1, 0);
      case PATCH -> of(major, minor, patch + 1);
      case NONE -> release();
    };
  }

  /** This version with the given pre-release identifiers and no build metadata. */
  public SemanticVersion withPreRelease(List<String> identifiers) {
    return new SemanticVersion(major, minor, patch, identifiers, "");
  }

  /** This version with the given build metadata (empty removes it). */
  public SemanticVersion withBuild(String metadata) {
    return new SemanticVersion(major, minor, patch, preRelease, metadata);
  }

  /** The pre-release label (identifiers before the trailing number), e.g. {@code rc}. */
  public String preReleaseLabel() {
    List<String> ids = preReleaseWithoutCounter();
    return String.join(".", ids);
  }

  /** The trailing numeric pre-release identifier, e.g. 2 for {@code rc.2}; -1 when none. */
  public long preReleaseCounter() {
    if (preRelease.isEmpty()) {
      return -1;
    }
    String last = preRelease.get(preRelease.size() - 1);
    if (!numeric(last) || last.length() > 18) {
      return -1;
    }
    return Long.parseLong(last);
  }

  private List<String> preReleaseWithoutCounter() {
    if (preReleaseCounter() >= 0) {
      return preRelease.subList(0, preRelease.size() - 1);
    }
    return preRelease;
  }

  @Override
  public int compareTo(SemanticVersion other) {
    int c = Integer.compare(major, other.major);
    if (c == 0) {
      c = Integer.compare(minor, other.minor);
    }
    if (c == 0) {
      c = Integer.compare(patch, other.patch);
    }
    if (c != 0) {
      return c;
    }
    if (preRelease.isEmpty() || other.preRelease.isEmpty()) {
      return Boolean.compare(preRelease.isEmpty(), other.preRelease.isEmpty());
    }
    int n = Math.min(preRelease.size(), other.preRelease.size());
    for (int i = 0; i < n; i++) {
      c = compareIdentifier(preRelease.get(i), other.preRelease.get(i));
      if (c != 0) {
        return c;
      }
    }
    return Integer.compare(preRelease.size(), other.preRelease.size());
  }

  private static int compareIdentifier(String a, String b) {
    boolean na = numeric(a);
    boolean nb = numeric(b);
    if (na && nb) {
      return a.length() != b.length() ? Integer.compare(a.length(), b.length()) : a.compareTo(b);
    }
    if (na != nb) {
      return na ? -1 : 1;
    }
    return a.compareTo(b);
  }

  private static boolean numeric(String s) {
    if (s.isEmpty()) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      char ch = s.charAt(i);
      if (ch < '0' || ch > '9') {
        return false;
      }
    }
    return true;
  }

  private static boolean validIdentifier(String id, boolean noLeadingZero) {
    if (id.isEmpty()) {
      return false;
    }
    for (int i = 0; i < id.length(); i++) {
      char ch = id.charAt(i);
      boolean ok =
          (ch >= '0' && ch <= '9')
              || (ch >= 'a' && ch <= 'z')
              || (ch >= 'A' && ch <= 'Z')
              || ch == '-';
      if (!ok) {
        return false;
      }
    }
    return !(noLeadingZero && numeric(id) && id.length() > 1 && id.charAt(0) == '0');
  }

  /** Pre-release identifiers of a label such as {@code rc} or {@code beta.x}, plus a counter. */
  static List<String> labelled(String label, long counter) {
    List<String> ids = new ArrayList<>();
    if (!label.isEmpty()) {
      Collections.addAll(ids, label.split("\\.", -1));
    }
    ids.add(Long.toString(counter));
    return ids;
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder().append(major).append('.').append(minor).append('.');
    sb.append(patch);
    if (!preRelease.isEmpty()) {
      sb.append('-').append(String.join(".", preRelease));
    }
    if (!build.isEmpty()) {
      sb.append('+').append(build);
    }
    return sb.toString();
  }
}
