package dev.tollgate.core.git;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.jgit.attributes.Attribute;
import org.eclipse.jgit.attributes.AttributesNode;
import org.eclipse.jgit.attributes.AttributesRule;

/**
 * What the tracked {@code .gitattributes} files (deeper files overriding shallower ones, later
 * lines overriding earlier ones) say about a path: whether Git LFS stores it ({@code filter=lfs})
 * and how git treats its line endings ({@code text}, {@code -text}, {@code text=auto}, {@code
 * eol=lf|crlf}, {@code binary}, the old {@code crlf}).
 */
public final class GitAttributes {

  private record Node(String dir, AttributesNode rules) {}

  private final List<Node> nodes;

  private GitAttributes(List<Node> nodes) {
    this.nodes = nodes;
  }

  /** No attributes at all: nothing is stored by LFS. */
  public static GitAttributes none() {
    return new GitAttributes(List.of());
  }

  /**
   * Reads every tracked {@code .gitattributes}, from the index ({@code staged}) or the working
   * tree.
   */
  public static GitAttributes read(TrackedFiles files, List<TrackedFile> index, boolean staged)
      throws IOException {
    List<Node> nodes = new ArrayList<>();
    for (TrackedFile file : index) {
      String path = file.path();
      if (!(path.equals(".gitattributes") || path.endsWith("/.gitattributes"))) {
        continue;
      }
      byte[] content;
      if (staged) {
        content = files.readBlob(file.blobId());
      } else {
        Optional<Path> work = files.workPath(path);
        // never open a FIFO or a device: the file scan reports what is no regular file
        if (work.isEmpty() || !Files.isRegularFile(work.get(), LinkOption.NOFOLLOW_LINKS)) {
          continue;
        }
        try {
          content = Files.readAllBytes(work.get());
        } catch (NoSuchFileException e) {
          continue;
        }
      }
      AttributesNode node = new AttributesNode();
      try (InputStream in = new ByteArrayInputStream(content)) {
        node.parse(in);
      }
      String dir =
          path.length() == ".gitattributes".length()
              ? ""
              : path.substring(0, path.lastIndexOf('/') + 1);
      nodes.add(new Node(dir, node));
    }
    // shallower first, so that deeper files are applied last and win
    nodes.sort((a, b) -> Integer.compare(depth(a.dir()), depth(b.dir())));
    return new GitAttributes(List.copyOf(nodes));
  }

  /** Whether Git LFS stores this repository-relative path. */
  public boolean isLfs(String path) {
    boolean lfs = false;
    for (Node node : nodes) {
      if (!path.startsWith(node.dir())) {
        continue;
      }
      String relative = path.substring(node.dir().length());
      for (AttributesRule rule : node.rules().getRules()) {
        if (!rule.isMatch(relative, false)) {
          continue;
        }
        for (Attribute attribute : rule.getAttributes()) {
          if (attribute.getKey().equals("filter")) {
            lfs =
                attribute.getState() == Attribute.State.CUSTOM
                    && "lfs".equals(attribute.getValue());
          }
        }
      }
    }
    return lfs;
  }

  /** The {@code text} attribute of a path. */
  public enum Text {
    /** {@code text}: always a text file, normalized to LF in the repository. */
    SET,
    /** {@code -text} (or {@code binary}): never converted. */
    UNSET,
    /** {@code text=auto}: a text file when git's content test says so. */
    AUTO,
    /** Not set (or {@code !text}): {@code core.autocrlf} decides. */
    UNSPECIFIED
  }

  /**
   * The line-ending attributes of a path.
   *
   * @param text the {@code text} attribute
   * @param eol {@code lf} or {@code crlf} from {@code eol=}; empty when not set
   * @param binary whether {@code binary} (no diff, no merge, no conversion) is set
   */
  public record TextRule(Text text, Optional<String> eol, boolean binary) {}

  /** The line-ending attributes of a repository-relative path. */
  public TextRule textRule(String path) {
    Text text = Text.UNSPECIFIED;
    String eol = null;
    boolean binary = false;
    for (Node node : nodes) {
      if (!path.startsWith(node.dir())) {
        continue;
      }
      String relative = path.substring(node.dir().length());
      for (AttributesRule rule : node.rules().getRules()) {
        if (!rule.isMatch(relative, false)) {
          continue;
        }
        for (Attribute attribute : rule.getAttributes()) {
          Attribute.State state = attribute.getState();
          switch (attribute.getKey()) {
            case "text" ->
                text =
                    switch (state) {
                      case SET -> Text.SET;
                      case UNSET -> Text.UNSET;
                      case CUSTOM -> "auto".equals(attribute.getValue()) ? Text.AUTO : Text.SET;
                      case UNSPECIFIED -> Text.UNSPECIFIED;
                    };
            case "crlf" ->
                text =
                    switch (state) {
                      case SET -> Text.SET;
                      case UNSET -> Text.UNSET;
                      default -> text;
                    };
            case "eol" -> {
              String v = attribute.getValue();
              eol =
                  state == Attribute.State.CUSTOM && ("lf".equals(v) || "crlf".equals(v))
                      ? v
                      : null;
            }
            case "binary" -> {
              binary = state == Attribute.State.SET;
              if (binary) {
                text = Text.UNSET;
              }
            }
            default -> {
              // not about line endings
            }
          }
        }
      }
    }
    return new TextRule(text, Optional.ofNullable(eol), binary);
  }

  /** Whether any {@code .gitattributes} was read. */
  public boolean isEmpty() {
    return nodes.isEmpty();
  }

  private static int depth(String dir) {
    int n = 0;
    for (int i = 0; i < dir.length(); i++) {
      if (dir.charAt(i) == '/') {
        n++;
      }
    }
    return n;
  }
}
