package dev.tollgate.core.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Renders findings as GitHub Actions workflow commands ({@code ::error file=…,line=…::message}),
 * which the runner turns into annotations on the pull request. Only active when {@code
 * GITHUB_ACTIONS=true}.
 */
public final class GitHubActionsReporter {

  private GitHubActionsReporter() {}

  /** Whether the environment is a GitHub Actions job. */
  public static boolean isActive(Map<String, String> env) {
    return "true".equalsIgnoreCase(env.getOrDefault("GITHUB_ACTIONS", ""));
  }

  /** One workflow command per finding. */
  public static List<String> render(Report report) {
    List<String> lines = new ArrayList<>(report.findings().size());
    for (Finding finding : report.findings()) {
      String command =
          switch (finding.severity()) {
            case ERROR -> "error";
            case WARN -> "warning";
            case INFO -> "notice";
          };
      List<String> props = new ArrayList<>();
      String message = finding.message();
      if (finding.location() instanceof Location.InFile file) {
        props.add("file=" + property(file.path()));
        if (file.line() > 0) {
          props.add("line=" + file.line());
          if (file.column() > 0) {
            props.add("col=" + file.column());
          }
        }
      } else if (finding.location() instanceof Location.InCommit commit) {
        message = commit.display() + ": " + message;
      }
      props.add("title=" + property("Tollgate " + report.goal() + ": " + finding.ruleId()));
      if (!finding.hint().isEmpty()) {
        message = message + "\n" + finding.hint();
      }
      lines.add("::" + command + " " + String.join(",", props) + "::" + data(message));
    }
    return lines;
  }

  /** Escapes a command's message part. */
  static String data(String s) {
    return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
  }

  /** Escapes a command property value. */
  static String property(String s) {
    return data(s).replace(":", "%3A").replace(",", "%2C");
  }
}
