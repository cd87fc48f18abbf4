package dev.tollgate.core.commits;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tollgate.core.report.Location;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * {@link CleanMessageScreen} against the linter: a message the screen passes is one the linter
 * neither ignores nor finds anything in, for messages near and far from the screen's shape and
 * configurations it accepts.
 */
class CleanMessageScreenProperties {

  /** Rule settings on top of the conventional preset, some of which the screen declines. */
  private static final List<String> RULE_CHANGES =
      List.of(
          "header-max-length=error:40",
          "header-max-length=off",
          "body-max-line-length=warn:always:30",
          "footer-max-line-length=error:always:20",
          "body-leading-blank=off",
          "footer-leading-blank=off",
          "subject-case=error:always:lower-case",
          "subject-case=error:never:upper-case",
          "subject-case=error:never:lower-case",
          "subject-full-stop=error:never:!",
          "subject-max-length=error:always:15",
          "scope-enum=error:always:core,deps,a-b",
          "scope-empty=error:never",
          "scope-empty=error:always",
          "type-enum=error:always:feat,fix,fixup,amend",
          "type-enum=off",
          "type-case=error:always:upper-case",
          "header-trim=off",
          "subject-leading-space=off",
          "references-pattern=error",
          "signed-off-by=warn");

  @Property(tries = 10000)
  void whatItPassesTheLinterPasses(
      @ForAll("messages") String message,
      @ForAll("parents") int parents,
      @ForAll("configs") CommitLintConfig config) {
    Optional<CleanMessageScreen> screen = CleanMessageScreen.of(config);
    if (screen.isEmpty()) {
      return;
    }
    byte[] utf8 = message.getBytes(StandardCharsets.UTF_8);
    // as in a walk's buffer: other bytes before and after the message
    byte[] buffer = new byte[utf8.length + 8];
    Arrays.fill(buffer, (byte) '\n');
    System.arraycopy(utf8, 0, buffer, 4, utf8.length);
    boolean clean = screen.get().isClean(parents, buffer, 4, 4 + utf8.length);
    Statistics.collect(clean);
    if (clean) {
      CommitLinter linter = new CommitLinter(config);
      ParsedMessage parsed = CommitMessageParser.parse(message);
      assertThat(linter.ignoreReason(parsed, parents)).isEmpty();
      assertThat(linter.lint(parsed, Location.nowhere())).isEmpty();
    }
  }

  @Provide
  Arbitrary<Integer> parents() {
    return Arbitraries.of(0, 1, 1, 1, 2, 3);
  }

  @Provide
  Arbitrary<CommitLintConfig> configs() {
    Arbitrary<List<String>> changes =
        Arbitraries.of(RULE_CHANGES).list().ofMaxSize(3).injectDuplicates(0.0);
    Arbitrary<Ignores> ignores =
        Combinators.combine(
                Arbitraries.of(true, false),
                Arbitraries.of(true, false),
                Arbitraries.of(true, false),
                Arbitraries.of(true, false),
                Arbitraries.of(true, false))
            .as(
                (merges, reverts, fixups, byParents, versions) ->
                    new Ignores(merges, reverts, fixups, List.of(), byParents, versions));
    return Combinators.combine(changes, ignores, Arbitraries.of(true, true, true, false))
        .as(
            (rules, ignore, defaults) -> {
              CommitLintConfig config = CommitLintConfig.conventional();
              for (String r : rules) {
                int eq = r.indexOf('=');
                config = config.withRule(r.substring(0, eq), r.substring(eq + 1));
              }
              return defaults ? config : config.withIgnores(ignore);
            });
  }

  @Provide
  Arbitrary<String> messages() {
    return Arbitraries.oneOf(nearlyClean(), nearlyClean(), assorted());
  }

  /** Messages of the screen's shape with a few characters inserted or deleted anywhere. */
  private Arbitrary<String> nearlyClean() {
    Arbitrary<String> words =
        Arbitraries.strings()
            .withChars("abcdefghijklmnopqrstuvwxyz")
            .ofMinLength(1)
            .ofMaxLength(9)
            .list()
            .ofMinSize(1)
            .ofMaxSize(14)
            .map(w -> String.join(" ", w));
    Arbitrary<String> header =
        Combinators.combine(
                Arbitraries.of("feat", "fix", "docs", "chore", "fixup", "amend", "squash", "foo"),
                Arbitraries.of("", "", "(core)", "(deps)", "(a-b)", "(x.y)", "(release)"),
                Arbitraries.of("", "", "", "!"),
                words)
            .as((t, sc, b, sub) -> t + sc + b + ": " + sub);
    Arbitrary<String> line =
        Arbitraries.oneOf(
            words,
            words,
            Arbitraries.of(
                "", "BREAKING CHANGE: gone", "Refs: #1", "Merge branch 'a' into b", "Merged x"));
    Arbitrary<String> body = line.list().ofMaxSize(6).map(l -> String.join("\n", l));
    Arbitrary<String> message =
        Combinators.combine(header, body, Arbitraries.of("\n", ""))
            .as((h, b, e) -> b.isEmpty() ? h + e : h + "\n\n" + b + e);
    Arbitrary<List<Edit>> edits =
        Combinators.combine(
                Arbitraries.integers().between(0, 10_000),
                Arbitraries.of(
                    "",
                    "",
                    ".",
                    " ",
                    "A",
                    "Z",
                    "\u00e9",
                    "\t",
                    "\r",
                    "\n",
                    "\n\n",
                    "!",
                    "(",
                    ")",
                    ",",
                    ":",
                    "#",
                    "1.2.3",
                    "v",
                    "http://x/"))
            .as(Edit::new)
            .list()
            .ofMaxSize(2);
    return Combinators.combine(message, edits)
        .as(
            (m, list) -> {
              String out = m;
              for (Edit e : list) {
                int at = out.isEmpty() ? 0 : e.at() % (out.length() + 1);
                out =
                    e.text().isEmpty() && at < out.length()
                        ? out.substring(0, at) + out.substring(at + 1)
                        : out.substring(0, at) + e.text() + out.substring(at);
              }
              return out;
            });
  }

  /** At an index (modulo the length): insert the text, or delete a character when it is empty. */
  record Edit(int at, String text) {}

  /** Messages of every shape, mostly not the screen's. */
  private Arbitrary<String> assorted() {
    Arbitrary<String> type =
        Arbitraries.oneOf(
            Arbitraries.of(
                "feat", "fix", "docs", "chore", "Feat", "FIX", "fixup", "squash", "amend", "revert",
                "merge", "foo", "", "feat2", "fix-it"),
            Arbitraries.strings().withChars("abfixzAZ0_-").ofMaxLength(6));
    Arbitrary<String> scope =
        Arbitraries.of(
            "",
            "",
            "(core)",
            "(deps)",
            "(a-b)",
            "(a,b)",
            "(core, deps)",
            "( )",
            "()",
            "(x y)",
            "(",
            "(release)",
            "(a(b)",
            "(é)");
    Arbitrary<String> bang = Arbitraries.of("", "", "!");
    Arbitrary<String> separator = Arbitraries.of(": ", ": ", ": ", ":", ":  ", " : ", ":\t");
    Arbitrary<String> subject =
        Arbitraries.oneOf(
            Arbitraries.strings()
                .withChars("abcxyzABCXYZ019 .,'\"`!-:()")
                .ofMinLength(0)
                .ofMaxLength(60),
            Arbitraries.strings().withChars("abcdefgh ").ofMinLength(1).ofMaxLength(120),
            Arbitraries.of(
                "add it",
                "Add it",
                "add it.",
                "add it!",
                "add it ",
                " add it",
                "v1.2.3",
                "1.2.3",
                "v1.2.3 [skip ci]",
                "élan",
                "add \"Quoted\" part",
                "ADD IT",
                "add it\t",
                "add it\r",
                "add  it",
                "a",
                "a.b.c",
                "v[skip ci]1.2.3",
                "v(ci skip)1.2.3",
                "v1.2.3-rc.1",
                "vv1.2.3",
                "update x to v1.2.3 (#12)"));
    Arbitrary<String> header =
        Arbitraries.oneOf(
            Combinators.combine(type, scope, bang, separator, subject)
                .as((t, sc, b, sep, sub) -> t + sc + b + sep + sub),
            Arbitraries.of(
                "Merge branch 'x'",
                "Merge pull request #1 from a/b",
                "Revert \"feat: x\"",
                "revert feat: x",
                "Reapply \"x\"",
                "fixup! feat: x",
                "squash! fix: y",
                "amend! fix: y",
                "v1.2.3",
                "chore(release): v1.2.3",
                "chore: 1.2.3",
                "Automatic merge from x",
                "",
                " ",
                "\uFEFFfeat: bom"));
    Arbitrary<String> line =
        Arbitraries.oneOf(
            Arbitraries.strings().withChars("abc XYZ.-:#").ofMaxLength(130),
            Arbitraries.of(
                "",
                "",
                " ",
                "BREAKING CHANGE: it breaks",
                "BREAKING-CHANGE: it breaks",
                "Refs: #12",
                "Signed-off-by: A <a@b>",
                "Closes #3",
                "Merge branch 'x' into y",
                "Merge tag 'v1'",
                "see https://example.invalid/" + "x".repeat(120),
                "caf\u00e9",
                "tab\there",
                "cr\rhere",
                "x".repeat(100),
                "x".repeat(101)));
    Arbitrary<String> body =
        line.list().ofMaxSize(8).map(lines -> lines.isEmpty() ? "" : String.join("\n", lines));
    Arbitrary<String> gap = Arbitraries.of("\n\n", "\n\n", "\n", "\n\n\n", "\n \n", "\r\n\r\n");
    Arbitrary<String> end = Arbitraries.of("\n", "\n", "", "\n\n", "\r\n");
    return Combinators.combine(header, gap, body, end)
        .as((h, g, b, e) -> b.isEmpty() ? h + e : h + g + b + e);
  }
}
