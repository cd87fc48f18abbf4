package dev.tollgate.core.changelog;

import dev.tollgate.core.versioning.ReleaseCommit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The conventional-changelog / release-please layout: {@code ## [1.2.0](compare-url) (2024-05-01)},
 * then {@code ### ⚠ BREAKING CHANGES} (the breaking footers' text, or the subject of a {@code !}
 * commit), {@code Features}, {@code Bug Fixes}, {@code Performance Improvements} and {@code
 * Reverts}; items {@code * **scope:** subject ([abc1234](commit-url))}, sorted by scope then
 * subject. Without a GitHub/GitLab remote the heading is {@code ## 1.2.0 (2024-05-01)} and items
 * end with the short id.
 */
final class ConventionalRenderer implements SectionRenderer {

  private static final Map<String, String> GROUPS = new LinkedHashMap<>();

  static {
    GROUPS.put("feat", "Features");
    GROUPS.put("fix", "Bug Fixes");
    GROUPS.put("perf", "Performance Improvements");
    GROUPS.put("revert", "Reverts");
  }

  private static final Comparator<ReleaseCommit> BY_SCOPE_THEN_SUBJECT =
      Comparator.comparing(ReleaseCommit::scope).thenComparing(ReleaseCommit::subject);

  @Override
  public String render(ReleaseSection release, Optional<RepositoryLinks> links) {
    StringBuilder out = new StringBuilder("## ");
    String version = release.version().toString();
    if (links.isPresent() && release.previousTagName().isPresent()) {
      out.append('[')
          .append(version)
          .append("](")
          .append(links.get().compareUrl(release.previousTagName().get(), release.tagName()))
          .append(')');
    } else {
      out.append(version);
    }
    release.date().ifPresent(d -> out.append(" (").append(d).append(')'));
    out.append("\n\n");

    List<String[]> breaking = new ArrayList<>();
    Map<String, List<ReleaseCommit>> groups = new LinkedHashMap<>();
    for (ReleaseCommit commit : release.commits()) {
      if (!commit.conventional()) {
        continue;
      }
      if (commit.breaking()) {
        List<String> notes =
            commit.breakingNotes().isEmpty() ? List.of(commit.subject()) : commit.breakingNotes();
        for (String note : notes) {
          breaking.add(new String[] {commit.scope(), note});
        }
      }
      if (GROUPS.containsKey(commit.type())) {
        groups.computeIfAbsent(commit.type(), k -> new ArrayList<>()).add(commit);
      }
    }
    if (!breaking.isEmpty()) {
      out.append("\n### ⚠ BREAKING CHANGES\n\n");
      for (String[] note : breaking) {
        out.append("* ").append(scopePrefix(note[0]));
        out.append(SectionRenderer.indentContinuation(note[1])).append('\n');
      }
    }
    for (Map.Entry<String, String> group : GROUPS.entrySet()) {
      List<ReleaseCommit> commits = groups.get(group.getKey());
      if (commits == null) {
        continue;
      }
      out.append("\n### ").append(group.getValue()).append("\n\n");
      for (ReleaseCommit commit : commits.stream().sorted(BY_SCOPE_THEN_SUBJECT).toList()) {
        out.append("* ").append(scopePrefix(commit.scope())).append(commit.subject());
        if (links.isPresent()) {
          out.append(" ([")
              .append(commit.shortSha())
              .append("](")
              .append(links.get().commitUrl(commit.sha()))
              .append("))");
        } else {
          out.append(" (").append(commit.shortSha()).append(')');
        }
        out.append('\n');
      }
    }
    return out.toString();
  }

  private static String scopePrefix(String scope) {
    return scope.isEmpty() ? "" : "**" + scope + ":** ";
  }

  @Override
  public String fileHeader() {
    return "# Changelog\n\n";
  }
}
