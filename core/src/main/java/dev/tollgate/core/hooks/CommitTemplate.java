package dev.tollgate.core.hooks;

import dev.tollgate.core.commits.CommitLintConfig;
import dev.tollgate.core.commits.GitMessageCleanup;
import dev.tollgate.core.commits.RuleLevel;
import dev.tollgate.core.commits.RuleSetting;
import dev.tollgate.core.git.GitLayout;
import dev.tollgate.core.settings.Settings;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

/**
 * The {@code prepare-commit-msg} hook (opt-in: {@code tollgate.hooks.names} with {@code
 * prepare-commit-msg}): when git is about to open the editor for a new message, the allowed types
 * and scopes go into it as comment lines, which git's cleanup removes again. Messages given with
 * {@code -m}/{@code -F}, merges, squashes and amends are left alone.
 */
final class CommitTemplate {

  private static final String SCISSORS = " ------------------------ >8 ------------------------";

  private CommitTemplate() {}

  /**
   * Adds the comment lines to the message file.
   *
   * @param file the message file git passes
   * @param source git's second argument: empty for a plain {@code git commit}, {@code template}
   *     with {@code commit.template}; anything else leaves the file as it is
   * @throws IOException when the file cannot be read or written
   */
  static void prepare(
      Path file, String source, Settings settings, GitLayout layout, Consumer<String> warn)
      throws IOException {
    if (!source.isEmpty() && !source.equals("template")) {
      return;
    }
    String comment = layout.commentPrefix().orElse("#");
    String text = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
    if (comment.equalsIgnoreCase("auto")) {
      comment = GitMessageCleanup.autoCommentChar(text);
    }
    String lines = comments(CommitLintConfig.from(settings, warn), comment);
    int scissors = text.indexOf(comment + SCISSORS);
    String updated =
        scissors >= 0
            ? text.substring(0, scissors) + lines + text.substring(scissors)
            : text + (text.isEmpty() || text.endsWith("\n") ? "" : "\n") + lines;
    Files.write(file, updated.getBytes(StandardCharsets.ISO_8859_1));
  }

  /** The comment lines: the header's form, the types and, with scope-enum, the scopes. */
  static String comments(CommitLintConfig config, String comment) {
    StringBuilder b = new StringBuilder();
    b.append(comment).append(" Conventional Commits: type(scope): subject\n");
    List<String> types = config.allowedTypes();
    if (!types.isEmpty()) {
      b.append(comment).append(" types: ").append(String.join(", ", types)).append('\n');
    }
    RuleSetting scopes = config.rules().get("scope-enum");
    if (scopes != null && scopes.level() != RuleLevel.OFF && !scopes.value().isBlank()) {
      b.append(comment)
          .append(" scopes: ")
          .append(String.join(", ", scopes.value().split("\\s*,\\s*")))
          .append('\n');
    }
    return latin1(b.toString());
  }

  private static String latin1(String text) {
    return new String(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
  }
}
