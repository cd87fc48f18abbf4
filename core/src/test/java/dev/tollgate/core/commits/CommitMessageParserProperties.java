package dev.tollgate.core.commits;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class CommitMessageParserProperties {

  @Property(tries = 2000)
  void neverThrowsOnArbitraryText(@ForAll String text) {
    ParsedMessage parsed = CommitMessageParser.parse(text);
    assertThat(parsed.parts().text()).isNotNull();
  }

  @Property(tries = 2000)
  void neverThrowsOnMessageLikeText(@ForAll("messageLike") String text) {
    ParsedMessage parsed = CommitMessageParser.parse(text);
    if (parsed instanceof ParseError e) {
      assertThat(e.column()).isBetween(1, Math.max(1, e.header().length() + 1));
    }
  }

  @Property(tries = 2000)
  void wellFormedHeadersRoundTrip(@ForAll("headers") Header h) {
    ParsedMessage parsed = CommitMessageParser.parse(h.text() + "\n\nsome body\n\nRefs: #1");
    assertThat(parsed).isInstanceOf(ConventionalCommit.class);
    ConventionalCommit c = (ConventionalCommit) parsed;
    assertThat(c.type()).isEqualTo(h.type());
    assertThat(c.scope()).isEqualTo(h.scope());
    assertThat(c.bang()).isEqualTo(h.bang());
    assertThat(c.description()).isEqualTo(h.description());
    assertThat(c.formatHeader()).isEqualTo(h.text());
    assertThat(c.body()).isEqualTo("some body");
    assertThat(c.footers()).containsExactly(new Footer("Refs", ": ", "#1"));
  }

  @Property(tries = 500)
  void lineEndingsDoNotChangeTheResult(
      @ForAll("headers") Header h, @ForAll("bodyLines") List<String> body) {
    String lf = h.text() + "\n\n" + String.join("\n", body);
    ParsedMessage a = CommitMessageParser.parse(lf);
    ParsedMessage b = CommitMessageParser.parse(lf.replace("\n", "\r\n"));
    ParsedMessage c = CommitMessageParser.parse("\uFEFF" + lf.replace("\n", "\r"));
    assertThat(b).isEqualTo(a);
    assertThat(c).isEqualTo(a);
  }

  record Header(String type, String scope, boolean bang, String description) {
    String text() {
      return type
          + (scope.isEmpty() ? "" : "(" + scope + ")")
          + (bang ? "!" : "")
          + ": "
          + description;
    }
  }

  @Provide
  Arbitrary<Header> headers() {
    Arbitrary<String> type =
        Arbitraries.strings()
            .withChars("abcdefghijklmnopqrstuvwxyzABCZ0129_-")
            .ofMinLength(1)
            .ofMaxLength(12);
    Arbitrary<String> scope =
        Arbitraries.strings()
            .withChars("abcxyz019/@-.,_ ")
            .ofMaxLength(15)
            .filter(s -> s.isEmpty() || !s.isBlank());
    Arbitrary<String> description =
        Arbitraries.strings()
            .withChars("abc XYZ.,:!()#\t'\"`é日")
            .ofMinLength(1)
            .ofMaxLength(40)
            .map(String::strip)
            .filter(s -> !s.isEmpty());
    return Combinators.combine(type, scope, Arbitraries.of(true, false), description)
        .as(Header::new);
  }

  @Provide
  Arbitrary<String> messageLike() {
    return Arbitraries.strings()
        .withChars("feat(x)!: \n\r\t#BREAKING CHANGE-Refs\uFEFF")
        .ofMaxLength(200);
  }

  @Provide
  Arbitrary<List<String>> bodyLines() {
    return Arbitraries.strings()
        .withChars("ab :#-\tRefsBREAKING CHANGE")
        .ofMaxLength(30)
        .list()
        .ofMaxSize(8);
  }
}
