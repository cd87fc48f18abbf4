package dev.tollgate.core.pom;

import eu.maveniverse.domtrip.Element;
import eu.maveniverse.domtrip.Node;
import eu.maveniverse.domtrip.Text;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sets a new version on every POM of a reactor, losslessly: each file stays byte-identical except
 * the version text. Edited are the project version, the parent version when the parent is in the
 * reactor, versions of dependencies, plugins and extensions (also in management sections and
 * profiles) that point at a reactor module, properties such a version refers to, and the
 * CI-friendly {@code ${revision}} / {@code ${changelist}} properties.
 *
 * <p>Parsing and serialisation go through DomTrip, which keeps comments, whitespace, line endings,
 * attribute quoting, entities and CDATA; the byte-order mark and the declared encoding are handled
 * here. A file DomTrip cannot reproduce byte for byte is refused rather than reformatted.
 */
public final class PomVersionEditor {

  private static final Pattern EXPRESSION = Pattern.compile("\\$\\{([^}]+)}");

  /** The fix when a POM cannot be written back byte for byte. */
  private static final String BY_HAND =
      "edit its versions by hand and report the file's shape to Tollgate";

  private static final Set<String> CI_FRIENDLY = Set.of("revision", "sha1", "changelist");

  private PomVersionEditor() {}

  /**
   * The POM files of the reactor rooted at {@code rootPom}: the root, then its modules (also those
   * of profiles), depth first, each once.
   */
  public static List<Path> reactorPoms(Path rootPom) throws PomEditException {
    Set<Path> seen = new LinkedHashSet<>();
    collect(rootPom.toAbsolutePath().normalize(), seen);
    return List.copyOf(seen);
  }

  private static void collect(Path pom, Set<Path> seen) throws PomEditException {
    if (!seen.add(pom)) {
      return;
    }
    LosslessPom loaded = load(pom);
    List<Element> moduleLists = new ArrayList<>();
    child(loaded.doc().root(), "modules").ifPresent(moduleLists::add);
    child(loaded.doc().root(), "profiles")
        .ifPresent(
            ps ->
                ps.childElements("profile")
                    .forEach(p -> child(p, "modules").ifPresent(moduleLists::add)));
    for (Element modules : moduleLists) {
      for (Element module : modules.childElements("module").toList()) {
        Path target = pom.getParent().resolve(module.textContent().trim()).normalize();
        if (Files.isDirectory(target)) {
          target = target.resolve("pom.xml");
        }
        if (!Files.isRegularFile(target)) {
          throw new PomEditException(
              pom
                  + ": module '"
                  + module.textContent().trim()
                  + "' has no POM at "
                  + target
                  + "; fix the <module> entry or add the module");
        }
        collect(target, seen);
      }
    }
  }

  /**
   * Computes the edits that give every POM in {@code poms} (one reactor) the version {@code
   * newVersion}. Reads the files, writes nothing.
   */
  public static List<PomEdit> setVersion(List<Path> poms, String newVersion)
      throws PomEditException {
    return setVersion(poms, Map.of(), newVersion);
  }

  /**
   * Like {@link #setVersion(List, String)}, taking the current content of some POMs from {@code
   * contents} instead of the disk (to plan a second edit on top of a first one).
   */
  public static List<PomEdit> setVersion(
      List<Path> poms, Map<Path, byte[]> contents, String newVersion) throws PomEditException {
    return setVersion(poms, contents, newVersion, ReleaseStamp.NONE);
  }

  /**
   * What a release sets besides the version: {@code project.build.outputTimestamp} (where a reactor
   * POM defines it) and {@code <scm><tag>} (where a reactor POM has one).
   *
   * @param outputTimestamp the value for {@code project.build.outputTimestamp} as an ISO-8601
   *     instant ({@code 2024-05-01T10:00:00Z}; a POM holding epoch seconds gets seconds); null to
   *     leave it
   * @param scmTag the value for {@code <scm><tag>} (the release tag, or {@code HEAD} for the next
   *     development version); null to leave it
   */
  public record ReleaseStamp(String outputTimestamp, String scmTag) {
    /** Leaves both alone. */
    public static final ReleaseStamp NONE = new ReleaseStamp(null, null);
  }

  /**
   * Like {@link #setVersion(List, Map, String)}, also applying {@code stamp}. Only the modules on
   * the reactor's version line (the root POM's version) get the new version: a module with a
   * version of its own (a sample at {@code 0.0.1-SNAPSHOT}) keeps it, and so do the references to
   * it; {@link PomEdit#kept()} names it.
   */
  public static List<PomEdit> setVersion(
      List<Path> poms, Map<Path, byte[]> contents, String newVersion, ReleaseStamp stamp)
      throws PomEditException {
    Map<Path, Pom> byPath = new LinkedHashMap<>();
    Map<String, Pom> byCoordinates = new LinkedHashMap<>();
    for (Path path : poms) {
      Path normal = path.toAbsolutePath().normalize();
      byte[] content = contents.get(normal);
      Pom pom =
          new Pom(
              normal, content == null ? load(normal) : LosslessPom.of(normal, content, BY_HAND));
      byPath.put(pom.path, pom);
    }
    // Coordinates need the parent chain (inherited groupId), so resolve parents by artifactId
    // first.
    Map<String, List<Pom>> byArtifactId = new LinkedHashMap<>();
    for (Pom pom : byPath.values()) {
      byArtifactId.computeIfAbsent(pom.rawArtifactId(), k -> new ArrayList<>()).add(pom);
    }
    for (Pom pom : byPath.values()) {
      Optional<Element> parent = child(pom.root(), "parent");
      if (parent.isPresent()) {
        String groupId = text(parent.get(), "groupId");
        String artifactId = text(parent.get(), "artifactId");
        for (Pom candidate : byArtifactId.getOrDefault(artifactId, List.of())) {
          if (candidate != pom && groupId != null && groupId.equals(candidate.rawGroupId())) {
            pom.parentPom = candidate;
          }
        }
      }
    }
    String line = null;
    for (Pom pom : byPath.values()) {
      pom.oldVersion = pom.version();
      if (line == null) {
        line = pom.oldVersion;
      }
      if (line != null && pom.oldVersion != null && !line.equals(pom.oldVersion)) {
        pom.offLine = true;
        continue;
      }
      byCoordinates.put(pom.groupId() + ":" + pom.rawArtifactId(), pom);
    }

    for (Pom pom : byPath.values()) {
      if (!pom.offLine) {
        child(pom.root(), "version")
            .ifPresent(v -> pom.editVersion(v, pom.oldVersion, newVersion, "project.version"));
      }
      if (stamp.outputTimestamp() != null) {
        child(pom.root(), "properties")
            .flatMap(ps -> child(ps, "project.build.outputTimestamp"))
            .ifPresent(t -> pom.stamp(t, stamp.outputTimestamp(), "outputTimestamp"));
      }
      if (stamp.scmTag() != null && !pom.offLine) {
        child(pom.root(), "scm")
            .flatMap(scm -> child(scm, "tag"))
            .ifPresent(t -> pom.stamp(t, stamp.scmTag(), "scm.tag"));
      }
      Optional<Element> parent = child(pom.root(), "parent");
      if (parent.isPresent() && pom.parentPom != null) {
        Optional<Element> v = child(parent.get(), "version");
        if (v.isPresent()) {
          pom.editVersion(v.get(), pom.parentPom.oldVersion, newVersion, "parent.version");
        }
      }
      for (Element reference : references(pom.root())) {
        String groupId = text(reference, "groupId");
        groupId =
            groupId == null
                ? ("plugin".equals(reference.name()) ? "org.apache.maven.plugins" : null)
                : pom.resolve(groupId);
        String artifactId = pom.resolve(text(reference, "artifactId"));
        Pom module = byCoordinates.get(groupId + ":" + artifactId);
        Optional<Element> v = child(reference, "version");
        if (module != null && v.isPresent()) {
          pom.editVersion(
              v.get(), module.oldVersion, newVersion, reference.name() + " " + artifactId);
        }
      }
    }

    List<PomEdit> result = new ArrayList<>();
    for (Pom pom : byPath.values()) {
      PomEdit edit = pom.toEdit();
      if (pom.offLine) {
        edit =
            new PomEdit(
                edit.path(),
                edit.before(),
                edit.after(),
                edit.edits(),
                Optional.of(
                    pom.groupId()
                        + ":"
                        + pom.rawArtifactId()
                        + " keeps its own version "
                        + pom.oldVersion
                        + " (not the reactor's "
                        + line
                        + ")"),
                pom.rawArtifactId());
      }
      result.add(edit);
    }
    return List.copyOf(result);
  }

  /** dependency, plugin and extension elements anywhere below the root, except the parent. */
  private static List<Element> references(Element root) {
    List<Element> found = new ArrayList<>();
    walk(root, root, found);
    return found;
  }

  private static void walk(Element root, Element element, List<Element> found) {
    for (Element c : element.childElements().toList()) {
      String name = c.name();
      if (name.equals("parent") && element == root) {
        continue;
      }
      if (name.equals("dependency") || name.equals("plugin") || name.equals("extension")) {
        found.add(c);
      }
      if (!name.equals("configuration")) {
        walk(root, c, found);
      }
    }
  }

  private static Optional<Element> child(Element parent, String name) {
    return parent.childElement(name);
  }

  private static String text(Element parent, String name) {
    return child(parent, name).map(e -> e.textContent().trim()).orElse(null);
  }

  private static LosslessPom load(Path path) throws PomEditException {
    return LosslessPom.read(path, BY_HAND);
  }

  /** One POM of the reactor while it is being edited. */
  private static final class Pom {
    final Path path;
    final LosslessPom loaded;
    Pom parentPom;
    String oldVersion;
    boolean offLine;
    final List<String> edits = new ArrayList<>();
    final Set<String> editedProperties = new LinkedHashSet<>();

    Pom(Path path, LosslessPom loaded) {
      this.path = path;
      this.loaded = loaded;
    }

    Element root() {
      return loaded.doc().root();
    }

    String rawArtifactId() {
      return text(root(), "artifactId");
    }

    String rawGroupId() {
      String own = text(root(), "groupId");
      if (own != null) {
        return resolve(own);
      }
      return child(root(), "parent").map(p -> text(p, "groupId")).orElse(null);
    }

    String groupId() {
      return rawGroupId();
    }

    /** The project's version before the edit, with properties resolved. */
    String version() {
      String own = text(root(), "version");
      if (own == null) {
        own = child(root(), "parent").map(p -> text(p, "version")).orElse(null);
      }
      return own == null ? null : resolve(own);
    }

    /** Resolves {@code ${...}} expressions against this POM, its in-reactor parents and itself. */
    String resolve(String value) {
      if (value == null || !value.contains("${")) {
        return value;
      }
      Matcher m = EXPRESSION.matcher(value);
      StringBuilder out = new StringBuilder();
      while (m.find()) {
        String resolved = lookup(m.group(1), 0);
        m.appendReplacement(out, Matcher.quoteReplacement(resolved == null ? m.group() : resolved));
      }
      m.appendTail(out);
      return out.toString();
    }

    private String lookup(String name, int depth) {
      if (depth > 10) {
        return null;
      }
      switch (name) {
        case "project.groupId", "pom.groupId", "groupId":
          return groupId();
        case "project.artifactId", "artifactId":
          return rawArtifactId();
        case "project.version", "pom.version", "version":
          return version();
        case "project.parent.groupId":
          return child(root(), "parent").map(p -> text(p, "groupId")).orElse(null);
        case "project.parent.version":
          return child(root(), "parent").map(p -> resolve(text(p, "version"))).orElse(null);
        default:
          break;
      }
      Element definition = propertyElement(name);
      if (definition == null) {
        return null;
      }
      return definition.textContent().trim();
    }

    /** The element defining property {@code name}, here or in the nearest in-reactor parent. */
    Element propertyElement(String name) {
      for (Pom p = this; p != null; p = p.parentPom) {
        Optional<Element> props = child(p.root(), "properties");
        if (props.isPresent()) {
          Optional<Element> def = child(props.get(), name);
          if (def.isPresent()) {
            return def.get();
          }
        }
      }
      return null;
    }

    Pom propertyOwner(String name) {
      for (Pom p = this; p != null; p = p.parentPom) {
        Optional<Element> props = child(p.root(), "properties");
        if (props.isPresent() && child(props.get(), name).isPresent()) {
          return p;
        }
      }
      return null;
    }

    /**
     * Replaces the version in {@code element} when it equals {@code oldVersion} (literally, or
     * through properties); other values (fixed older versions, {@code ${project.version}}) stay.
     */
    void editVersion(Element element, String oldVersion, String newVersion, String what) {
      String raw = element.textContent().trim();
      if (oldVersion == null || raw.isEmpty()) {
        return;
      }
      if (!raw.contains("${")) {
        if (raw.equals(oldVersion)) {
          replaceText(element, raw, newVersion, what, this);
        }
        return;
      }
      Matcher m = EXPRESSION.matcher(raw);
      List<String> names = new ArrayList<>();
      StringBuilder rest = new StringBuilder();
      int last = 0;
      while (m.find()) {
        names.add(m.group(1));
        rest.append(raw, last, m.start());
        last = m.end();
      }
      rest.append(raw.substring(last));
      if (!rest.toString().isEmpty() || !oldVersion.equals(resolve(raw))) {
        return;
      }
      if (names.stream().anyMatch(n -> n.startsWith("project.") || n.equals("version"))) {
        return; // follows the project version, which is edited where it is defined
      }
      if (names.size() == 1 && !CI_FRIENDLY.contains(names.get(0))) {
        setProperty(names.get(0), newVersion);
        return;
      }
      if (!CI_FRIENDLY.containsAll(names)) {
        return;
      }
      // CI-friendly: ${revision} carries the version, ${changelist} the -SNAPSHOT, ${sha1} stays.
      String suffix = "";
      for (String n : names) {
        if (!n.equals("revision")) {
          String value = resolve("${" + n + "}");
          suffix += value.startsWith("${") ? "" : value;
        }
      }
      boolean hasChangelist = names.contains("changelist");
      String changelist = "";
      String revision = newVersion;
      if (hasChangelist) {
        String sha1 = names.contains("sha1") ? resolve("${sha1}") : "";
        sha1 = sha1.startsWith("${") ? "" : sha1;
        if (newVersion.endsWith("-SNAPSHOT")) {
          changelist = "-SNAPSHOT";
          revision = newVersion.substring(0, newVersion.length() - "-SNAPSHOT".length());
        }
        if (!sha1.isEmpty() && revision.endsWith(sha1)) {
          revision = revision.substring(0, revision.length() - sha1.length());
        }
        setProperty("changelist", changelist);
      } else if (!suffix.isEmpty() && newVersion.endsWith(suffix)) {
        revision = newVersion.substring(0, newVersion.length() - suffix.length());
      }
      if (names.contains("revision")) {
        setProperty("revision", revision);
      }
    }

    /** Sets a timestamp or tag value; an expression ({@code ${…}}) is left alone. */
    void stamp(Element element, String value, String what) {
      String raw = element.textContent().trim();
      if (raw.contains("${")) {
        return;
      }
      String target = value;
      if (what.equals("outputTimestamp")
          && !raw.isEmpty()
          && raw.chars().allMatch(Character::isDigit)) {
        target = Long.toString(java.time.Instant.parse(value).getEpochSecond());
      }
      if (!raw.equals(target)) {
        replaceText(element, raw, target, what, this);
      }
    }

    private void setProperty(String name, String value) {
      Pom owner = propertyOwner(name);
      if (owner == null || !owner.editedProperties.add(name)) {
        return;
      }
      Element definition = child(child(owner.root(), "properties").get(), name).get();
      String raw = definition.textContent().trim();
      if (raw.equals(value)) {
        return;
      }
      replaceText(definition, raw, value, "property " + name, owner);
    }

    private static void replaceText(
        Element element, String oldValue, String newValue, String what, Pom owner) {
      List<Node> children = element.children().toList();
      Text text = null;
      if (children.size() == 1 && children.get(0) instanceof Text t) {
        text = t;
      }
      if (text == null) {
        if (children.isEmpty() && oldValue.isEmpty()) {
          element.textContent(newValue);
          owner.edits.add(what + " '' -> " + newValue);
        }
        return;
      }
      String content = text.content();
      if (oldValue.isEmpty()) {
        text.content(newValue);
      } else {
        int at = content.indexOf(oldValue);
        text.content(
            content.substring(0, at) + newValue + content.substring(at + oldValue.length()));
      }
      owner.edits.add(what + " " + (oldValue.isEmpty() ? "''" : oldValue) + " -> " + newValue);
    }

    PomEdit toEdit() {
      byte[] before = loaded.bytes();
      if (edits.isEmpty()) {
        return new PomEdit(path, before, before, List.of(), Optional.empty(), rawArtifactId());
      }
      byte[] after = loaded.toBytes();
      return new PomEdit(path, before, after, edits, Optional.empty(), rawArtifactId());
    }
  }
}
