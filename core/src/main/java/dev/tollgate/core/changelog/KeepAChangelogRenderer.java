package dev.tollgate.core.changelog;

import dev.tollgate.core.versioning.ReleaseCommit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Keep a Changelog 1.1: {@code ## [1.2.0] - 2024-05-01}, then {@code ### Added} ({@code feat}),
 * {@code ### Changed} (breaking changes first, marked {@code **BREAKING:**} with their footer text,
 * then {@code perf} and {@code refactor}), {@code ### Removed} ({@code revert}) and {@code ###
 * Fixed} ({@code fix}); items {@code - **scope**: subject} in the commits' order.
 */
final class KeepAChangelogRenderer implements SectionRenderer {

  @Override
  public String render(ReleaseSection release, Optional<RepositoryLinks> links) {
    Map<String, List<String>> groups = new LinkedHashMap<>();
    for (String name : List.of("Added", "Changed", "Removed", "Fixed")) {
      groups.put(name, new ArrayList<>());
    }
    List<String> changed = new ArrayList<>();
    for (ReleaseCommit commit : release.commits()) {
      if (!commit.conventional()) {
        continue;
      }
      String scope = commit.scope().isEmpty() ? "" : "**" + commit.scope() + "**: ";
      if (commit.breaking()) {
        List<String> notes =
            commit.breakingNotes().isEmpty() ? List.of(commit.subject()) : commit.breakingNotes();
        for (String note : notes) {
          groups
              .get("Changed")
              .add("**BREAKING:** " + scope + SectionRenderer.indentContinuation(note));
        }
      }
      String item = scope + commit.subject();
      switch (commit.type()) {
        case "feat" -> groups.get("Added").add(item);
        case "perf", "refactor" -> changed.add(item);
        case "revert" -> groups.get("Removed").add(item);
        case "fix" -> groups.get("Fixed").add(item);
        default -> {
          // other types are not user-facing changes
        }
      }
    }
    groups.get("Changed").addAll(changed);
    StringBuilder out = new StringBuilder("## [").append(release.version()).append(']');
    release.date().ifPresent(d -> out.append(" - ").append(d));
    out.append('\n');
    for (Map.Entry<String, List<String>> group : groups.entrySet()) {
      if (group.getValue().isEmpty()) {
        continue;
      }
      out.append("\n### ").append(group.getKey()).append("\n\n");
      for (String item : group.getValue()) {
        out.append("- ").append(item).append('\n');
      }
    }
    return out.toString();
  }

  @Override
  public String fileHeader() {
    return "# Changelog\n\n"
        + "All notable changes to this project are listed in this file, newest first.\n"
        + "The format follows [Keep a Changelog](https://keepachangelog.com/en/1.1.0/) and the\n"
        + "project uses [Semantic Versioning](https://semver.org/spec/v2.0.0.html).\n\n"
        + "## [Unreleased]\n\n";
  }
}
