package dev.tollgate.core.tools;

import dev.tollgate.core.report.Finding;
import dev.tollgate.core.report.Severity;
import dev.tollgate.core.tools.ToolPinOptions.ToolPolicy;
import java.io.StringReader;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Runtime versions written in version-manager files ({@code .sdkmanrc}, {@code .tool-versions},
 * {@code .java-version}, {@code .nvmrc}), in {@code toolchains.xml}, and in a POM's
 * maven-toolchains-plugin requirement and enforcer {@code requireJavaVersion}.
 */
final class RuntimeVersionScanner {

  private static final XMLInputFactory XML = secureFactory();

  private RuntimeVersionScanner() {}

  /** {@code .sdkmanrc}: {@code candidate=version} lines. */
  static List<Finding> sdkmanrc(String path, String text, ToolPolicy policy) {
    List<Finding> out = new ArrayList<>();
    String[] lines = text.split("\r?\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      int eq = line.indexOf('=');
      if (eq <= 0) {
        throw new MalformedFile(
            "line " + (i + 1) + " is not candidate=version: '" + line + "'", i + 1, 1);
      }
      int n = lineOf(i);
      String candidate = line.substring(0, eq).strip();
      String version = line.substring(eq + 1).strip();
      int col = lines[i].indexOf('=') + 2;
      ToolVersionRule.check(candidate, version, policy).ifPresent(p -> out.add(p.at(path, n, col)));
    }
    return out;
  }

  /** {@code .tool-versions} (asdf, mise): {@code tool version [fallback…]} lines. */
  static List<Finding> toolVersions(String path, String text, ToolPolicy policy) {
    List<Finding> out = new ArrayList<>();
    String[] lines = text.split("\r?\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      int hash = line.indexOf('#');
      String content = (hash >= 0 ? line.substring(0, hash) : line).strip();
      if (content.isEmpty()) {
        continue;
      }
      String[] words = content.split("\\s+");
      if (words.length < 2) {
        throw new MalformedFile(
            "line " + (i + 1) + " names the tool " + words[0] + " but no version", i + 1, 1);
      }
      String version = words[1];
      int n = lineOf(i);
      int col = line.indexOf(version, line.indexOf(words[0]) + words[0].length()) + 1;
      if (version.startsWith("ref:") || version.startsWith("path:")) {
        continue; // built from a git ref or a local directory: not a released version
      }
      ToolVersionRule.check(words[0], version, policy).ifPresent(p -> out.add(p.at(path, n, col)));
    }
    return out;
  }

  /** A file holding one version: {@code .java-version}, {@code .nvmrc}. */
  static List<Finding> singleVersion(String path, String name, String text, ToolPolicy policy) {
    String[] lines = text.split("\r?\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      int hash = line.indexOf('#');
      String content = (hash >= 0 ? line.substring(0, hash) : line).strip();
      if (!content.isEmpty()) {
        int n = lineOf(i);
        int col = line.indexOf(content) + 1;
        return ToolVersionRule.check(name, content, policy)
            .map(p -> List.of(p.at(path, n, col)))
            .orElse(List.of());
      }
    }
    return List.of(
        new Problem(
                ToolVersionRule.RULE,
                Severity.ERROR,
                name + " is empty: the version manager falls back to whatever is installed",
                "write one version in it, e.g. 21.0.5")
            .at(path, 0, 0));
  }

  /**
   * A POM or {@code toolchains.xml}: the JDK version a toolchain provides, the JDK version the
   * maven-toolchains-plugin requires ({@code <toolchains><jdk><version>}) and enforcer's {@code
   * requireJavaVersion}.
   */
  static List<Finding> xml(String path, String text, ToolPolicy policy) {
    List<Finding> out = new ArrayList<>();
    Deque<String> elements = new ArrayDeque<>();
    try {
      XMLStreamReader reader = XML.createXMLStreamReader(new StringReader(text));
      int line = 0;
      int column = 0;
      StringBuilder value = new StringBuilder();
      while (reader.hasNext()) {
        int event = reader.next();
        if (event == XMLStreamConstants.START_ELEMENT) {
          elements.push(reader.getLocalName());
          value.setLength(0);
          line = reader.getLocation().getLineNumber();
          column =
              Math.max(
                  1, reader.getLocation().getColumnNumber() - reader.getLocalName().length() - 2);
        } else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) {
          value.append(reader.getText());
        } else if (event == XMLStreamConstants.END_ELEMENT) {
          String name = elements.pop();
          if (name.equals("version") && !elements.isEmpty()) {
            String parent = elements.peek();
            String grandParent =
                elements.size() > 1 ? elements.stream().skip(1).findFirst().get() : "";
            version(path, parent, grandParent, value.toString().strip(), line, column, policy, out);
          }
          value.setLength(0);
        }
      }
    } catch (XMLStreamException e) {
      int line = e.getLocation() == null ? 0 : Math.max(0, e.getLocation().getLineNumber());
      int col = e.getLocation() == null ? 0 : Math.max(0, e.getLocation().getColumnNumber());
      String message = e.getMessage();
      int colon = message == null ? -1 : message.indexOf("Message: ");
      throw new MalformedFile(
          "XML " + (colon >= 0 ? message.substring(colon + 9) : message), line, col);
    }
    return out;
  }

  private static void version(
      String path,
      String parent,
      String grandParent,
      String version,
      int line,
      int column,
      ToolPolicy policy,
      List<Finding> out) {
    if (parent.equals("requireJavaVersion")) {
      // a guard, not a selector: only the strict policy asks it to name one JDK line
      if (policy == ToolPolicy.EXACT
          && !version.contains("${")
          && VersionText.isOpenMinimum(version)) {
        out.add(
            new Problem(
                    ToolVersionRule.RULE,
                    Severity.WARN,
                    "enforcer requireJavaVersion '"
                        + version
                        + "' accepts every later JDK, so the build is not held to one JDK line",
                    "bound it to the line you test, e.g. [17,18), or select the JDK with the"
                        + " maven-toolchains-plugin")
                .at(path, line, column));
      }
    } else if (parent.equals("jdk") && grandParent.equals("toolchains")) {
      ToolVersionRule.check("maven-toolchains-plugin JDK version", version, policy)
          .ifPresent(p -> out.add(p.at(path, line, column)));
    } else if (parent.equals("provides") && grandParent.equals("toolchain")) {
      ToolVersionRule.check("toolchain version", version, policy)
          .ifPresent(p -> out.add(p.at(path, line, column)));
    }
  }

  private static int lineOf(int index) {
    return index + 1;
  }

  private static XMLInputFactory secureFactory() {
    XMLInputFactory f = XMLInputFactory.newDefaultFactory(); // the JDK's: no service lookup
    f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    f.setProperty(XMLInputFactory.IS_COALESCING, true);
    return f;
  }
}
