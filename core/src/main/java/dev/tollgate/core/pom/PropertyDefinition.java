package dev.tollgate.core.pom;

import dev.tollgate.core.report.Location;
import java.util.Objects;

/**
 * A property as a version reference can see it.
 *
 * @param name the property name, e.g. {@code spotless.version}
 * @param value its raw value (may itself contain {@code ${...}})
 * @param declaredAt where it is declared, or {@link Location#nowhere()} when it comes from outside
 *     the build's files (command line, a released parent, Maven itself)
 */
public record PropertyDefinition(String name, String value, Location declaredAt) {
  public PropertyDefinition {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(declaredAt, "declaredAt");
  }
}
