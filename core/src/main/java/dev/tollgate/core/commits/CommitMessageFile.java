package dev.tollgate.core.commits;

import dev.tollgate.core.git.GitLayout;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The message of a commit being made, read from the file git passes to a commit-msg hook the way
 * git itself reads it: decoded with {@code i18n.commitEncoding} (UTF-8 when unset; bytes that are
 * not valid in it become U+FFFD instead of failing), cleaned with the comment prefix git uses now
 * (the last set of {@code core.commentChar} and {@code core.commentString}, read at every run;
 * {@code auto} as {@link GitMessageCleanup#autoCommentChar} finds it), and whether a merge is in
 * progress ({@code MERGE_HEAD}). The settings are read with {@link GitLayout#config()}, without
 * JGit. The commit-msg hook and {@code quality:commit-msg} both read it here.
 *
 * @param message the message after git's default cleanup; empty when git will abort the commit
 * @param merging whether the commit being made is a merge ({@code MERGE_HEAD} exists)
 * @param encoding the charset the file was decoded with
 */
public record CommitMessageFile(String message, boolean merging, Charset encoding) {

  /**
   * Reads and cleans a message file.
   *
   * @param file the file git passed to the hook
   * @param layout the repository, or empty outside one (then UTF-8, {@code #}, no merge)
   * @throws IOException when the file or git's configuration cannot be read
   */
  public static CommitMessageFile read(Path file, Optional<GitLayout> layout) throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    Charset charset = StandardCharsets.UTF_8;
    String comment = null;
    boolean merging = false;
    if (layout.isPresent()) {
      charset = charset(layout.get().configString("i18n", "commitEncoding").orElse(null));
      comment = layout.get().commentPrefix().orElse(null);
      merging = Files.exists(layout.get().gitDir().resolve("MERGE_HEAD"));
    }
    String text = decode(bytes, charset);
    return new CommitMessageFile(GitMessageCleanup.clean(text, comment), merging, charset);
  }

  /** The charset git names, or UTF-8 for none or one Java does not know (git warns, not fails). */
  static Charset charset(String name) {
    if (name == null || name.isBlank()) {
      return StandardCharsets.UTF_8;
    }
    try {
      return Charset.forName(name.strip());
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      return StandardCharsets.UTF_8;
    }
  }

  /** Decodes leniently: malformed input becomes U+FFFD, as git's own log output does. */
  static String decode(byte[] bytes, Charset charset) {
    try {
      return charset
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPLACE)
          .onUnmappableCharacter(CodingErrorAction.REPLACE)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      throw new IllegalStateException("a replacing decoder cannot fail", e);
    }
  }
}
