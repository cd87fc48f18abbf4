package dev.tollgate.core.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Secret-shaped values are assembled at run time so that none is stored in this repository. */
class SecretsTest {

  static final String GHP = "ghp_" + "R8mKq2vXw7NpL4tYc9ZbH3sJd6FgA1eUo5Ti";
  private static final String AWS_ID = "AKIA" + "Q3EGRZTWBN5KX7VM";
  private static final String B64 = "MIIEowIBAAKCAQEAq7BFUKRpPtUJmA1zPV3wnLVr9vfLqG0gXWnd8S0bH2k1";

  @ParameterizedTest
  @ValueSource(ints = {9, 11, 12, 15, 16, 20, 40, 100})
  void maskShowsAtMostFourCharactersAndAtMostAQuarter(int length) {
    String secret = "Ab3".repeat(40).substring(0, length);
    String masked = Secrets.mask(secret);
    int shown = masked.indexOf('…');
    assertThat(shown).isLessThanOrEqualTo(4).isLessThanOrEqualTo(length / 4);
    assertThat(masked).isEqualTo(secret.substring(0, shown) + "…(" + length + " chars)");
  }

  @Test
  void shortSecretsAreFullyMasked() {
    assertThat(Secrets.mask("")).isEqualTo("****");
    assertThat(Secrets.mask("12345678")).isEqualTo("****");
    assertThat(Secrets.mask(GHP)).isEqualTo("ghp_…(40 chars)");
  }

  @Test
  void redactMasksEveryTokenInFreeText() {
    String header = "feat: use " + GHP + " and " + AWS_ID + " for the ünïcode build";
    assertThat(Secrets.redact(header))
        .isEqualTo("feat: use ghp_…(40 chars) and AKIA…(20 chars) for the ünïcode build");
  }

  @Test
  void redactKeepsTextWithoutSecretsIdentical() {
    String text = "type \"bugfix\" is not allowed\r\nallowed: feat, fix; password=changeme";
    assertThat(Secrets.redact(text)).isSameAs(text);
    assertThat(Secrets.redact("")).isEmpty();
  }

  @Test
  void redactMasksGenericCredentialsAndKeyBodiesOnLaterLines() {
    String text = "db_password = \"x9Lq2Wv7ZpR4tK8m\"\n-----BEGIN RSA PRIVATE KEY-----\n\n" + B64;
    String redacted = Secrets.redact(text);
    assertThat(redacted)
        .doesNotContain("x9Lq2Wv7ZpR4tK8m")
        .doesNotContain(B64)
        .contains("db_password = \"x9Lq…(16 chars)\"")
        .contains("-----BEGIN RSA PRIVATE KEY-----\n\nMIIE…(60 chars)");
  }

  @Test
  void scannerReportsOffsetsOfTheValue() {
    byte[] line = ("token: " + GHP).getBytes(StandardCharsets.UTF_8);
    List<Secret> found = new SecretScanner().line(line, 0, line.length, 3);
    assertThat(found)
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.kind()).isEqualTo("github-token");
              assertThat(s.line()).isEqualTo(3);
              assertThat(s.valueFrom()).isEqualTo(7);
              assertThat(s.valueTo()).isEqualTo(line.length);
            });
  }

  @Test
  void everyNeedleInAnyCaseSendsTheTextToTheScanner() {
    for (String needle : SecretScanner.needles()) {
      for (String n :
          List.of(
              needle,
              needle.toUpperCase(java.util.Locale.ROOT),
              needle.toLowerCase(java.util.Locale.ROOT))) {
        assertThat(SecretScanner.mayHold("before " + n + " after")).as(n).isTrue();
      }
    }
    assertThat(SecretScanner.mayHold("plugin org.apache.maven.plugins:maven-jar-plugin")).isFalse();
  }

  @Test
  void redactMasksSecretsWrittenInUpperCaseKeys() {
    String text = "DB_PASSWORD = \"x9Lq2Wv7ZpR4tK8m\" and " + GHP;
    assertThat(Secrets.redact(text))
        .doesNotContain("x9Lq2Wv7ZpR4tK8m")
        .doesNotContain(GHP)
        .isEqualTo(Secrets.redactScanning(text));
  }
}
