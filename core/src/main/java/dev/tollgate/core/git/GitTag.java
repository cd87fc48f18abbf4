package dev.tollgate.core.git;

/**
 * A tag that points (directly or through annotated tags) at a commit.
 *
 * @param name the short name, e.g. {@code v1.2.3}
 * @param commitId the full id of the commit it peels to
 */
public record GitTag(String name, String commitId) {}
