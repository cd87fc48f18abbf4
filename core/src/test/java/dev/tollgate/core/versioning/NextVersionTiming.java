package dev.tollgate.core.versioning;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * In-process timing of {@link NextVersion#compute} for the benchmark script (it/bench): warms up,
 * then prints the median of N runs and the result. Not a test; run with exec:java.
 *
 * <p>Arguments: repository directory, runs, minimum bump (none|patch).
 */
public final class NextVersionTiming {

  private NextVersionTiming() {}

  public static void main(String[] args) throws Exception {
    Path repo = Path.of(args[0]);
    int runs = args.length > 1 ? Integer.parseInt(args[1]) : 10;
    BumpLevel minimum = BumpLevel.parse(args.length > 2 ? args[2] : "patch");
    NextVersionOptions options = NextVersionOptions.builder().minimumBump(minimum).build();
    NextVersionResult result = null;
    for (int i = 0; i < 3; i++) {
      result = NextVersion.compute(repo, options);
    }
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long[] nanos = new long[runs];
    long[] cpu = new long[runs];
    for (int i = 0; i < runs; i++) {
      long start = System.nanoTime();
      long cpuStart = threads.getCurrentThreadCpuTime();
      result = NextVersion.compute(repo, options);
      cpu[i] = threads.getCurrentThreadCpuTime() - cpuStart;
      nanos[i] = System.nanoTime() - start;
    }
    Arrays.sort(nanos);
    Arrays.sort(cpu);
    System.out.printf(
        "in-process NextVersion.compute: median %.1f ms wall, %.1f ms CPU over %d runs (after"
            + " 3 warm-up runs)%n",
        nanos[runs / 2] / 1e6, cpu[runs / 2] / 1e6, runs);
    System.out.println(
        "previous="
            + result.previousTag().orElse("-")
            + " commits="
            + result.commitCount()
            + " level="
            + result.level()
            + " next="
            + result.nextVersion().map(Object::toString).orElse("none"));
  }
}
