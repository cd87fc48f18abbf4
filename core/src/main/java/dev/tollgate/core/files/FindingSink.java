package dev.tollgate.core.files;

/** Where checks put what they find. Each scanning thread has its own sink. */
@FunctionalInterface
public interface FindingSink {

  /** Records one finding. */
  void report(FileFinding finding);
}
