package dev.tollgate.core.pattern;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * {@link GlobPattern} agrees with a plain backtracking matcher written from its documented meaning,
 * on random globs (with regex metacharacters in the literal parts) and random or glob-shaped texts.
 */
class GlobPatternPropertyTest {

  @Property(tries = 1500)
  void agreesWithTheReferenceOnRandomTexts(
      @ForAll("globs") String glob, @ForAll("texts") String text) {
    assertAgreesWithTheReference(glob, text);
  }

  @Property(tries = 1500)
  void agreesWithTheReferenceOnTextsShapedLikeTheGlob(
      @ForAll("globs") String glob, @ForAll("randoms") Random random) {
    String text = Reference.sample(glob.trim(), random);
    assertAgreesWithTheReference(glob, text);
  }

  private static void assertAgreesWithTheReference(String glob, String text) {
    assertThat(GlobPattern.of(glob).matches(text))
        .as("glob '%s' on '%s'", glob, text)
        .isEqualTo(Reference.matches(glob.trim(), text));
  }

  @Property(tries = 2000)
  void pathGlobsAgreeWithTheReferenceAfterThePathConventions(
      @ForAll("globs") String glob, @ForAll("randoms") Random random) {
    String converted = Reference.pathConventions(glob);
    String text = random.nextBoolean() ? Reference.sample(converted, random) : randomText(random);
    assertThat(GlobPattern.path(glob).matches(text))
        .as("path glob '%s' on '%s'", glob, text)
        .isEqualTo(Reference.matches(converted, text));
  }

  @Property(tries = 2000)
  void aLiteralGlobMatchesOnlyItself(
      @ForAll("literals") String literal, @ForAll("texts") String other) {
    GlobPattern glob = GlobPattern.of(literal);
    assertThat(glob.isLiteral()).isTrue();
    assertThat(glob.matches(literal)).isTrue();
    assertThat(glob.matches(other)).isEqualTo(other.equals(literal));
    assertThat(glob.matches(literal + "a")).isFalse();
    assertThat(glob.matches("a" + literal)).isFalse();
  }

  @Property(tries = 1000)
  void starNeverCrossesASlashAndDoubleStarDoes(@ForAll("texts") String text) {
    assertThat(GlobPattern.of("*").matches(text)).isEqualTo(!text.contains("/"));
    assertThat(GlobPattern.of("**").matches(text)).isTrue();
  }

  @Provide
  Arbitrary<String> globs() {
    return Arbitraries.strings().withChars("ab/*?.\\[(+$\n").ofMinLength(0).ofMaxLength(9);
  }

  @Provide
  Arbitrary<String> literals() {
    return Arbitraries.strings().withChars("ab/.\\[(+$^{|").ofMinLength(1).ofMaxLength(9);
  }

  @Provide
  Arbitrary<String> texts() {
    return Arbitraries.strings().withChars("ab/.\\[(\n").ofMinLength(0).ofMaxLength(10);
  }

  @Provide
  Arbitrary<Random> randoms() {
    return Arbitraries.randoms();
  }

  private static String randomText(Random random) {
    String chars = "ab/.\\\n";
    StringBuilder out = new StringBuilder();
    int n = random.nextInt(8);
    for (int i = 0; i < n; i++) {
      out.append(chars.charAt(random.nextInt(chars.length())));
    }
    return out.toString();
  }

  /** The glob language read directly from GlobPattern's Javadoc, matched by backtracking. */
  static final class Reference {

    private enum Kind {
      LITERAL,
      ONE, // ?: one character but '/'
      STAR, // *: any run without '/'
      DEEP, // **: any run
      DEEP_DIR // **/: nothing, or any run ending in '/'
    }

    private record Token(Kind kind, char c) {}

    static List<Token> tokens(String glob) {
      List<Token> out = new ArrayList<>();
      for (int i = 0; i < glob.length(); i++) {
        char c = glob.charAt(i);
        if (c == '?') {
          out.add(new Token(Kind.ONE, c));
        } else if (c != '*') {
          out.add(new Token(Kind.LITERAL, c));
        } else if (glob.startsWith("**/", i)) {
          out.add(new Token(Kind.DEEP_DIR, c));
          i += 2;
        } else if (glob.startsWith("**", i)) {
          out.add(new Token(Kind.DEEP, c));
          i += 1;
        } else {
          out.add(new Token(Kind.STAR, c));
        }
      }
      return out;
    }

    static boolean matches(String glob, String text) {
      return match(tokens(glob), 0, text, 0, new HashMap<>());
    }

    /** GlobPattern.path's conventions, applied to the text of the glob. */
    static String pathConventions(String glob) {
      String g = glob.trim().replace('\\', '/');
      if (g.startsWith("/")) {
        g = g.substring(1);
      } else if (!g.contains("/")) {
        g = "**/" + g;
      }
      return g.endsWith("/") ? g + "**" : g;
    }

    private static boolean match(
        List<Token> tokens, int t, String text, int i, Map<Long, Boolean> memo) {
      if (t == tokens.size()) {
        return i == text.length();
      }
      long key = ((long) t << 32) | i;
      Boolean known = memo.get(key);
      if (known != null) {
        return known;
      }
      Token token = tokens.get(t);
      boolean result =
          switch (token.kind()) {
            case LITERAL ->
                i < text.length()
                    && text.charAt(i) == token.c()
                    && match(tokens, t + 1, text, i + 1, memo);
            case ONE ->
                i < text.length()
                    && text.charAt(i) != '/'
                    && match(tokens, t + 1, text, i + 1, memo);
            case STAR -> {
              boolean any = false;
              for (int j = i; !any && j <= text.length(); j++) {
                any = match(tokens, t + 1, text, j, memo);
                if (j < text.length() && text.charAt(j) == '/') {
                  break;
                }
              }
              yield any;
            }
            case DEEP -> {
              boolean any = false;
              for (int j = i; !any && j <= text.length(); j++) {
                any = match(tokens, t + 1, text, j, memo);
              }
              yield any;
            }
            case DEEP_DIR -> {
              boolean any = match(tokens, t + 1, text, i, memo);
              for (int j = i; !any && j < text.length(); j++) {
                any = text.charAt(j) == '/' && match(tokens, t + 1, text, j + 1, memo);
              }
              yield any;
            }
          };
      memo.put(key, result);
      return result;
    }

    /**
     * A text built along the glob: each wildcard replaced by a random run it may (or not) match.
     */
    static String sample(String glob, Random random) {
      StringBuilder out = new StringBuilder();
      for (Token token : tokens(glob)) {
        switch (token.kind()) {
          case LITERAL -> out.append(random.nextInt(20) == 0 ? 'a' : token.c());
          case ONE -> out.append(pick(random, "ab./"));
          case STAR, DEEP -> out.append(run(random));
          case DEEP_DIR -> out.append(random.nextBoolean() ? "" : run(random) + "/");
        }
      }
      return out.toString();
    }

    private static String run(Random random) {
      StringBuilder out = new StringBuilder();
      int n = random.nextInt(4);
      for (int i = 0; i < n; i++) {
        out.append(pick(random, "ab/."));
      }
      return out.toString();
    }

    private static char pick(Random random, String chars) {
      return chars.charAt(random.nextInt(chars.length()));
    }
  }
}
