package dev.tollgate.core.tools;

import dev.tollgate.core.report.Finding;
import dev.tollgate.core.tools.ToolPinOptions.ImagePolicy;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code FROM} images of a Dockerfile or Containerfile, read line by line: continuations (with
 * the {@code # escape=} directive), comments inside continuations, heredoc bodies skipped, {@code
 * --platform} and other flags, stage aliases, and {@code ARG} defaults declared before the first
 * {@code FROM} substituted ({@code $NAME}, {@code ${NAME}}, {@code ${NAME:-default}}).
 */
final class DockerfileScanner {

  private static final Pattern DIRECTIVE =
      Pattern.compile("^#\\s*escape\\s*=\\s*([\\\\`])\\s*$", Pattern.CASE_INSENSITIVE);
  private static final Pattern HEREDOC =
      Pattern.compile("<<-?\\s*[\"']?([A-Za-z_][A-Za-z0-9_]*)[\"']?");
  private static final Pattern VARIABLE =
      Pattern.compile(
          "\\$(?:\\{([A-Za-z_][A-Za-z0-9_]*)(?::?([-+])([^}]*))?\\}|([A-Za-z_][A-Za-z0-9_]*))");

  /**
   * One instruction with the line it starts on.
   *
   * @param line 1-based line of its first physical line
   * @param first its first physical line as written
   * @param text the instruction with continuations joined
   */
  record Instruction(int line, String first, String text) {}

  private DockerfileScanner() {}

  /** The findings of one Dockerfile. */
  static List<Finding> scan(String path, String text, ImagePolicy policy) {
    List<Finding> findings = new ArrayList<>();
    Map<String, String> args = new HashMap<>();
    Set<String> stages = new HashSet<>();
    boolean seenFrom = false;
    for (Instruction in : instructions(text)) {
      String[] words = in.text().strip().split("\\s+");
      String keyword = words[0].toUpperCase(Locale.ROOT);
      if (keyword.equals("ARG") && !seenFrom) {
        for (int i = 1; i < words.length; i++) {
          int eq = words[i].indexOf('=');
          if (eq > 0) {
            args.put(words[i].substring(0, eq), unquote(words[i].substring(eq + 1)));
          } else if (!words[i].startsWith("--")) {
            args.putIfAbsent(words[i], null);
          }
        }
      } else if (keyword.equals("FROM")) {
        seenFrom = true;
        from(path, in, words, args, stages, policy, findings);
      }
    }
    return findings;
  }

  private static void from(
      String path,
      Instruction in,
      String[] words,
      Map<String, String> args,
      Set<String> stages,
      ImagePolicy policy,
      List<Finding> findings) {
    int i = 1;
    while (i < words.length && words[i].startsWith("--")) {
      i++;
    }
    if (i >= words.length) {
      throw new MalformedFile("FROM at line " + in.line() + " names no image", in.line(), 1);
    }
    String written = words[i];
    if (i + 2 < words.length && words[i + 1].equalsIgnoreCase("AS")) {
      stages.add(words[i + 2].toLowerCase(Locale.ROOT));
    }
    String image = substitute(written, args);
    int column = in.first().indexOf(written);
    int col = column < 0 ? 1 : column + 1;
    ImageReference.check(image, stages, policy)
        .map(
            p ->
                image.equals(written)
                    ? p
                    : new Problem(
                        p.rule(),
                        p.severity(),
                        p.message() + " (" + written + " with the ARG defaults)",
                        p.hint() + "; change the ARG default"))
        .ifPresent(p -> findings.add(p.at(path, in.line(), col)));
  }

  /** {@code text} with the ARG values substituted; a variable without a value stays as written. */
  static String substitute(String text, Map<String, String> args) {
    Matcher m = VARIABLE.matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String name = m.group(1) != null ? m.group(1) : m.group(4);
      String value = args.get(name);
      String replacement;
      if ("-".equals(m.group(2))) {
        replacement = value == null || value.isEmpty() ? m.group(3) : value;
      } else if ("+".equals(m.group(2))) {
        replacement = value == null || value.isEmpty() ? "" : m.group(3);
      } else {
        replacement = value == null ? m.group() : value;
      }
      m.appendReplacement(out, Matcher.quoteReplacement(replacement));
    }
    m.appendTail(out);
    return out.toString();
  }

  private static String unquote(String s) {
    if (s.length() >= 2
        && (s.startsWith("\"") && s.endsWith("\"") || s.startsWith("'") && s.endsWith("'"))) {
      return s.substring(1, s.length() - 1);
    }
    return s;
  }

  /** The instructions of a Dockerfile with continuations joined. */
  static List<Instruction> instructions(String text) {
    String[] lines = text.split("\r?\n", -1);
    char escape = '\\';
    List<Instruction> out = new ArrayList<>();
    int i = 0;
    // parser directives come first, before any instruction, comment or blank line
    while (i < lines.length && lines[i].startsWith("#")) {
      Matcher d = DIRECTIVE.matcher(lines[i].strip());
      if (d.matches()) {
        escape = d.group(1).charAt(0);
      } else if (!lines[i].matches("^#\\s*[a-zA-Z]+\\s*=.*")) {
        break;
      }
      i++;
    }
    while (i < lines.length) {
      String line = lines[i];
      String stripped = line.strip();
      if (stripped.isEmpty() || stripped.startsWith("#")) {
        i++;
        continue;
      }
      int start = i + 1;
      StringBuilder text2 = new StringBuilder();
      String current = line;
      while (true) {
        String trimmed = current.stripTrailing();
        if (!trimmed.isEmpty()
            && trimmed.charAt(trimmed.length() - 1) == escape
            && i + 1 < lines.length) {
          text2.append(trimmed, 0, trimmed.length() - 1).append(' ');
          i++;
          while (i < lines.length && lines[i].strip().startsWith("#")) {
            i++; // comments inside a continuation are dropped
          }
          if (i >= lines.length) {
            break;
          }
          current = lines[i];
        } else {
          text2.append(trimmed);
          break;
        }
      }
      i++;
      String joined = text2.toString();
      out.add(new Instruction(start, line, joined));
      Matcher heredoc = HEREDOC.matcher(joined);
      while (heredoc.find() && !joined.strip().toUpperCase(Locale.ROOT).startsWith("FROM")) {
        String end = heredoc.group(1);
        while (i < lines.length && !lines[i].strip().equals(end)) {
          i++;
        }
        i++;
      }
    }
    return out;
  }
}
