package dev.tollgate.core.changelog;

import java.util.Optional;

/** Renders one release's section of a changelog in one style. Pure. */
interface SectionRenderer {

  /** The section's Markdown, ending with a newline. */
  String render(ReleaseSection release, Optional<RepositoryLinks> links);

  /** What a regenerated changelog starts with (may be empty). */
  String fileHeader();

  /** Continuation lines of a multi-line item, indented to stay inside its bullet. */
  static String indentContinuation(String text) {
    return text.strip().replace("\n", "\n  ");
  }
}
