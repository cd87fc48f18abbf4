package dev.tollgate.core.files;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.dataformat.toml.TomlFactory;
import com.fasterxml.jackson.dataformat.toml.TomlReadFeature;
import com.fasterxml.jackson.dataformat.toml.TomlStreamReadException;
import dev.tollgate.core.pattern.GlobPattern;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.format.DateTimeParseException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Parse;
import org.snakeyaml.engine.v2.events.AliasEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.events.NodeEvent;
import org.snakeyaml.engine.v2.events.ScalarEvent;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Files that do not parse, with the rules of pre-commit-hooks: JSON (strict; no key twice in an
 * object, valid UTF-8; comments and trailing commas only in the JSON-with-comments files {@link
 * FilesConfig#jsonc()} names and {@code .jsonc}), YAML (parsed to events only: nothing is
 * constructed, so custom tags are allowed and no tag can instantiate a class; no key twice in a
 * mapping, no alias to an undefined anchor), XML (well-formedness; no DTD or external entity is
 * ever loaded, which makes it safe against XXE), {@code .properties} (malformed {@code \\u}
 * escapes) and TOML 1.0 in the files {@link FilesConfig#toml()} names (as check-toml's tomllib: a
 * key or table defined twice, an invalid escape, date or number, invalid UTF-8).
 */
public final class SyntaxCheck implements ContentCheck {

  /** The check's id. */
  public static final String ID = "syntax";

  private static final Set<String> EXTENSIONS =
      Set.of("json", "jsonc", "yaml", "yml", "xml", "xsd", "xsl", "xslt", "properties");

  private final List<GlobPattern> jsonc;
  private final List<GlobPattern> toml;

  /**
   * A check that reads the JSON-with-comments files of {@link FilesConfig#DEFAULT_JSONC} and the
   * TOML files of {@link FilesConfig#DEFAULT_TOML}.
   */
  public SyntaxCheck() {
    this(GlobPattern.paths(FilesConfig.DEFAULT_JSONC), GlobPattern.paths(FilesConfig.DEFAULT_TOML));
  }

  /**
   * A check that allows comments in the JSON files the first globs match and reads the files the
   * second globs match as TOML.
   */
  public SyntaxCheck(List<GlobPattern> jsonc, List<GlobPattern> toml) {
    this.jsonc = List.copyOf(jsonc);
    this.toml = List.copyOf(toml);
  }

  /**
   * TOML 1.0 through Jackson's streaming factory (no ObjectMapper: only the parser's classes load);
   * dates are parsed to {@code java.time} so that an impossible date is an error, as in tomllib.
   */
  private static final class Toml {
    static final TomlFactory FACTORY =
        TomlFactory.builder().enable(TomlReadFeature.PARSE_JAVA_TIME).build();

    /** Kept in this class so that Jackson's classes load with the first TOML file, not before. */
    static void check(FileInfo file, String text, FindingSink sink) {
      try (JsonParser parser = FACTORY.createParser(text)) {
        while (parser.nextToken() != null) {
          // the whole document is parsed (and checked) on the first token; read to the end anyway
        }
      } catch (TomlStreamReadException e) {
        JsonLocation at = e.getLocation();
        int line = at == null ? 0 : Math.max(0, at.getLineNr());
        int column = at == null ? 0 : Math.max(0, at.getColumnNr());
        if ("Duplicate key".equals(e.getOriginalMessage()) && column == 1 && line > 1) {
          // found after the key's whole line was read: point at the end of that line
          String[] lines = text.split("\r?\n", line);
          line--;
          column = lines[line - 1].length() + 1;
        }
        report(file, sink, "TOML", line, column, e.getOriginalMessage());
      } catch (DateTimeParseException e) {
        int[] position = position(text, e.getParsedString());
        report(
            file,
            sink,
            "TOML",
            position[0],
            position[1],
            "invalid date or time: " + e.getMessage());
      } catch (DateTimeException | IOException e) {
        report(file, sink, "TOML", 0, 0, e.getMessage());
      }
    }
  }

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
        && (EXTENSIONS.contains(file.extension()) || GlobPattern.anyMatches(toml, file.path()));
  }

  @Override
  public void check(FileInfo file, Content content, FindingSink sink) throws IOException {
    if (GlobPattern.anyMatches(toml, file.path())) {
      toml(file, content, sink); // binary content is invalid TOML, as for check-toml
      return;
    }
    if (content.binary()) {
      return;
    }
    switch (file.extension()) {
      case "json" -> json(file, content, sink, GlobPattern.anyMatches(jsonc, file.path()));
      case "jsonc" -> json(file, content, sink, true);
      case "yaml", "yml" -> yaml(file, content, sink);
      case "properties" -> properties(file, content, sink);
      default -> xml(file, content, sink);
    }
  }

  private static void json(FileInfo file, Content content, FindingSink sink, boolean comments)
      throws IOException {
    if (content.size() == 0) {
      return;
    }
    try (InputStream in = content.open()) {
      JsonValidator.Error error = JsonValidator.validate(in, comments);
      if (error != null) {
        report(file, sink, "JSON", error.line(), error.column(), error.message());
      }
    }
  }

  private static void yaml(FileInfo file, Content content, FindingSink sink) throws IOException {
    try (Reader reader = new InputStreamReader(content.open(), StandardCharsets.UTF_8)) {
      Iterator<Event> events = new Parse(YAML).parseReader(reader).iterator();
      YamlStructure structure = new YamlStructure();
      while (events.hasNext()) {
        String problem = structure.accept(events.next());
        if (problem != null) {
          report(file, sink, "YAML", structure.line, structure.column, problem);
          return;
        }
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

  private static void toml(FileInfo file, Content content, FindingSink sink) throws IOException {
    byte[] bytes;
    try (InputStream in = content.open()) {
      bytes = in.readAllBytes();
    }
    String text;
    try {
      text = strictUtf8().decode(ByteBuffer.wrap(bytes)).toString();
    } catch (MalformedInputException e) {
      int at = invalidUtf8Offset(bytes);
      int[] position = position(bytes, at);
      report(
          file,
          sink,
          "TOML",
          position[0],
          position[1],
          String.format("invalid UTF-8 (byte 0x%02X)", bytes[at] & 0xFF));
      return;
    } catch (CharacterCodingException e) {
      report(file, sink, "TOML", 0, 0, "invalid UTF-8");
      return;
    }
    Toml.check(file, text, sink);
  }

  private static CharsetDecoder strictUtf8() {
    return StandardCharsets.UTF_8
        .newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
  }

  /** The offset of the first byte that does not start or continue a valid UTF-8 sequence. */
  private static int invalidUtf8Offset(byte[] bytes) {
    CharsetDecoder decoder = strictUtf8();
    ByteBuffer in = ByteBuffer.wrap(bytes);
    java.nio.CharBuffer out = java.nio.CharBuffer.allocate(bytes.length + 1);
    decoder.decode(in, out, true);
    return Math.min(in.position(), bytes.length - 1);
  }

  /** The 1-based line and column (in characters) of a byte offset. */
  private static int[] position(byte[] bytes, int offset) {
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < offset; i++) {
      if (bytes[i] == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    String before = new String(bytes, lineStart, offset - lineStart, StandardCharsets.UTF_8);
    return new int[] {line, before.codePointCount(0, before.length()) + 1};
  }

  /** The 1-based line and column of the first occurrence of a value, or {@code 0, 0}. */
  private static int[] position(String text, String value) {
    int at = value == null || value.isEmpty() ? -1 : text.indexOf(value);
    if (at < 0) {
      return new int[] {0, 0};
    }
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < at; i++) {
      if (text.charAt(i) == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    return new int[] {line, at - lineStart + 1};
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

  /**
   * What a YAML composer would refuse, checked over the events (nothing is constructed): a key
   * twice in one mapping (the merge key {@code <<} aside), an alias to an anchor not defined before
   * it in the document.
   */
  private static final class YamlStructure {
    private final Deque<Frame> stack = new ArrayDeque<>();
    private final Set<String> anchors = new HashSet<>();
    int line;
    int column;

    private static final class Frame {
      final boolean mapping;
      final Set<String> keys = new HashSet<>();
      boolean expectKey = true;

      Frame(boolean mapping) {
        this.mapping = mapping;
      }
    }

    /** The problem this event shows, or {@code null}. */
    String accept(Event event) {
      switch (event.getEventId()) {
        case DocumentStart -> {
          anchors.clear();
          stack.clear();
        }
        case MappingStart, SequenceStart -> {
          String problem = node(event, null);
          stack.push(new Frame(event.getEventId() == Event.ID.MappingStart));
          return problem;
        }
        case MappingEnd, SequenceEnd -> {
          if (!stack.isEmpty()) {
            stack.pop();
          }
        }
        case Scalar -> {
          return node(event, (ScalarEvent) event);
        }
        case Alias -> {
          String name = ((AliasEvent) event).getAlias().getValue();
          if (!anchors.contains(name)) {
            mark(event);
            return "found undefined alias '" + name + "'";
          }
          return node(event, null);
        }
        default -> {
          // stream and document ends, comments
        }
      }
      return null;
    }

    private String node(Event event, ScalarEvent scalar) {
      if (event instanceof NodeEvent n) {
        n.getAnchor().ifPresent(a -> anchors.add(a.getValue()));
      }
      Frame top = stack.peek();
      if (top == null || !top.mapping) {
        return null;
      }
      boolean isKey = top.expectKey;
      top.expectKey = !top.expectKey;
      if (!isKey || scalar == null) {
        return null;
      }
      String value = scalar.getValue();
      if (value.equals("<<") && scalar.isPlain()) {
        return null;
      }
      String key;
      if (scalar.isPlain() && !looksString(value)) {
        key = "typed:" + value;
      } else {
        key = "str:" + value;
      }
      if (!top.keys.add(key)) {
        mark(event);
        return "found duplicate key \"" + value + "\"";
      }
      return null;
    }

    /** Whether a plain scalar resolves to a string (not a number, boolean or null). */
    private static boolean looksString(String v) {
      return !(v.isEmpty()
          || v.equals("~")
          || v.matches("(?i)null|true|false|yes|no|on|off")
          || v.matches("[-+]?(0|[1-9][0-9_]*|0x[0-9a-fA-F_]+|0o?[0-7_]+)")
          || v.matches("[-+]?([0-9][0-9_]*)?\\.?[0-9]+([eE][-+]?[0-9]+)?"));
    }

    private void mark(Event event) {
      event
          .getStartMark()
          .ifPresent(
              m -> {
                line = m.getLine() + 1;
                column = m.getColumn() + 1;
              });
    }
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
