package dev.tollgate.core.pom;

import dev.tollgate.core.report.Location;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A plugin that must be pinned in a {@code <pluginManagement>} of the build: Maven's default, a
 * version from repository metadata, or an unpinned version a parent outside the build brings.
 *
 * @param pom the POM where the pin belongs, relative to the project root
 * @param at that POM's {@code <pluginManagement>} (or {@code <build>}, or {@code <project>})
 * @param groupId the plugin's group id
 * @param artifactId the plugin's artifact id
 * @param version the version in use when it is one exact version, else {@code null} (the user must
 *     choose one)
 */
public record MissingPin(
    String pom, Location at, String groupId, String artifactId, String version) {

  public MissingPin {
    Objects.requireNonNull(pom, "pom");
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(groupId, "groupId");
    Objects.requireNonNull(artifactId, "artifactId");
  }

  /** {@code groupId:artifactId}. */
  public String key() {
    return groupId + ":" + artifactId;
  }

  /**
   * The pins the findings of {@code declarations} call for, once per POM and plugin, in order.
   *
   * @param declarations every declaration of the build
   * @param skip {@code groupId:artifactId} that need no pin (reactor artifacts, extensions)
   */
  static List<MissingPin> of(List<Declaration> declarations, Set<String> skip) {
    Map<String, MissingPin> out = new LinkedHashMap<>();
    for (Declaration d : declarations) {
      if (!d.kind().tool()
          || d.kind() == DeclarationKind.EXTENSION
          || d.kind() == DeclarationKind.CORE_EXTENSION
          || d.versionText() != null
          || d.pinHome() == null
          || skip.contains(d.key())) {
        continue;
      }
      boolean exact =
          d.effectiveVersion() != null && VersionPin.classify(d.effectiveVersion()).pinned();
      boolean needed =
          switch (d.source()) {
            case MAVEN_DEFAULT, NONE -> true;
            case INHERITED -> !exact;
            case DECLARED, MANAGED -> false;
          };
      if (!needed) {
        continue;
      }
      String key = d.pinHome().pom() + "|" + d.key();
      MissingPin pin =
          new MissingPin(
              d.pinHome().pom(),
              d.pinHome().at(),
              d.groupId(),
              d.artifactId(),
              exact ? d.effectiveVersion() : null);
      MissingPin known = out.get(key);
      if (known == null || (known.version() == null && pin.version() != null)) {
        out.put(key, pin);
      }
    }
    return new ArrayList<>(out.values());
  }

  /**
   * One {@code <pluginManagement>} snippet per POM for all {@code pins}, to paste; a version nobody
   * pinned yet reads {@code x.y.z}.
   */
  public static String snippet(List<MissingPin> pins) {
    Map<String, List<MissingPin>> byPom = new LinkedHashMap<>();
    for (MissingPin p : pins) {
      List<MissingPin> list = byPom.get(p.at().display());
      if (list == null) {
        list = new ArrayList<>();
        byPom.put(p.at().display(), list);
      }
      list.add(p);
    }
    StringBuilder out = new StringBuilder();
    for (Map.Entry<String, List<MissingPin>> e : byPom.entrySet()) {
      String at = e.getKey();
      List<MissingPin> list = e.getValue();
      out.append("in ").append(at).append(":\n");
      out.append("<pluginManagement>\n  <plugins>\n");
      for (MissingPin p : list) {
        out.append("    <plugin>\n")
            .append("      <groupId>")
            .append(p.groupId())
            .append("</groupId>\n")
            .append("      <artifactId>")
            .append(p.artifactId())
            .append("</artifactId>\n")
            .append("      <version>")
            .append(p.version() == null ? "x.y.z" : p.version())
            .append("</version>\n")
            .append("    </plugin>\n");
      }
      out.append("  </plugins>\n</pluginManagement>\n");
    }
    return out.toString();
  }
}
