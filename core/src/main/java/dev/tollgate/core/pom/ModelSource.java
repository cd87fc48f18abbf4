package dev.tollgate.core.pom;

/**
 * The model a value of Maven's effective model was read from, as its input locations record it.
 *
 * @param modelId {@code groupId:artifactId:version} of that model, or {@code null}/empty when Maven
 *     does not name one (its super POM, lifecycle bindings)
 * @param location the POM file's path, a {@code jar:} URL for a model inside Maven, or {@code null}
 */
public record ModelSource(String modelId, String location) {}
