package dev.tollgate.docs;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** The parts of a generated {@code META-INF/maven/plugin.xml} that the reference shows. */
record PluginDescriptor(
    String name, String description, String artifactId, String goalPrefix, List<Goal> goals) {

  record Goal(
      String name,
      String description,
      String phase,
      boolean threadSafe,
      boolean requiresProject,
      boolean aggregator,
      List<Param> parameters) {}

  record Param(
      String name,
      String type,
      String property,
      String defaultValue,
      boolean required,
      String description) {}

  static PluginDescriptor read(InputStream in) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    Document doc = factory.newDocumentBuilder().parse(in);
    Element plugin = doc.getDocumentElement();
    List<Goal> goals = new ArrayList<>();
    for (Element mojo : children(child(plugin, "mojos"), "mojo")) {
      Element config = child(mojo, "configuration");
      List<Param> params = new ArrayList<>();
      for (Element p : children(child(mojo, "parameters"), "parameter")) {
        if (!"true".equals(text(p, "editable"))) {
          continue; // read-only parameters are injected by Maven, not set by users
        }
        String name = text(p, "name");
        Element conf = config == null ? null : child(config, name);
        String expression = conf == null ? "" : conf.getTextContent().trim();
        String property =
            expression.startsWith("${") && expression.endsWith("}")
                ? expression.substring(2, expression.length() - 1)
                : "";
        String defaultValue = conf == null ? "" : conf.getAttribute("default-value");
        params.add(
            new Param(
                name,
                simpleType(text(p, "type")),
                property,
                defaultValue,
                "true".equals(text(p, "required")),
                text(p, "description")));
      }
      params.sort((a, b) -> a.name().compareTo(b.name()));
      goals.add(
          new Goal(
              text(mojo, "goal"),
              text(mojo, "description"),
              text(mojo, "phase"),
              "true".equals(text(mojo, "threadSafe")),
              !"false".equals(text(mojo, "requiresProject")),
              "true".equals(text(mojo, "aggregator")),
              params));
    }
    goals.sort((a, b) -> a.name().compareTo(b.name()));
    return new PluginDescriptor(
        text(plugin, "name"),
        text(plugin, "description"),
        text(plugin, "artifactId"),
        text(plugin, "goalPrefix"),
        goals);
  }

  private static String simpleType(String type) {
    int dot = type.lastIndexOf('.');
    return dot < 0 ? type : type.substring(dot + 1);
  }

  private static Element child(Element parent, String name) {
    if (parent == null) {
      return null;
    }
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e && e.getTagName().equals(name)) {
        return e;
      }
    }
    return null;
  }

  private static List<Element> children(Element parent, String name) {
    List<Element> out = new ArrayList<>();
    if (parent != null) {
      for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
        if (n instanceof Element e && e.getTagName().equals(name)) {
          out.add(e);
        }
      }
    }
    return out;
  }

  private static String text(Element parent, String name) {
    Element e = child(parent, name);
    return e == null ? "" : e.getTextContent().trim();
  }
}
