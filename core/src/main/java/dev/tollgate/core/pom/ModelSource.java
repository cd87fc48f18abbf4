package dev.tollgate.core.pom;

/**
 * The model a value of Maven's effective model was read from, as its input locations record it.
 *
 * @param modelId {@code groupId:artifactId:version} of a POM; Maven's own models carry a longer id
 *     ({@code org.apache.maven:maven-core:3.9.11:default-lifecycle-bindings}, {@code
 *     ...:super-pom}); {@code null} or empty when Maven recorded none
 * @param location the POM file's absolute path, a {@code jar:} URL for a model inside Maven, or
 *     {@code null}
 * @param line the 1-based line of the value in that file, or {@code 0} when unknown
 * @param column the 1-based column of the value's start tag, or {@code 0} when unknown
 */
public record ModelSource(String modelId, String location, int line, int column) {

  /** A source without a position. */
  public ModelSource(String modelId, String location) {
    this(modelId, location, 0, 0);
  }

  /** Whether the id names one POM ({@code groupId:artifactId:version}), not a model of Maven. */
  public boolean isPom() {
    if (modelId == null) {
      return false;
    }
    String[] parts = modelId.split(":", -1);
    return parts.length == 3 && !parts[0].isEmpty() && !parts[1].isEmpty() && !parts[2].isEmpty();
  }

  /** {@code path:line:col} of the value when the file is known, else the model id. */
  public String display() {
    if (location == null || location.startsWith("jar:")) {
      return modelId == null ? "" : modelId;
    }
    return location + (line > 0 ? ":" + line + (column > 0 ? ":" + column : "") : "");
  }
}
