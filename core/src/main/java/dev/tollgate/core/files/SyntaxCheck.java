package dev.tollgate.core.files;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Properties;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Parse;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Files that do not parse: JSON (strict), YAML (parsed to events only: nothing is constructed, so
 * no tag can instantiate a class), XML (well-formedness; no DTD or external entity is ever loaded,
 * which makes it safe against XXE) and {@code .properties} (malformed {@code \\u} escapes).
 */
public final class SyntaxCheck implements ContentCheck {

  /** The check's id. */
  public static final String ID = "syntax";

  private static final Set<String> EXTENSIONS =
      Set.of("json", "yaml", "yml", "xml", "xsd", "xsl", "xslt", "properties");

  private static final SAXParserFactory SAX = secureFactory();

  private static final ThreadLocal<SAXParser> PARSER =
      ThreadLocal.withInitial(
          () -> {
            try {
              return SAX.newSAXParser();
            } catch (ParserConfigurationException | SAXException e) {
              throw new IllegalStateException("no XML parser: " + e, e);
            }
          });

  private static final LoadSettings YAML =
      LoadSettings.builder().setCodePointLimit(Integer.MAX_VALUE).build();

  @Override
  public String id() {
    return ID;
  }

  @Override
  public boolean appliesTo(FileInfo file) {
    return !file.symlink()
        && !file.submodule()
        && !file.lfs()
        && EXTENSIONS.contains(file.extension());
  }

  @Override
  public void check(FileInfo file, Content content, FindingSink sink) throws IOException {
    if (content.binary()) {
      return;
    }
    switch (file.extension()) {
      case "json" -> json(file, content, sink);
      case "yaml", "yml" -> yaml(file, content, sink);
      case "properties" -> properties(file, content, sink);
      default -> xml(file, content, sink);
    }
  }

  private static void json(FileInfo file, Content content, FindingSink sink) throws IOException {
    if (content.size() == 0) {
      return;
    }
    try (InputStream in = content.open()) {
      JsonValidator.Error error = JsonValidator.validate(in);
      if (error != null) {
        report(file, sink, "JSON", error.line(), error.column(), error.message());
      }
    }
  }

  private static void yaml(FileInfo file, Content content, FindingSink sink) throws IOException {
    try (Reader reader = new InputStreamReader(content.open(), StandardCharsets.UTF_8)) {
      Iterator<Event> events = new Parse(YAML).parseReader(reader).iterator();
      while (events.hasNext()) {
        events.next();
      }
    } catch (MarkedYamlEngineException e) {
      Mark mark = e.getProblemMark().or(e::getContextMark).orElse(null);
      String problem = e.getProblem() == null ? e.getMessage() : e.getProblem();
      report(
          file,
          sink,
          "YAML",
          mark == null ? 0 : mark.getLine() + 1,
          mark == null ? 0 : mark.getColumn() + 1,
          problem);
    } catch (YamlEngineException e) {
      report(file, sink, "YAML", 0, 0, e.getMessage());
    }
  }

  private static void xml(FileInfo file, Content content, FindingSink sink) throws IOException {
    SAXParser parser = PARSER.get();
    parser.reset();
    try (InputStream in = content.open()) {
      parser.parse(new InputSource(in), new NoExternalEntities());
    } catch (SAXParseException e) {
      report(
          file,
          sink,
          "XML",
          Math.max(0, e.getLineNumber()),
          Math.max(0, e.getColumnNumber()),
          e.getMessage());
    } catch (SAXException e) {
      report(file, sink, "XML", 0, 0, e.getMessage());
    }
  }

  private static void properties(FileInfo file, Content content, FindingSink sink)
      throws IOException {
    try (Reader reader = new InputStreamReader(content.open(), StandardCharsets.UTF_8)) {
      new Properties().load(reader);
    } catch (IllegalArgumentException e) {
      report(file, sink, "properties", 0, 0, e.getMessage());
    }
  }

  private static void report(
      FileInfo file, FindingSink sink, String language, int line, int column, String problem) {
    sink.report(
        FileFinding.of(
            ID,
            "syntax",
            file.path(),
            line,
            column,
            "invalid " + language + ": " + oneLine(problem),
            "fix the " + language + " syntax (or exclude the file with tollgate.files.excludes)"));
  }

  private static String oneLine(String text) {
    if (text == null) {
      return "parse error";
    }
    String s = text.strip().replaceAll("\\s+", " ");
    return s.length() > 200 ? s.substring(0, 200) + "…" : s;
  }

  /** Resolves every external entity (and DTD) to nothing: nothing outside the file is read. */
  private static final class NoExternalEntities extends DefaultHandler {
    @Override
    public InputSource resolveEntity(String publicId, String systemId) {
      return new InputSource(new StringReader(""));
    }
  }

  private static SAXParserFactory secureFactory() {
    SAXParserFactory factory = SAXParserFactory.newInstance();
    factory.setNamespaceAware(true);
    factory.setValidating(false);
    try {
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
      factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
      factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
    } catch (ParserConfigurationException | SAXException e) {
      throw new IllegalStateException("cannot configure a safe XML parser: " + e, e);
    }
    return factory;
  }
}
