package dev.tollgate.core.files;

import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * In-process benchmark of a {@code scope=all} scan (not a test): {@code FilesBench DIR TSV RUNS
 * [MAXSIZE [CHECKS]]} scans DIR RUNS times after one warm-up, prints each time and the median, and
 * writes the findings of the last run to TSV ({@code kind<TAB>path<TAB>line}) for score.py. Run by
 * {@code it/bench/bench-files.sh}.
 */
public final class FilesBench {

  private FilesBench() {}

  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args[0]);
    Path tsv = Path.of(args[1]);
    int runs = Integer.parseInt(args[2]);
    long maxSize =
        args.length > 3
            ? dev.tollgate.core.settings.Settings.parseSize("maxSize", args[3])
            : FilesConfig.DEFAULT_MAX_SIZE;
    FilesConfig.Builder builder = FilesConfig.builder().maxSize(maxSize);
    if (args.length > 4) {
      java.util.List<String> only = Arrays.asList(args[4].split(","));
      for (String id : FilesConfig.CHECKS) {
        builder.level(id, only.contains(id) ? dev.tollgate.core.report.Severity.ERROR : null);
      }
    }
    FilesConfig config = builder.build();
    ScanResult result = FileGuardRails.scan(dir, Scope.ALL, config);
    double[] seconds = new double[runs];
    for (int i = 0; i < runs; i++) {
      var os =
          (com.sun.management.OperatingSystemMXBean)
              java.lang.management.ManagementFactory.getOperatingSystemMXBean();
      long cpu = os.getProcessCpuTime();
      long start = System.nanoTime();
      result = FileGuardRails.scan(dir, Scope.ALL, config);
      seconds[i] = (System.nanoTime() - start) / 1e9;
      System.out.printf(
          "run %d: %.3f s (cpu %.3f s), %d findings%n",
          i + 1, seconds[i], (os.getProcessCpuTime() - cpu) / 1e9, result.findings().size());
    }
    Arrays.sort(seconds);
    double median =
        runs % 2 == 1 ? seconds[runs / 2] : (seconds[runs / 2 - 1] + seconds[runs / 2]) / 2;
    System.out.printf("median %.3f s over %d files%n", median, result.files());
    try (Writer out = Files.newBufferedWriter(tsv, StandardCharsets.UTF_8)) {
      result.writeTsv(out);
    }
  }
}
