package dev.tollgate.quality;

import dev.tollgate.core.commits.CommitLintConfig;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Parameter;

/** The commit-message rule configuration shared by {@code commits} and {@code commit-msg}. */
abstract class AbstractCommitRulesMojo extends AbstractQualityMojo {

  /**
   * The rule preset: {@code conventional} (commitlint's config-conventional) or {@code commitizen}
   * (the pattern and types of {@code cz check}, including {@code bump}).
   */
  @Parameter(property = "tollgate.commits.preset", defaultValue = "conventional")
  private String preset;

  /**
   * Rule settings on top of the preset, one {@code id=level[:always|never][:value]} per line (or
   * separated by {@code ;}), e.g. {@code header-max-length=error:72}, {@code
   * type-enum=error:feat,fix,deps}, {@code scope-empty=error} (a scope is required), {@code
   * subject-case=off}. Levels are {@code off}, {@code warn} and {@code error}. See docs/commits.md
   * for every rule.
   */
  @Parameter(property = "tollgate.commits.rules")
  private String rules;

  /** Skip merge commits (recognised by their parent count). */
  @Parameter(property = "tollgate.commits.ignoreMerges", defaultValue = "true")
  private boolean ignoreMerges;

  /** Skip git's {@code Revert "…"} and {@code Reapply "…"} commits. */
  @Parameter(property = "tollgate.commits.ignoreReverts", defaultValue = "true")
  private boolean ignoreReverts;

  /**
   * Skip {@code fixup!}, {@code squash!} and {@code amend!} commits. With {@code false} they are
   * rejected: right for protected branches, where they should have been squashed.
   */
  @Parameter(property = "tollgate.commits.ignoreFixups", defaultValue = "true")
  private boolean ignoreFixups;

  /**
   * Headers to skip: RE2 patterns (linear time), one per line, each searched in the header, e.g.
   * {@code ^Initial commit$}.
   */
  @Parameter(property = "tollgate.commits.ignorePatterns")
  private String ignorePatterns;

  /** The configuration built from the parameters, through the same path a hook uses. */
  protected final CommitLintConfig lintConfig() throws MojoExecutionException {
    Map<String, String> p = new LinkedHashMap<>();
    p.put("preset", preset == null ? "" : preset);
    p.put("rules", rules == null ? "" : rules);
    p.put("ignore.merges", Boolean.toString(ignoreMerges));
    p.put("ignore.reverts", Boolean.toString(ignoreReverts));
    p.put("ignore.fixups", Boolean.toString(ignoreFixups));
    p.put("ignore.patterns", ignorePatterns == null ? "" : ignorePatterns);
    try {
      CommitLintConfig config = CommitLintConfig.fromProperties(p);
      new dev.tollgate.core.commits.CommitLinter(config);
      return config;
    } catch (IllegalArgumentException e) {
      throw new MojoExecutionException(
          "Invalid commit rule configuration: " + e.getMessage() + "; see docs/commits.md");
    }
  }
}
