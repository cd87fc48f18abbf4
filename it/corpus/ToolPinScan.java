import dev.tollgate.core.report.Finding;
import dev.tollgate.core.settings.Settings;
import dev.tollgate.core.tools.ToolPinCheck;
import dev.tollgate.core.tools.ToolPinOptions;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * Runs quality:pins' scanners beyond Maven (issue 13) over a checked-out tree and prints one
 * markdown table row per finding (| file:line:col | rule | severity | message |), then a summary
 * line. Optional settings as key=value arguments after the directory. Run by tool-pins.sh.
 */
public class ToolPinScan {
  public static void main(String[] args) throws Exception {
    Map<String, String> settings = new HashMap<>();
    for (int i = 1; i < args.length; i++) {
      int eq = args[i].indexOf('=');
      settings.put(args[i].substring(0, eq), args[i].substring(eq + 1));
    }
    long start = System.nanoTime();
    ToolPinCheck.Result result =
        ToolPinCheck.run(Path.of(args[0]), ToolPinOptions.from(Settings.of(settings)));
    long ms = (System.nanoTime() - start) / 1_000_000;
    for (Finding f : result.findings()) {
      System.out.println(
          "| `"
              + f.location().display()
              + "` | "
              + f.ruleId()
              + " | "
              + f.severity().label()
              + " | "
              + f.message().replace("|", "\\|")
              + " |");
    }
    System.out.println(
        "# " + result.files() + " files, " + result.findings().size() + " findings, " + ms + " ms");
  }
}
