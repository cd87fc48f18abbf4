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
 * Which paths Git LFS stores: those whose {@code .gitattributes} (any tracked one, deeper files
 * overriding shallower ones, later lines overriding earlier ones) set {@code filter=lfs}.
 */
public final class LfsAttributes {

  private record Node(String dir, AttributesNode rules) {}

  private final List<Node> nodes;

  private LfsAttributes(List<Node> nodes) {
    this.nodes = nodes;
  }

  /** No attributes at all: nothing is stored by LFS. */
  public static LfsAttributes none() {
    return new LfsAttributes(List.of());
  }

  /**
   * Reads every tracked {@code .gitattributes}, from the index ({@code staged}) or the working
   * tree.
   */
  public static LfsAttributes read(TrackedFiles files, List<TrackedFile> index, boolean staged)
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
    return new LfsAttributes(List.copyOf(nodes));
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
