package dev.tollgate.core.tools;

import dev.tollgate.core.tools.ToolPinOptions.Scan;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** The kinds of file the scanners read, recognised by their path relative to the project root. */
enum ToolFile {
  WORKFLOW("GitHub Actions workflow", Set.of(Scan.ACTIONS, Scan.CONTAINERS, Scan.TOOLS)),
  ACTION("GitHub action", Set.of(Scan.ACTIONS, Scan.CONTAINERS, Scan.TOOLS)),
  DOCKERFILE("Dockerfile", Set.of(Scan.CONTAINERS)),
  COMPOSE("compose file", Set.of(Scan.CONTAINERS)),
  GITLAB_CI("GitLab CI file", Set.of(Scan.CONTAINERS)),
  PRE_COMMIT("pre-commit configuration", Set.of(Scan.PRECOMMIT)),
  SDKMANRC(".sdkmanrc", Set.of(Scan.TOOLS)),
  TOOL_VERSIONS(".tool-versions", Set.of(Scan.TOOLS)),
  JAVA_VERSION(".java-version", Set.of(Scan.TOOLS)),
  NVMRC(".nvmrc", Set.of(Scan.TOOLS)),
  TOOLCHAINS("toolchains.xml", Set.of(Scan.TOOLS)),
  POM("POM", Set.of(Scan.TOOLS));

  private final String label;
  private final Set<Scan> scans;

  ToolFile(String label, Set<Scan> scans) {
    this.label = label;
    this.scans = scans;
  }

  /** What the file is, for messages. */
  String label() {
    return label;
  }

  /** Whether any scanner that reads this kind of file is on. */
  boolean wanted(ToolPinOptions options) {
    return scans.stream().anyMatch(options::scans);
  }

  /** The kind of the file at {@code path} ({@code /}-separated, relative to the root). */
  static Optional<ToolFile> of(String path) {
    int slash = path.lastIndexOf('/');
    String name = path.substring(slash + 1);
    String dir = slash < 0 ? "" : path.substring(0, slash);
    String lower = name.toLowerCase(Locale.ROOT);
    boolean yaml = lower.endsWith(".yml") || lower.endsWith(".yaml");
    if (dir.equals(".github/workflows") && yaml) {
      return Optional.of(WORKFLOW);
    }
    if (lower.equals("action.yml") || lower.equals("action.yaml")) {
      return Optional.of(ACTION);
    }
    if (lower.equals("dockerfile")
        || lower.equals("containerfile")
        || lower.startsWith("dockerfile.")
        || lower.startsWith("containerfile.")
        || lower.endsWith(".dockerfile")
        || lower.endsWith(".containerfile")) {
      return Optional.of(DOCKERFILE);
    }
    if (yaml
        && (lower.startsWith("compose.")
            || lower.startsWith("docker-compose.")
            || lower.startsWith("compose-")
            || lower.startsWith("docker-compose-"))) {
      return Optional.of(COMPOSE);
    }
    if (path.equals(".gitlab-ci.yml") || path.equals(".gitlab-ci.yaml")) {
      return Optional.of(GITLAB_CI);
    }
    if (path.equals(".pre-commit-config.yaml") || path.equals(".pre-commit-config.yml")) {
      return Optional.of(PRE_COMMIT);
    }
    return switch (name) {
      case ".sdkmanrc" -> Optional.of(SDKMANRC);
      case ".tool-versions" -> Optional.of(TOOL_VERSIONS);
      case ".java-version" -> Optional.of(JAVA_VERSION);
      case ".nvmrc" -> Optional.of(NVMRC);
      case "toolchains.xml" -> Optional.of(TOOLCHAINS);
      case "pom.xml" -> Optional.of(POM);
      default -> Optional.empty();
    };
  }
}
