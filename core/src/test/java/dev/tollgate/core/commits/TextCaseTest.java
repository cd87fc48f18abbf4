package dev.tollgate.core.commits;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextCaseTest {

  @Test
  void casesAsCommitlintSeesThem() {
    assertThat(TextCase.is("Describe The Process", "start-case")).isTrue();
    assertThat(TextCase.is("describe the process", "start-case")).isFalse();
    assertThat(TextCase.is("Describe the process", "sentence-case")).isTrue();
    assertThat(TextCase.is("describe", "sentence-case")).isFalse();
    assertThat(TextCase.is("DescribeIt", "pascal-case")).isTrue();
    assertThat(TextCase.is("describeIt", "camel-case")).isTrue();
    assertThat(TextCase.is("describe-it", "kebab-case")).isTrue();
    assertThat(TextCase.is("describe_it", "snake-case")).isTrue();
    assertThat(TextCase.is("SHOUT", "upper-case")).isTrue();
    assertThat(TextCase.is("quiet", "lower-case")).isTrue();
    assertThat(TextCase.is("`Quoted` rest", "lower-case")).isTrue();
    assertThat(TextCase.is("2fast", "upper-case")).isTrue();
    assertThat(TextCase.is("x", "no-such-case")).isFalse();
  }

  @Test
  void unicodeAsJavaScriptCasesIt() {
    // s[0].toUpperCase(): ß becomes SS, so a subject starting with ß is not sentence case
    assertThat(TextCase.is("ßtraße", "sentence-case")).isFalse();
    assertThat(TextCase.is("Élan vital", "sentence-case")).isTrue();
    assertThat(TextCase.is("ÄRGER", "upper-case")).isTrue();
    // lodash's start case drops accents and apostrophes first
    assertThat(TextCase.is("Élan Vital", "start-case")).isFalse();
    assertThat(TextCase.is("Dont Stop", "start-case")).isTrue();
    assertThat(TextCase.is("Don't Stop", "start-case")).isFalse();
    assertThat(TextCase.is("١٢ x", "upper-case")).isFalse();
  }

  @Test
  void asciiShortcutsGiveTheConversionsVerdicts() {
    String[] names = TextCase.NAMES.toArray(String[]::new);
    String alphabet = "aZm9 -_.:'`\"(";
    java.util.Random random = new java.util.Random(14);
    for (int n = 0; n < 20_000; n++) {
      StringBuilder text = new StringBuilder();
      for (int i = random.nextInt(12); i >= 0; i--) {
        text.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String raw = text.toString();
      String cleaned = DefaultIgnores.jsTrim(TextCase.withoutQuoted(raw));
      for (String name : names) {
        assertThat(TextCase.is(raw, name))
            .as("'%s' in %s", raw, name)
            .isEqualTo(TextCase.byConversion(cleaned, name));
        assertThat(TextCase.isInAny(raw, new String[] {name})).isEqualTo(TextCase.is(raw, name));
      }
    }
  }

  @Test
  void words() {
    assertThat(TextCase.words("XMLHttpRequest v2 foo_bar"))
        .containsExactly("XML", "Http", "Request", "v", "2", "foo", "bar");
  }
}
