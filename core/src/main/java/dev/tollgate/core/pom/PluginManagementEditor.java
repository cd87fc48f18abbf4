package dev.tollgate.core.pom;

import eu.maveniverse.domtrip.Document;
import eu.maveniverse.domtrip.DomTripException;
import eu.maveniverse.domtrip.Editor;
import eu.maveniverse.domtrip.Element;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Writes missing plugin pins into a POM's {@code <build><pluginManagement><plugins>}, creating each
 * element that is absent, losslessly: every byte outside the added elements stays as it was
 * (comments, attribute quotes, CRLF line endings). Idempotent: a plugin already managed with a
 * version is left alone; one managed without a version gets its {@code <version>}. Pure: text in,
 * text out; the caller reads and writes the file.
 */
public final class PluginManagementEditor {

  private PluginManagementEditor() {}

  /**
   * Adds {@code pins} to the POM {@code text}.
   *
   * @param path the POM, for messages and the returned edit
   * @param text the POM's content (UTF-8)
   * @param pins the pins to write; those without a version are skipped (named in the edit lines)
   * @return the edit, unchanged when every pin is already there
   * @throws PomEditException when the POM is not well-formed or cannot be rewritten byte for byte
   */
  public static PomEdit add(Path path, String text, List<MissingPin> pins) throws PomEditException {
    Document doc = LosslessPom.parse(path, text, "add the pins by hand");
    Editor editor = new Editor(doc);
    List<String> edits = new ArrayList<>();
    try {
      Element plugins = null;
      for (MissingPin pin : pins) {
        if (pin.version() == null) {
          edits.add(pin.key() + ": no exact version in use; choose one and pin it by hand");
          continue;
        }
        if (plugins == null) {
          Element build = child(editor, doc.root(), "build");
          Element management = child(editor, build, "pluginManagement");
          plugins = child(editor, management, "plugins");
        }
        Optional<Element> existing =
            plugins
                .childElements("plugin")
                .filter(p -> pin.key().equals(groupId(p) + ":" + p.childTextTrimmed("artifactId")))
                .findFirst();
        if (existing.isPresent()) {
          if (existing.get().childElement("version").isEmpty()) {
            editor.addElement(existing.get(), "version", pin.version());
            edits.add(pin.key() + ": <version>" + pin.version() + "</version> added");
          }
          continue;
        }
        Element plugin = editor.addElement(plugins, "plugin");
        editor.addElement(plugin, "groupId", pin.groupId());
        editor.addElement(plugin, "artifactId", pin.artifactId());
        editor.addElement(plugin, "version", pin.version());
        edits.add(pin.key() + ":" + pin.version() + " pinned");
      }
    } catch (DomTripException e) {
      throw new PomEditException(path + ": cannot add the pins (" + e.getMessage() + ")", e);
    }
    String after = lineEndingsOf(text, doc.toXml());
    return new PomEdit(
        path, text.getBytes(StandardCharsets.UTF_8), after.getBytes(StandardCharsets.UTF_8), edits);
  }

  private static Element child(Editor editor, Element parent, String name) throws DomTripException {
    Optional<Element> found = parent.childElement(name);
    return found.isPresent() ? found.get() : editor.addElement(parent, name);
  }

  private static String groupId(Element plugin) {
    String group = plugin.childTextTrimmed("groupId");
    return group == null || group.isEmpty() ? ModelDeclarations.DEFAULT_PLUGIN_GROUP : group;
  }

  /** The edited text with the original's CRLF line endings when the original used only CRLF. */
  private static String lineEndingsOf(String original, String edited) {
    boolean crlf = original.contains("\r\n") && !original.replace("\r\n", "").contains("\n");
    return crlf ? edited.replace("\r\n", "\n").replace("\n", "\r\n") : edited;
  }
}
