package dev.tollgate.core.pom;

import dev.tollgate.core.report.Location;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads Maven core extensions from {@code .mvn/extensions.xml}, which has no Maven model: a small
 * streaming parse that keeps line and column numbers and never resolves DTDs or external entities.
 */
public final class CoreExtensionsFile {

  private CoreExtensionsFile() {}

  /**
   * The core extensions declared in {@code file}, each located at its {@code <version>} element (or
   * its {@code <extension>} element when it has none).
   *
   * @param file the extensions file
   * @param displayPath the path shown in findings
   * @throws IOException when the file cannot be read
   * @throws IllegalArgumentException when it is not well-formed XML, naming the line
   */
  public static List<Declaration> read(Path file, String displayPath) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return parse(in, displayPath);
    }
  }

  static List<Declaration> parse(InputStream in, String displayPath) {
    XMLInputFactory factory = XMLInputFactory.newFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, false);
    List<Declaration> out = new ArrayList<>();
    XMLStreamReader reader = null;
    try {
      reader = factory.createXMLStreamReader(in);
      String groupId = null;
      String artifactId = null;
      String version = null;
      Location extensionAt = null;
      Location versionAt = null;
      int depth = 0;
      while (reader.hasNext()) {
        int event = reader.next();
        if (event == XMLStreamConstants.START_ELEMENT) {
          depth++;
          String name = reader.getLocalName();
          Location here = startOf(reader, name, displayPath);
          if (depth == 2 && name.equals("extension")) {
            groupId = null;
            artifactId = null;
            version = null;
            versionAt = null;
            extensionAt = here;
          } else if (depth == 3 && extensionAt != null) {
            switch (name) {
              case "groupId" -> groupId = reader.getElementText().trim();
              case "artifactId" -> artifactId = reader.getElementText().trim();
              case "version" -> {
                versionAt = here;
                version = reader.getElementText().trim();
              }
              default -> {
                continue;
              }
            }
            depth--;
          }
        } else if (event == XMLStreamConstants.END_ELEMENT) {
          if (depth == 2 && reader.getLocalName().equals("extension") && extensionAt != null) {
            out.add(
                new Declaration(
                    DeclarationKind.CORE_EXTENSION,
                    groupId == null ? "" : groupId,
                    artifactId == null ? "" : artifactId,
                    version == null || version.isEmpty() ? null : version,
                    version == null || version.isEmpty()
                        ? VersionSource.NONE
                        : VersionSource.DECLARED,
                    null,
                    versionAt != null ? versionAt : extensionAt,
                    null,
                    null,
                    Map.of()));
            extensionAt = null;
          }
          depth--;
        }
      }
      return out;
    } catch (XMLStreamException e) {
      int line = e.getLocation() == null ? 0 : e.getLocation().getLineNumber();
      throw new IllegalArgumentException(
          displayPath
              + (line > 0 ? ":" + line : "")
              + ": not well-formed XML ("
              + e.getMessage().replaceAll("\\s+", " ").replaceFirst("^ParseError at \\S+ ", "")
              + "); fix the file so that Maven can read it",
          e);
    } finally {
      if (reader != null) {
        try {
          reader.close();
        } catch (XMLStreamException ignored) {
          // nothing was written; closing a reader cannot lose data
        }
      }
    }
  }

  /** The start tag's position: the reader stands just after {@code <name>}. */
  private static Location startOf(XMLStreamReader reader, String name, String path) {
    javax.xml.stream.Location at = reader.getLocation();
    int line = Math.max(at.getLineNumber(), 0);
    int column = at.getColumnNumber() - name.length() - 2;
    return Location.file(path, line, Math.max(column, line > 0 ? 1 : 0));
  }
}
