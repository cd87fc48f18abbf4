package dev.tollgate.core.git;

/**
 * A test a {@link GitRepository#log} walk makes on each commit's message bytes as git wrote them
 * (UTF-8), before decoding them: a commit it settles is counted but neither decoded nor handed to
 * the consumer. It must settle only commits the consumer would have passed without a word, since
 * the walk may also skip it (it does when it reads through JGit) and hand every commit over.
 */
@FunctionalInterface
public interface RawMessageCheck {

  /**
   * Whether the commit needs nothing more.
   *
   * @param parentCount the commit's number of parents
   * @param bytes holds the message, UTF-8, in {@code [from, to)}; not to be kept or changed
   */
  boolean settles(int parentCount, byte[] bytes, int from, int to);
}
