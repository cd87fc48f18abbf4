package dev.tollgate.release;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tollgate.core.release.ExternalSnapshots;
import dev.tollgate.core.release.PrepareOptions;
import dev.tollgate.core.release.ReleaseProject;
import dev.tollgate.core.settings.Settings;
import java.io.File;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.maven.model.Dependency;
import org.apache.maven.model.Model;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.logging.SystemStreamLog;
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The adapters: mojo parameters → settings map → core options, and failures in Maven's words. */
class ReleaseMojoParametersTest {

  @TempDir Path dir;

  private static final List<String> VERSION_PROPERTIES =
      List.of(
          "tollgate.release.from",
          "tollgate.release.to",
          "tollgate.release.preset",
          "tollgate.release.increment",
          "tollgate.release.version",
          "tollgate.release.prerelease",
          "tollgate.release.buildMetadata",
          "tollgate.tagFormat",
          "tollgate.release.tagFormat",
          "tollgate.release.bumpTypes",
          "tollgate.release.minimumBump",
          "tollgate.release.majorVersionZero",
          "tollgate.release.bumpPatchForMinorPreMajor",
          "tollgate.release.initialVersion",
          "tollgate.release.failOnNoRelease");

  @Test
  void performAndRollbackHaveOnlyTheParametersTheyUse() throws Exception {
    assertThat(properties(PerformMojo.class))
        .containsExactly(
            "tollgate.perform.skip",
            "tollgate.release.dryRun",
            "tollgate.release.remote",
            "tollgate.skip");
    assertThat(properties(RollbackMojo.class))
        .containsExactly("tollgate.release.dryRun", "tollgate.rollback.skip", "tollgate.skip");
    for (Class<?> goal : List.of(NextMojo.class, ChangelogMojo.class, PrepareMojo.class)) {
      assertThat(properties(goal)).containsAll(VERSION_PROPERTIES);
    }
  }

  @Test
  void everyParameterReachesTheSettingsUnderItsProperty() throws Exception {
    for (AbstractReleaseMojo mojo :
        List.of(
            new NextMojo(),
            new ChangelogMojo(),
            new PrepareMojo(),
            new PerformMojo(),
            new RollbackMojo())) {
      Set<String> keys = new TreeSet<>(mojo.parameters().keySet());
      keys.add("tollgate.skip");
      Set<String> declared = properties(mojo.getClass());
      declared.remove("tollgate.outputDirectory"); // a File Maven resolves, passed as a path
      assertThat(keys).as(mojo.getClass().getSimpleName()).isEqualTo(declared);
    }
  }

  @Test
  void prepareParametersBecomeOptions() throws Exception {
    PrepareMojo mojo = new PrepareMojo();
    set(mojo, "dryRun", "true");
    set(mojo, "nextDevelopment", "TRUE");
    set(mojo, "allowSnapshots", List.of("com.acme:*", "org.example:lib"));
    set(mojo, "versionFiles", List.of("README.md=v([0-9]+,[0-9]+)"));
    set(mojo, "changelogStyle", "keepachangelog");
    List<String> warnings = capture(mojo);
    set(mojo, "releaseTagFormat", "@{version}");

    Settings settings = mojo.settings();
    PrepareOptions options =
        PrepareOptions.of(settings, ReleaseProject.withoutPom(dir), dir.resolve("target"));

    assertThat(options.dryRun()).isTrue();
    assertThat(options.nextDevelopment()).isTrue();
    assertThat(options.allowSnapshots()).containsExactly("com.acme:*", "org.example:lib");
    assertThat(options.versionFiles()).containsExactly("README.md=v([0-9]+,[0-9]+)");
    assertThat(options.next().version().tagFormat().template()).isEqualTo("${version}");
    assertThat(warnings)
        .containsExactly(
            "tollgate.release.tagFormat is deprecated; use tollgate.tagFormat (same values)");
  }

  @Test
  void aNonBooleanFailsTheGoalNamingTheProperty() throws Exception {
    PerformMojo perform = new PerformMojo();
    set(perform, "dryRun", "yes");
    capture(perform);
    assertThatThrownBy(perform::execute)
        .isInstanceOf(MojoExecutionException.class)
        .hasMessage(
            "Tollgate release configuration: tollgate.release.dryRun: 'yes' is not a boolean;"
                + " use true or false");
    RollbackMojo rollback = new RollbackMojo();
    set(rollback, "skipAll", "maybe");
    capture(rollback);
    assertThatThrownBy(rollback::execute).hasMessageContaining("tollgate.skip: 'maybe'");
  }

  @Test
  void skipIsReadStrictlyAndSkips() throws Exception {
    NextMojo next = new NextMojo();
    set(next, "skip", "true");
    capture(next);
    next.execute(); // no repository needed: nothing runs
  }

  @Test
  void theReactorBecomesPlainValuesForTheSnapshotCheck() {
    Model model = new Model();
    model.setGroupId("com.acme");
    model.setArtifactId("app");
    model.setVersion("1.0.0-SNAPSHOT");
    model.addDependency(dependency("org.example", "deployed", "1.0-20250101.120000-3"));
    model.addDependency(dependency("org.example", "fine", "2.0"));
    model.addDependency(dependency("com.acme.tools", "lint", "0.1-SNAPSHOT"));
    MavenProject project = new MavenProject(model);
    project.setFile(dir.resolve("pom.xml").toFile());

    ReleaseProject core = ReactorModel.of(project, null, dir);

    assertThat(core.artifactId()).isEqualTo("app");
    assertThat(core.poms()).containsExactly(dir.resolve("pom.xml").toAbsolutePath().normalize());
    assertThat(core.modules()).containsExactly("com.acme:app");
    assertThat(ExternalSnapshots.find(core, List.of("com.acme.*:*")))
        .containsExactly("org.example:deployed:1.0-20250101.120000-3 (dependency of com.acme:app)");
  }

  @Test
  void withoutAPomOnlyTheDirectoryIsKnown() {
    Model model = new Model();
    model.setGroupId("org.apache.maven");
    model.setArtifactId("standalone-pom");
    model.setVersion("1");
    MavenProject stub = new MavenProject(model);
    stub.setFile(new File("pom.xml"));
    ReleaseProject core = ReactorModel.of(stub, null, dir);
    assertThat(core.artifactId()).isNull();
    assertThat(core.poms()).isEmpty();
  }

  private static Dependency dependency(String g, String a, String v) {
    Dependency d = new Dependency();
    d.setGroupId(g);
    d.setArtifactId(a);
    d.setVersion(v);
    return d;
  }

  /** The user properties of a goal's parameters, from the generated plugin descriptor. */
  private static Set<String> properties(Class<?> type) throws Exception {
    Document descriptor;
    try (InputStream in =
        ReleaseMojoParametersTest.class.getResourceAsStream("/META-INF/maven/plugin.xml")) {
      descriptor = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in);
    }
    NodeList mojos = descriptor.getElementsByTagName("mojo");
    for (int i = 0; i < mojos.getLength(); i++) {
      Element mojo = (Element) mojos.item(i);
      if (!text(mojo, "implementation").equals(type.getName())) {
        continue;
      }
      Set<String> out = new TreeSet<>();
      Element configuration = (Element) mojo.getElementsByTagName("configuration").item(0);
      NodeList values = configuration.getChildNodes();
      for (int j = 0; j < values.getLength(); j++) {
        String expression = values.item(j).getTextContent().trim();
        if (values.item(j) instanceof Element && expression.startsWith("${tollgate.")) {
          out.add(expression.substring(2, expression.length() - 1));
        }
      }
      return out;
    }
    throw new AssertionError("no mojo " + type.getName() + " in the descriptor");
  }

  private static String text(Element parent, String child) {
    return parent.getElementsByTagName(child).item(0).getTextContent().trim();
  }

  private static List<String> capture(AbstractReleaseMojo mojo) {
    List<String> warnings = new ArrayList<>();
    mojo.setLog(
        new SystemStreamLog() {
          @Override
          public void warn(CharSequence content) {
            warnings.add(content.toString());
          }
        });
    return warnings;
  }

  private static void set(Object target, String name, Object value) throws Exception {
    for (Class<?> c = target.getClass(); c != null; c = c.getSuperclass()) {
      try {
        Field f = c.getDeclaredField(name);
        f.setAccessible(true);
        f.set(target, value);
        return;
      } catch (NoSuchFieldException e) {
        // look in the superclass
      }
    }
    throw new NoSuchFieldException(name);
  }
}
