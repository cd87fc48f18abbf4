package dev.tollgate.core.ci;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Finds which CI system, if any, runs the build. Specific systems win over generic {@code CI}. */
public final class CiDetector {

  private static final List<CiSystem> SYSTEMS =
      List.of(
          new GitHubActions(),
          new GitLabCi(),
          new Jenkins(),
          new CircleCi(),
          new AzurePipelines(),
          new BitbucketPipelines(),
          new GenericCi());

  private CiDetector() {}

  /** The CI environment described by these variables, or empty for a local build. */
  public static Optional<CiEnvironment> detect(Map<String, String> env) {
    return SYSTEMS.stream().filter(s -> s.isActive(env)).findFirst().map(s -> s.read(env));
  }
}
