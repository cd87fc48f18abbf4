package dev.tollgate.core.git;

/**
 * What a range walk saw.
 *
 * @param commits how many commits were handed out
 * @param truncated whether the walk stopped at its limit before the end of the range
 */
public record WalkResult(int commits, boolean truncated) {}
