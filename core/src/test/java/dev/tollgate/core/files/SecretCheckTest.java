package dev.tollgate.core.files;

import static dev.tollgate.core.files.CheckFixtures.scan;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tollgate.core.pattern.GlobPattern;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Secret-shaped values are assembled at run time so that none is stored in this repository. */
class SecretCheckTest {

  private final SecretCheck check = new SecretCheck(List.of());

  private static final String AWS_ID = "AKIA" + "Q3EGRZTWBN5KX7VM";
  private static final String B64 = "MIIEowIBAAKCAQEAq7BFUKRpPtUJmA1zPV3wnLVr9vfLqG0gXWnd8S0bH2k1";

  private List<String> secrets(String path, String text) {
    return scan(check, path, text).stream().map(f -> f.line() + ":" + f.message()).toList();
  }

  @Test
  void awsKeyIdsAreFoundAndMasked() {
    var found = scan(check, "a.properties", "x=1\naws.accessKeyId=" + AWS_ID + "\n");
    assertThat(found).hasSize(1);
    assertThat(found.get(0).line()).isEqualTo(2);
    assertThat(found.get(0).message()).contains("AWS access key id AKIA").doesNotContain(AWS_ID);
    assertThat(found.get(0).fingerprint()).hasSize(32);
  }

  @Test
  void awsDocumentedExampleIsNoFinding() {
    assertThat(secrets("a.md", "Set `aws_access_key_id = AKIAIOSFODNN7" + "EXAMPLE` here.\n"))
        .isEmpty();
    assertThat(
            secrets(
                "c.ini", "aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCY" + "EXAMPLEKEY\n"))
        .isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "RSA PRIVATE KEY",
        "EC PRIVATE KEY",
        "OPENSSH PRIVATE KEY",
        "PRIVATE KEY",
        "DSA PRIVATE KEY",
        "ENCRYPTED PRIVATE KEY"
      })
  void privateKeyBlocks(String label) {
    String pem = "-----BEGIN " + label + "-----\n" + B64 + "\n-----END " + label + "-----\n";
    assertThat(secrets("k.pem", "x\n" + pem)).singleElement().asString().startsWith("2:");
  }

  @Test
  void pgpAndInlineJsonKeys() {
    assertThat(
            secrets(
                "k.asc",
                "-----BEGIN PGP PRIVATE KEY BLOCK-----\nVersion: GnuPG v2\n\nlQOYBF" + B64 + "\n"))
        .hasSize(1);
    String json =
        "{\"private_key\": \"-----BEGIN RSA PRIVATE KEY-----\\n" + B64 + "\\n-----END\"}\n";
    assertThat(secrets("k.json", json)).hasSize(1);
  }

  @Test
  void publicKeysAndHeaderOnlyMentionsAreNoFindings() {
    String pub = "-----BEGIN PUBLIC KEY-----\n" + B64 + "\n-----END PUBLIC KEY-----\n";
    assertThat(secrets("p.pem", pub)).isEmpty();
    assertThat(
            secrets(
                "P.java",
                "if (line.equals(\"-----BEGIN RSA PRIVATE KEY-----\")) {\n  parse();\n}\n"))
        .isEmpty();
  }

  @Test
  void shapedTokens() {
    String ghp = "ghp_" + "a1B2c3D4e5F6".repeat(3);
    String glpat = "glpat-" + "Ab3dE6gH9jK2mN5pQ8sT";
    String slack = "xoxb-" + "123456789012-abcdefABCDEF12";
    String google = "AIza" + "SyA1b2C3d4E5f6G7h8I9j0KlMnOpQrStUvW";
    String stripe = "sk_live_" + "4eC39HqLyjWDarjtT1zdp7dc";
    String npm = "npm_" + "a1B2c3D4e5F6".repeat(3);
    String jwt =
        "eyJhbGciOiJIUzI1NiJ9" + ".eyJzdWIiOiIxMjM0NTY3ODkwIn0" + ".SflKxwRJSMeKKF2QT4fwpMeJf36PO";
    String hook =
        "https://hooks.slack.com/services/" + "T4K7ZQ2MB/B09X3LRT6PQ/q8Zr2LmX9vT4kW7nB3cY6hJ1";
    for (String token : List.of(ghp, glpat, slack, google, stripe, npm, jwt, hook)) {
      var found = scan(check, "c.yaml", "value: " + token + "\n");
      assertThat(found).as(token).hasSize(1);
      assertThat(found.get(0).message()).as(token).doesNotContain(token);
    }
  }

  @Test
  void genericAssignmentsAreGatedByEntropyAndStopwords() {
    assertThat(secrets("a.properties", "db.password=Xk9#mQ2!vL7pR4z\n")).hasSize(1);
    assertThat(secrets("App.java", "String apiKey = \"q8Zr2LmX9vT4kW7nB3cY6hJ1\";\n")).hasSize(1);
    assertThat(secrets("a.xml", "<password>Xk9mQ2vL7pR4zT</password>\n")).hasSize(1);
    assertThat(secrets("a.properties", "db.password=changeme123\n")).isEmpty();
    assertThat(secrets("a.yaml", "  tokenCache: report-42\n")).isEmpty();
    assertThat(secrets("A.java", "String password = getPassword();\n")).isEmpty();
    assertThat(secrets("a.properties", "password.file=/etc/app/Secret9.txt\n")).isEmpty();
  }

  @Test
  void placeholdersAreNoFindings() {
    assertThat(secrets("a.properties", "db.password=${DB_PASSWORD}\n")).isEmpty();
    assertThat(secrets("a.yaml", "password: \"{{ vault.db_password }}\"\n")).isEmpty();
    assertThat(secrets("ci.yml", "token: ${{ secrets.GITHUB_TOKEN }}\n")).isEmpty();
  }

  @Test
  void inlineAllowMarkerAndAllowedPaths() {
    assertThat(scan(check, "a.properties", "id=" + AWS_ID + " # tollgate:allow\n"))
        .singleElement()
        .satisfies(f -> assertThat(f.kind()).isEqualTo(SecretCheck.ALLOWED_KIND));
    SecretCheck allowing = new SecretCheck(List.of(GlobPattern.path("src/test/**")));
    assertThat(scan(allowing, "src/test/keys.properties", "id=" + AWS_ID + "\n")).isEmpty();
    assertThat(scan(allowing, "src/main/keys.properties", "id=" + AWS_ID + "\n")).hasSize(1);
  }

  @Test
  void maskShowsOnlyAPrefix() {
    assertThat(dev.tollgate.core.secrets.Secrets.mask(AWS_ID)).isEqualTo("AKIA…(20 chars)");
    assertThat(dev.tollgate.core.secrets.Secrets.mask("short")).isEqualTo("****");
  }

  @Test
  void allowMarkersAreExactWordsOnTheLineOrTheLineAbove() {
    var found =
        scan(
            check,
            "a.properties",
            "# tollgate:allow-next-line: rotated in 2024, kept for the migration test\n"
                + "id="
                + AWS_ID
                + "\n"
                + "other="
                + AWS_ID
                + " # tollgate:allowed-by-nobody\n"
                + "third="
                + AWS_ID
                + " <!-- tollgate:allow (fixture) -->\n"
                + "fourth="
                + AWS_ID
                + "\n");
    assertThat(found)
        .extracting(f -> f.line() + " " + f.kind() + " " + f.message())
        .containsExactly(
            "2 allowed AWS access key id AKIA…(20 chars) allowed by tollgate:allow-next-line:"
                + " rotated in 2024, kept for the migration test",
            "3 secret AWS access key id AKIA…(20 chars)",
            "4 allowed AWS access key id AKIA…(20 chars) allowed by tollgate:allow: fixture",
            "5 secret AWS access key id AKIA…(20 chars)");
  }

  @Test
  void overlongLinesKeepTheirNumberAndEnd() {
    FileScanner scanner =
        new FileScanner(
            List.of(new WhitespaceCheck(LineEndings.LF), check),
            List.of(),
            (f, sink) -> {
              byte[] text =
                  ("first\n" + "a".repeat(5000) + " x=" + AWS_ID + "\n")
                      .getBytes(java.nio.charset.StandardCharsets.UTF_8);
              return new FileScanner.ContentSource.Opened(
                  new java.io.ByteArrayInputStream(text), text.length);
            },
            1,
            1 << 10);
    try {
      var found =
          scanner.scan(List.of(new FileInfo("long.txt", 0100644, false, FileInfo.NOT_COMPARED)));
      assertThat(found).extracting(f -> f.kind() + "@" + f.line()).containsExactly("secret@2");
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void contextRulesForCode() {
    assertThat(secrets("A.java", "this.serviceAccountCredentials = serviceAccountCredentials;\n"))
        .isEmpty();
    assertThat(secrets("A.java", "credentials = serviceAccountCredentials2;\n")).isEmpty();
    assertThat(secrets("A.java", "Supplier<String> token = Tokens::currentToken;\n")).isEmpty();
    assertThat(
            secrets(
                "a.properties",
                "build.token.revision=" + "3f2c9e1d4b5a6978".repeat(2) + "8c0d1e2f\n"))
        .isEmpty();
    assertThat(secrets("a.properties", "db.password=Xk9fLq2mPz8\n")).hasSize(1);
    assertThat(secrets("a.env", "DB_PASS=Xk9fLq2mPz8\n")).hasSize(1);
  }

  @Test
  void realRepositoryShapesFromTheCorpus() {
    // axios: a negated member chain, a value that starts with a comment
    assertThat(secrets("xhr.js", "    request.withCredentials = !!_config.withCredentials;\n"))
        .isEmpty();
    assertThat(secrets("axios.js", "  CancelToken: /*#__PURE__*/_createClass(CancelToken),\n"))
        .isEmpty();
    // requests: placeholder credentials in URLs, a fragment parameter in a quoted URL
    assertThat(secrets("t.py", "(\"http://user:pass%20pass@complex.url.com/path\", 1),\n"))
        .isEmpty();
    assertThat(secrets("t.py", "url = f'http://{host}:{port}/#view=edit&token=hunter2'\n"))
        .isEmpty();
  }

  @Test
  void declaredTypesAndInterpolationsAreCodeNotCredentials() {
    // zizmor (Rust): a field's declared type with type arguments
    assertThat(secrets("job.rs", "        credentials: Option<DockerCredentials>,\n")).isEmpty();
    assertThat(secrets("a.ts", "  private tokens: Map<string, AccessToken>;\n")).isEmpty();
    assertThat(secrets("a.rs", "    password: Option<Vec<&'a str>>,\n")).isEmpty();
    assertThat(secrets("a.kt", "    val secretKeys: List<SecretKeySpec>? = null\n")).isEmpty();
    // black (Python): an f-string field after a key-like word
    assertThat(secrets("p.py", "        f\"TokenError: {te.args[0]}\",\n")).isEmpty();
    assertThat(secrets("p.py", "msg = \"password: {user.password_hint}\".format(user=u)\n"))
        .isEmpty();
    // the same keys with literal values are still found
    assertThat(secrets("job.rs", "        credentials: Xk9fLq2mPz8Vb7Tr4Wn,\n")).hasSize(1);
    assertThat(secrets("a.yml", "password: {noop}Xk9fLq2mPz8Vb7Tr4Wn\n")).hasSize(1);
    assertThat(secrets("a.env", "TOKEN=Vq3<xT9mLp2Wz>8#\n")).hasSize(1);
  }

  @Test
  void urlCredentials() {
    assertThat(secrets("a.yml", "url: jdbc:postgresql://app:Vq3xT9mLp2Wz@db.internal:5432/app\n"))
        .singleElement()
        .asString()
        .contains("password in a URL Vq3…(12 chars)");
    assertThat(secrets("a.sh", "git clone https://deploy:Hq7vN2xLp9Tz@git.acme.io/r.git\n"))
        .hasSize(1);
    assertThat(secrets("a.md", "git clone https://user:password@example.com/r.git\n")).isEmpty();
    assertThat(secrets("a.md", "see https://github.com/a/b and mailto:x@y.z\n")).isEmpty();
  }
}
