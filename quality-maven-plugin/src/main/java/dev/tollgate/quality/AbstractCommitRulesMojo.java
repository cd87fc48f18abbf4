package dev.tollgate.quality;

import dev.tollgate.core.commits.CommitLintConfig;
import dev.tollgate.quality.settings.ModuleScopes;
import org.apache.maven.execution.MavenSession;
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
   * subject-case=off}. Levels are {@code off}, {@code warn} and {@code error} (commitlint's {@code
   * 0}/{@code 1}/{@code 2} are deprecated). See docs/commits.md for every rule.
   */
  @Parameter(property = "tollgate.commits.rules")
  private String rules;

  /**
   * Skip merge commits: {@code true} (two or more parents, a merge in progress in the commit-msg
   * hook, or a merge message as commitlint recognises it: a line {@code Merge branch …}, {@code
   * Merge pull request …}, {@code Merge … into …}), {@code text} (the message only, exactly as
   * commitlint) or {@code false}.
   */
  @Parameter(property = "tollgate.commits.ignoreMerges", defaultValue = "true")
  private String ignoreMerges;

  /**
   * Skip commits whose first line is only a version ({@code v21.2.2}, {@code chore(release): 1.2.3
   * [skip ci]}), as commitlint does: {@code true} or {@code false}.
   */
  @Parameter(property = "tollgate.commits.ignoreVersions", defaultValue = "true")
  private String ignoreVersions;

  /**
   * Skip {@code Revert …} and {@code Reapply …} commits (git's {@code Revert "…"} and the like, as
   * commitlint): {@code true} or {@code false}.
   */
  @Parameter(property = "tollgate.commits.ignoreReverts", defaultValue = "true")
  private String ignoreReverts;

  /**
   * Skip {@code fixup!}, {@code squash!} and {@code amend!} commits in a range: {@code true} or
   * {@code false}. With {@code false} {@code quality:commits} rejects them: right for protected
   * branches, where they should have been squashed. Committing one ({@code git commit --fixup}) is
   * always allowed by the commit-msg hook and {@code quality:commit-msg}.
   */
  @Parameter(property = "tollgate.commits.ignoreFixups", defaultValue = "true")
  private String ignoreFixups;

  /**
   * Headers to skip: RE2 patterns (linear time), one per line, each searched in the header, e.g.
   * {@code ^Initial commit$}.
   */
  @Parameter(property = "tollgate.commits.ignorePatterns")
  private String ignorePatterns;

  /**
   * Where {@code scope-enum} takes its scopes from: empty (the rule as configured in {@code rules})
   * or {@code modules}: each module of the reactor (not the top project) by directory name and by
   * artifactId, added to the scopes {@code scope-enum} lists, at its level when on, else {@code
   * error}. The hooks use the names recorded when they were installed.
   */
  @Parameter(property = "tollgate.commits.scopes")
  private String scopes;

  @Parameter(defaultValue = "${session}", readonly = true, required = true)
  private MavenSession session;

  /**
   * The configuration built from the settings, as a hook builds it, with the reactor's module names
   * for {@code scopes=modules}.
   *
   * @throws dev.tollgate.core.settings.InvalidSettingException naming the property
   */
  protected final CommitLintConfig lintConfig() {
    return CommitLintConfig.from(settings().with(ModuleScopes.setting(session)), getLog()::warn);
  }
}
