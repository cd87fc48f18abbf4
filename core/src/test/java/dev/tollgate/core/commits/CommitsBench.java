package dev.tollgate.core.commits;

import dev.tollgate.core.git.GitRepository;
import dev.tollgate.core.report.Finding;
import dev.tollgate.core.report.Severity;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Benchmark entry point (not a test): times the in-process check of a repository's whole history,
 * the same work {@code quality:commits} does after Maven has started. Run by {@code
 * it/bench/bench-commits.sh} as {@code java -cp … dev.tollgate.core.commits.CommitsBench REPO
 * RUNS}; prints the first (cold) run, the median of the others, and a walk-only median that
 * separates reading commits from linting them.
 */
public final class CommitsBench {

  private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();
  private static final List<Double> LINT_CPU = new ArrayList<>();

  private CommitsBench() {}

  public static void main(String[] args) {
    Path repo = Path.of(args[0]);
    if (Boolean.getBoolean("bench.window")) {
      org.eclipse.jgit.storage.file.WindowCacheConfig c =
          new org.eclipse.jgit.storage.file.WindowCacheConfig();
      c.setPackedGitWindowSize(Integer.getInteger("bench.windowSize", 65536));
      c.setPackedGitLimit(256L << 20);
      c.setPackedGitMMAP(Boolean.getBoolean("bench.mmap"));
      c.setDeltaBaseCacheLimit(32 << 20);
      c.install();
    }
    int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
    CommitLinter linter = new CommitLinter(CommitLintConfig.conventional());
    double[] lint = new double[runs + 1];
    double[] walkOnly = new double[runs + 1];
    int[] result = new int[3];
    for (int i = 0; i <= runs; i++) {
      lint[i] = timed(repo, linter, true, result);
      walkOnly[i] = timed(repo, linter, false, null);
    }
    System.out.printf(
        Locale.ROOT,
        "commits=%d ignored=%d commitsWithErrors=%d first=%.3fs median=%.3fs walkOnlyMedian=%.3fs"
            + " cpuMedian=%.3fs%n",
        result[0],
        result[1],
        result[2],
        lint[0],
        median(Arrays.copyOfRange(lint, 1, lint.length)),
        median(Arrays.copyOfRange(walkOnly, 1, walkOnly.length)),
        median(LINT_CPU.subList(1, LINT_CPU.size()).stream().mapToDouble(d -> d).toArray()));
  }

  private static double timed(Path repo, CommitLinter linter, boolean lint, int[] result) {
    long start = System.nanoTime();
    long cpuStart = CPU.getCurrentThreadCpuTime();
    int[] counts = new int[3];
    try (GitRepository git = GitRepository.open(repo)) {
      String head = git.resolveCommit("HEAD", "HEAD");
      git.walk(
          null,
          head,
          0,
          c -> {
            counts[0]++;
            if (!lint) {
              return;
            }
            ParsedMessage parsed = CommitMessageParser.parse(c.message());
            if (linter.ignoreReason(parsed, c.parentCount()).isPresent()) {
              counts[1]++;
              return;
            }
            List<Finding> findings =
                linter.lint(parsed, dev.tollgate.core.report.Location.commit(c.id()));
            if (findings.stream().anyMatch(f -> f.severity() == Severity.ERROR)) {
              counts[2]++;
            }
          });
    }
    if (result != null) {
      System.arraycopy(counts, 0, result, 0, 3);
    }
    double cpu = (CPU.getCurrentThreadCpuTime() - cpuStart) / 1e9;
    if (lint) {
      LINT_CPU.add(cpu);
    }
    return (System.nanoTime() - start) / 1e9;
  }

  private static double median(double[] values) {
    double[] v = values.clone();
    Arrays.sort(v);
    int n = v.length;
    return n % 2 == 1 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
  }
}
