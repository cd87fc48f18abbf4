package dev.tollgate.core.files;

import static dev.tollgate.core.files.CheckFixtures.scan;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The syntax check against what pre-commit-hooks' check-json and check-yaml reject and accept. */
class SyntaxParityTest {

  private final SyntaxCheck check = new SyntaxCheck();

  private String problem(String path, byte[] content) {
    var found = scan(check, path, content, 0100644);
    return found.isEmpty() ? "" : found.get(0).line() + ": " + found.get(0).message();
  }

  private String problem(String path, String content) {
    return problem(path, content.getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "tsconfig.json",
        "tsconfig.base.json",
        "packages/web/tsconfig.app.json",
        ".vscode/settings.json",
        "tools/.vscode/launch.json",
        "rush.json",
        ".oxlintrc.json",
        "settings.jsonc"
      })
  void jsonWithCommentsIsValidWhereItIsTheFormat(String path) {
    String jsonc = "{\n  // the target\n  \"a\": 1, /* more */\n  \"b\": [1, 2,],\n}\n";
    assertThat(problem(path, jsonc)).isEmpty();
    assertThat(problem("package.json", jsonc)).startsWith("2: invalid JSON");
  }

  @Test
  void duplicateKeysInJsonAndYaml() {
    assertThat(problem("a.json", "{\"a\": 1,\n \"b\": {\"c\": 1, \"c\": 2}}\n"))
        .isEqualTo("2: invalid JSON: duplicate key \"c\"");
    assertThat(problem("a.json", "[{\"a\": 1}, {\"a\": 2}]\n")).isEmpty();
    assertThat(problem("a.yaml", "a: 1\nb:\n  c: 1\n  c: 2\n"))
        .isEqualTo("4: invalid YAML: found duplicate key \"c\"");
    assertThat(problem("a.yaml", "items:\n- a: 1\n- a: 2\n")).isEmpty();
    assertThat(problem("a.yaml", "base: &b {x: 1}\nm:\n  <<: *b\n  y: 2\n")).isEmpty();
    assertThat(problem("a.yaml", "1: one\n\"1\": string one\n")).isEmpty();
  }

  @Test
  void invalidUtf8InJson() {
    byte[] latin1 = {'{', '"', 'a', '"', ':', '"', (byte) 0xE9, 't', (byte) 0xE9, '"', '}', '\n'};
    assertThat(problem("a.json", latin1)).startsWith("1: invalid JSON: invalid UTF-8");
    assertThat(problem("a.json", "{\"a\": \"été ✓ 😀\"}\n")).isEmpty();
  }

  @Test
  void undefinedAliasesAndCustomTags() {
    assertThat(problem("a.yml", "a: *nowhere\n"))
        .isEqualTo("1: invalid YAML: found undefined alias 'nowhere'");
    assertThat(problem("a.yml", "a: &x 1\n---\nb: *x\n")).startsWith("3: invalid YAML");
    assertThat(problem("cf.yml", "Value: !Ref Bucket\nOther: !GetAtt [A, Arn]\n")).isEmpty();
  }
}
