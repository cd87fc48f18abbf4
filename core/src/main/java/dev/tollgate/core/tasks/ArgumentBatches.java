package dev.tollgate.core.tasks;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits a long list of arguments into batches whose command lines stay under the operating
 * system's limit, as {@code xargs} does. Linux allows 2 MiB for arguments and environment together
 * (and 128 KiB for one argument: a {@code sh -c} script is one argument); macOS 256 KiB; so a batch
 * is kept under {@value #DEFAULT_LIMIT} bytes, leaving room for the environment. Pure.
 */
public final class ArgumentBatches {

  /** The byte budget of one batch's arguments. */
  public static final int DEFAULT_LIMIT = 100_000;

  private ArgumentBatches() {}

  /**
   * The batches: each holds at least one argument, in order, and together they hold them all.
   *
   * @param fixed bytes the rest of the command line takes in every batch
   * @param limit the budget for one command line, in bytes
   */
  public static List<List<String>> split(List<String> arguments, int fixed, int limit) {
    List<List<String>> batches = new ArrayList<>();
    List<String> current = new ArrayList<>();
    int size = fixed;
    for (String argument : arguments) {
      int bytes = argument.getBytes(StandardCharsets.UTF_8).length + 1;
      if (!current.isEmpty() && size + bytes > limit) {
        batches.add(List.copyOf(current));
        current.clear();
        size = fixed;
      }
      current.add(argument);
      size += bytes;
    }
    if (!current.isEmpty()) {
      batches.add(List.copyOf(current));
    }
    return List.copyOf(batches);
  }
}
