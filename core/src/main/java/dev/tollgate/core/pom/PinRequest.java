package dev.tollgate.core.pom;

import dev.tollgate.core.report.Location;
import dev.tollgate.core.report.Severity;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Everything {@link PinCheck} needs: the declarations gathered from the build's POMs, and the
 * settings of the check.
 *
 * @param root the project root (where {@code .mvn/} lives)
 * @param declarations the versioned declarations of every reactor POM and in-reactor parent
 * @param reactorArtifacts {@code groupId:artifactId} of everything the build itself produces
 * @param policy required versions, banned plugins and allowed SNAPSHOTs
 * @param policyFile a policy file ({@code groupId:artifactId=version} lines) relative to {@code
 *     root}, or {@code null} for none; a missing file is ignored unless {@code policyFileRequired}
 * @param policyFileRequired whether a missing policy file is an error
 * @param pinAt where a missing pin should be added (the root POM's pluginManagement), as shown in
 *     fixes
 * @param mavenVersion the running Maven version, for messages about its defaults
 * @param missingWrapper the severity of a missing Maven wrapper, or {@code null} to accept it
 * @param requireChecksum whether the wrapper must carry a {@code distributionSha256Sum}
 * @param mavenRequirements the enforcer {@code requireMavenVersion} rules of the build's effective
 *     models
 */
public record PinRequest(
    Path root,
    List<Declaration> declarations,
    Set<String> reactorArtifacts,
    PinPolicy policy,
    String policyFile,
    boolean policyFileRequired,
    Location pinAt,
    String mavenVersion,
    Severity missingWrapper,
    boolean requireChecksum,
    List<MavenRequirement> mavenRequirements) {

  public PinRequest {
    Objects.requireNonNull(root, "root");
    Objects.requireNonNull(pinAt, "pinAt");
    declarations = List.copyOf(declarations);
    reactorArtifacts = Set.copyOf(reactorArtifacts);
    policy = policy == null ? PinPolicy.none() : policy;
    mavenVersion = mavenVersion == null ? "" : mavenVersion;
    mavenRequirements = List.copyOf(mavenRequirements);
  }
}
