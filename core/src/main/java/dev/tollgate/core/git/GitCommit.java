package dev.tollgate.core.git;

/**
 * One commit as a walk hands it out.
 *
 * @param id the full commit id (40 hex digits)
 * @param message the full message, decoded with the commit's {@code encoding} header (UTF-8 when
 *     there is none)
 * @param parentCount the number of parents; 2 or more is a merge (0 for a root or a shallow
 *     boundary)
 */
public record GitCommit(String id, String message, int parentCount) {}
