package dev.tollgate.core.commits;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tollgate.core.commits.ParseError.Problem;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CommitMessageParserTest {

  private static ConventionalCommit ok(String message) {
    ParsedMessage parsed = CommitMessageParser.parse(message);
    assertThat(parsed).as(message).isInstanceOf(ConventionalCommit.class);
    return (ConventionalCommit) parsed;
  }

  private static ParseError error(String message) {
    ParsedMessage parsed = CommitMessageParser.parse(message);
    assertThat(parsed).as(message).isInstanceOf(ParseError.class);
    return (ParseError) parsed;
  }

  @Test
  void specExampleWithDescriptionAndBreakingChangeFooter() {
    ConventionalCommit c =
        ok(
            "feat: allow provided config object to extend other configs\n\n"
                + "BREAKING CHANGE: `extends` key in config file is now used for extending other"
                + " config files");
    assertThat(c.type()).isEqualTo("feat");
    assertThat(c.scopes()).isEmpty();
    assertThat(c.breaking()).isTrue();
    assertThat(c.bang()).isFalse();
    assertThat(c.breakingDescription())
        .isEqualTo("`extends` key in config file is now used for extending other config files");
    assertThat(c.body()).isEmpty();
    assertThat(c.footers()).hasSize(1);
  }

  @Test
  void specExampleBangDrawsAttention() {
    ConventionalCommit c = ok("feat!: send an email to the customer when a product is shipped");
    assertThat(c.breaking()).isTrue();
    assertThat(c.bang()).isTrue();
    assertThat(c.breakingDescription())
        .isEqualTo("send an email to the customer when a product is shipped");
  }

  @Test
  void specExampleScopeAndBang() {
    ConventionalCommit c =
        ok("feat(api)!: send an email to the customer when a product is shipped");
    assertThat(c.scope()).isEqualTo("api");
    assertThat(c.scopes()).containsExactly("api");
    assertThat(c.breaking()).isTrue();
  }

  @Test
  void specExampleBangAndFooter() {
    ConventionalCommit c =
        ok(
            "chore!: drop support for Node 6\n\n"
                + "BREAKING CHANGE: use JavaScript features not available in Node 6.");
    assertThat(c.breakingDescription())
        .isEqualTo("use JavaScript features not available in Node 6.");
  }

  @Test
  void specExampleMultiParagraphBodyAndMultipleFooters() {
    ConventionalCommit c =
        ok(
            "fix: prevent racing of requests\n\n"
                + "Introduce a request id and a reference to latest request. Dismiss\n"
                + "incoming responses other than from latest request.\n\n"
                + "Remove timeouts which were used to mitigate the racing issue but are\n"
                + "obsolete now.\n\n"
                + "Reviewed-by: Z\n"
                + "Refs: #123\n");
    assertThat(c.body())
        .isEqualTo(
            "Introduce a request id and a reference to latest request. Dismiss\n"
                + "incoming responses other than from latest request.\n\n"
                + "Remove timeouts which were used to mitigate the racing issue but are\n"
                + "obsolete now.");
    assertThat(c.footers())
        .containsExactly(new Footer("Reviewed-by", ": ", "Z"), new Footer("Refs", ": ", "#123"));
    assertThat(c.breaking()).isFalse();
    assertThat(c.parts().blankBeforeBody()).isTrue();
    assertThat(c.parts().blankBeforeFooters()).isTrue();
  }

  @Test
  void specExampleRevertWithRefsFooter() {
    ConventionalCommit c =
        ok("revert: let us never again speak of the noodle incident\n\nRefs: 676104e, a215868");
    assertThat(c.type()).isEqualTo("revert");
    assertThat(c.kind()).isEqualTo(CommitKind.NORMAL);
    assertThat(c.footers()).containsExactly(new Footer("Refs", ": ", "676104e, a215868"));
  }

  @Test
  void hashFootersAndMultiLineValues() {
    ConventionalCommit c =
        ok(
            "fix(parser): handle tabs\n\nbody\n\nCloses #12\nBREAKING-CHANGE: the old\n"
                + "  behaviour is gone\nSigned-off-by: A <a@b.c>");
    assertThat(c.footers())
        .containsExactly(
            new Footer("Closes", " #", "12"),
            new Footer("BREAKING-CHANGE", ": ", "the old\n  behaviour is gone"),
            new Footer("Signed-off-by", ": ", "A <a@b.c>"));
    assertThat(c.breaking()).isTrue();
    assertThat(c.breakingDescription()).isEqualTo("the old\n  behaviour is gone");
    assertThat(c.body()).isEqualTo("body");
  }

  @Test
  void bodyParagraphWithColonIsNotAFooterWhenProseFollows() {
    ConventionalCommit c = ok("fix: x\n\nNote: this is subtle.\n\nMore prose here.");
    assertThat(c.footers()).isEmpty();
    assertThat(c.body()).isEqualTo("Note: this is subtle.\n\nMore prose here.");
  }

  @Test
  void breakingChangeWithoutBlankLineIsStillAFooter() {
    ConventionalCommit c = ok("feat: x\nBREAKING CHANGE: gone");
    assertThat(c.breaking()).isTrue();
    assertThat(c.body()).isEmpty();
    assertThat(c.parts().blankBeforeFooters()).isFalse();
  }

  @Test
  void bodyWithoutBlankLine() {
    ConventionalCommit c = ok("feat: x\nbody right away");
    assertThat(c.body()).isEqualTo("body right away");
    assertThat(c.parts().blankBeforeBody()).isFalse();
  }

  @Test
  void scopesMayContainPathCharacters() {
    assertThat(ok("feat(@angular/cli): x").scopes()).containsExactly("@angular/cli");
    assertThat(ok("fix(commands/bump): x").scopes()).containsExactly("commands/bump");
    assertThat(ok("fix(a-b.c, d): x").scopes()).containsExactly("a-b.c", "d");
  }

  @Test
  void toleratesCrlfLoneCrBomTrailingSpacesAndTabs() {
    ConventionalCommit c = ok("\uFEFFfeat(x): add it  \t\r\n\r\nbody\rline\r\n\r\nRefs: #1\r\n");
    assertThat(c.description()).isEqualTo("add it");
    assertThat(c.header()).isEqualTo("feat(x): add it  \t");
    assertThat(c.body()).isEqualTo("body\nline");
    assertThat(c.footers()).containsExactly(new Footer("Refs", ": ", "#1"));
    assertThat(ok("\n\n  \nfix: leading blank lines").description())
        .isEqualTo("leading blank lines");
    assertThat(ok("docs: tab\tinside").description()).isEqualTo("tab\tinside");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "update stuff|MISSING_COLON|7",
        "WIP|MISSING_COLON|4",
        "fix:tag parser|MISSING_SPACE|5",
        "feat(api) add it|MISSING_COLON|10",
        "feat(api: x|UNCLOSED_SCOPE|5",
        "feat(): x|EMPTY_SCOPE|6",
        "feat:|EMPTY_DESCRIPTION|6",
        "feat:   |EMPTY_DESCRIPTION|6",
        "': x'|MISSING_TYPE|1",
        "' feat: x'|LEADING_WHITESPACE|1",
        "feat!x: y|MISSING_COLON|6",
      })
  void malformedHeadersGivePreciseErrors(String header, Problem problem, int column) {
    ParseError e = error(header);
    assertThat(e.problem()).isEqualTo(problem);
    assertThat(e.column()).isEqualTo(column);
    assertThat(e.explanation()).contains("column " + column);
  }

  @Test
  void emptyAndNullMessages() {
    assertThat(error("").problem()).isEqualTo(Problem.EMPTY_MESSAGE);
    assertThat(error(" \n\t\n").problem()).isEqualTo(Problem.EMPTY_MESSAGE);
    assertThat(error(null).problem()).isEqualTo(Problem.EMPTY_MESSAGE);
  }

  @Test
  void kinds() {
    assertThat(error("fixup! feat: x").kind()).isEqualTo(CommitKind.FIXUP);
    assertThat(error("squash! feat: x").kind()).isEqualTo(CommitKind.SQUASH);
    assertThat(error("amend! feat: x").kind()).isEqualTo(CommitKind.AMEND);
    assertThat(error("Revert \"feat: x\"\n\nThis reverts commit abc.").kind())
        .isEqualTo(CommitKind.REVERT);
    assertThat(error("Reapply \"feat: x\"").kind()).isEqualTo(CommitKind.REVERT);
    assertThat(error("Merge branch 'topic'").kind()).isEqualTo(CommitKind.MERGE);
    assertThat(error("Merge pull request #12 from a/b\n\nfeat: x").kind())
        .isEqualTo(CommitKind.MERGE);
    assertThat(ok("chore(release): v1.2.3").isRelease()).isTrue();
    assertThat(ok("chore(release): 2.0.0-rc.1").isRelease()).isTrue();
    assertThat(ok("chore(release): prepare notes").isRelease()).isFalse();
    assertThat(ok("feat: x").kind()).isEqualTo(CommitKind.NORMAL);
  }

  @Test
  void formatHeaderRebuildsTheHeader() {
    assertThat(ok("feat(a,b)!: x y").formatHeader()).isEqualTo("feat(a,b)!: x y");
  }

  @Test
  void veryLongMessagesParse() {
    String body = "word ".repeat(400_000);
    String footers = "Refs: #1\n".repeat(50_000);
    ConventionalCommit c = ok("feat: long\n\n" + body + "\n\n" + footers);
    assertThat(c.footers()).hasSize(50_000);
    List<Footer> many = ok("feat: x\n\n" + "A: b\n\n".repeat(20_000)).footers();
    assertThat(many).hasSize(20_000);
    ParsedMessage p =
        CommitMessageParser.parse("x".repeat(1_000_000) + "\n\n" + "y\n\n".repeat(100_000));
    assertThat(p).isInstanceOf(ParseError.class);
  }
}
