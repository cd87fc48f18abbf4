package dev.tollgate.core.pom;

import dev.tollgate.core.report.Location;
import dev.tollgate.core.report.Severity;
import java.util.Objects;

/**
 * An enforcer {@code requireMavenVersion} rule of the build's effective model.
 *
 * @param version the rule's {@code <version>} as Maven interpolated it, e.g. {@code [3.9,)}
 * @param source where the {@code <version>} element is written
 * @param severity {@link Severity#WARN} when the rule's {@code <level>} is {@code WARN}, else
 *     {@link Severity#ERROR}
 */
public record MavenRequirement(String version, Location source, Severity severity) {
  public MavenRequirement {
    Objects.requireNonNull(version, "version");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(severity, "severity");
  }
}
