package dev.tollgate.core.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The planted set (core/src/test/resources/secrets/planted.tsv): real-shaped secrets of many kinds,
 * which must all be found, and near misses taken from false positives seen in real code, which must
 * none be. Each runs through the real scanner (binary detection, UTF-16 decoding included).
 */
class PlantedSecretsTest {

  /** One planted file. */
  record Planted(boolean secret, String kind, String path, String encoding, String content) {

    byte[] bytes() {
      if (encoding.equals("utf16le-bom")) {
        byte[] text = content.getBytes(StandardCharsets.UTF_16LE);
        byte[] out = new byte[text.length + 2];
        out[0] = (byte) 0xFF;
        out[1] = (byte) 0xFE;
        System.arraycopy(text, 0, out, 2, text.length);
        return out;
      }
      return content.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
      return kind + " " + path;
    }
  }

  static List<Planted> planted() throws IOException {
    List<Planted> all = new ArrayList<>();
    try (InputStream in = PlantedSecretsTest.class.getResourceAsStream("/secrets/planted.tsv")) {
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t");
        all.add(
            new Planted(
                f[0].equals("secret"),
                f[1],
                f[2],
                f[3],
                new String(Base64.getDecoder().decode(f[4]), StandardCharsets.UTF_8)));
      }
    }
    return all;
  }

  static Stream<Planted> secrets() throws IOException {
    return planted().stream().filter(Planted::secret);
  }

  static Stream<Planted> nearMisses() throws IOException {
    return planted().stream().filter(p -> !p.secret());
  }

  private static List<FileFinding> scan(Planted p) {
    return CheckFixtures.scan(new SecretCheck(List.of()), p.path(), p.bytes(), 0100644);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("secrets")
  void everyPlantedSecretIsFound(Planted p) {
    assertThat(scan(p)).as(p.toString()).isNotEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("nearMisses")
  void noNearMissIsReported(Planted p) {
    assertThat(scan(p)).as(p.toString()).isEmpty();
  }

  @Test
  void theSetIsAsLargeAsPromised() throws IOException {
    List<Planted> all = planted();
    assertThat(all.stream().filter(Planted::secret).count()).isGreaterThanOrEqualTo(40);
    assertThat(all.stream().filter(Planted::secret).map(Planted::kind).distinct().count())
        .isGreaterThanOrEqualTo(25);
    assertThat(all.stream().filter(p -> !p.secret()).count()).isGreaterThanOrEqualTo(25);
  }
}
