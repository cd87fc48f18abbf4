package dev.tollgate.release;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tollgate.core.changelog.ChangelogStyle;
import dev.tollgate.core.release.ChangelogOptions;
import dev.tollgate.core.release.ExternalSnapshots;
import dev.tollgate.core.release.PrepareOptions;
import dev.tollgate.core.release.PublishOptions;
import dev.tollgate.core.release.ReleaseProject;
import dev.tollgate.core.settings.Settings;
import dev.tollgate.core.versioning.VersionSettings;
import dev.tollgate.maven.MojoSettings;
import java.io.File;
import java.io.InputStream;
import java.io.Reader;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.maven.execution.DefaultMavenExecutionRequest;
import org.apache.maven.execution.DefaultMavenExecutionResult;
import org.apache.maven.execution.MavenExecutionRequest;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.model.Dependency;
import org.apache.maven.model.Model;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.descriptor.MojoDescriptor;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.plugin.descriptor.PluginDescriptorBuilder;
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
  void everyTollgateParameterOfEveryGoalReachesCoreUnderItsProperty() throws Exception {
    PluginDescriptor plugin = plugin();
    Set<String> readByCore = readByCore();
    for (MojoDescriptor descriptor : plugin.getMojos()) {
      if (descriptor.getGoal().equals("help")) {
        continue;
      }
      AbstractReleaseMojo mojo = goal(descriptor);
      List<String> warnings = capture(mojo);
      Map<String, String> expected = new TreeMap<>();
      for (org.apache.maven.plugin.descriptor.Parameter p : descriptor.getParameters()) {
        String property = MojoSettings.property(p);
        if (property == null) {
          continue;
        }
        Field field = field(mojo.getClass(), p.getName());
        if (field.getType() == String.class) {
          set(mojo, p.getName(), "value of " + property);
          expected.put(property, "value of " + property);
        } else if (field.getType() == List.class) {
          set(mojo, p.getName(), List.of("one of " + property, "two of " + property));
          expected.put(property, "one of " + property + "\ntwo of " + property);
        } else if (field.getType() == File.class) {
          set(mojo, p.getName(), new File("file-of-" + property));
          expected.put(property, "file-of-" + property);
        } else {
          throw new AssertionError(descriptor.getGoal() + ": unexpected type of " + p.getName());
        }
      }
      // the old spelling is seen and reported; the new one, also set, wins
      expected.remove(VersionSettings.OLD_TAG_FORMAT);

      Map<String, String> settings = mojo.settings().asMap();

      assertThat(settings).as(descriptor.getGoal()).containsAllEntriesOf(expected);
      assertThat(readByCore).as(descriptor.getGoal()).containsAll(expected.keySet());
      if (MojoSettings.properties(descriptor).contains(VersionSettings.OLD_TAG_FORMAT)) {
        assertThat(warnings)
            .as(descriptor.getGoal())
            .containsExactly(
                "tollgate.release.tagFormat is deprecated and ignored because tollgate.tagFormat"
                    + " is set; remove it");
      }
    }
  }

  @Test
  void aCommandLineValueHoldingAnExpressionReachesCoreAsTyped() throws Exception {
    NextMojo next = goal(NextMojo.class);
    set(next, "tagFormat", null); // what Maven makes of -Dtollgate.tagFormat=${version}
    set(next, "initialVersion", "1.0"); // no expression: Maven's value stands
    withUserProperties(
        next, Map.of("tollgate.tagFormat", "${version}", "tollgate.release.initialVersion", "2.0"));

    Settings settings = next.settings();

    assertThat(settings.asMap())
        .containsEntry("tollgate.tagFormat", "${version}")
        .containsEntry("tollgate.release.initialVersion", "1.0");
    assertThat(VersionSettings.tagFormat(settings, "app").template()).isEqualTo("${version}");

    // any parameter, not only the tag format; and the old spelling too, renamed with a warning
    PrepareMojo prepare = goal(PrepareMojo.class);
    List<String> warnings = capture(prepare);
    set(prepare, "commitMessage", "release vnull");
    withUserProperties(
        prepare,
        Map.of(
            "tollgate.release.commitMessage", "release v${version}",
            "tollgate.release.tagFormat", "rel-${version}"));

    Map<String, String> prepared = prepare.settings().asMap();

    assertThat(prepared)
        .containsEntry("tollgate.release.commitMessage", "release v${version}")
        .containsEntry("tollgate.tagFormat", "rel-${version}")
        .doesNotContainKey("tollgate.release.tagFormat");
    assertThat(warnings)
        .containsExactly(
            "tollgate.release.tagFormat is deprecated; use tollgate.tagFormat (same values)");
  }

  @Test
  void preparationGoalsFromTheCommandLineWinEvenEmptyAndEmptyMeansNone() throws Exception {
    assertThat(preparationGoals(null, null)).containsExactly("clean", "verify");
    assertThat(preparationGoals("install", null)).containsExactly("install");
    assertThat(preparationGoals(" ", null)).isEmpty();
    assertThat(preparationGoals("install", "")).isEmpty();
    assertThat(preparationGoals("install", "verify -Pci")).containsExactly("verify", "-Pci");
    assertThat(preparationGoals(null, "none")).isEmpty();
  }

  private List<String> preparationGoals(String configured, String commandLine) throws Exception {
    PrepareMojo mojo = goal(PrepareMojo.class);
    set(mojo, "preparationGoals", configured);
    Properties typed = new Properties();
    if (commandLine != null) {
      typed.setProperty("tollgate.release.preparationGoals", commandLine);
    }
    withUserProperties(mojo, typed);
    return PrepareOptions.of(mojo.settings(), ReleaseProject.withoutPom(dir), dir)
        .preparationGoals();
  }

  @Test
  void emptyListsLeaveCoresDefaults() throws Exception {
    PrepareMojo mojo = goal(PrepareMojo.class);
    PrepareOptions defaults =
        PrepareOptions.of(mojo.settings(), ReleaseProject.withoutPom(dir), dir);
    assertThat(defaults.markerFiles()).containsExactly("README.md");
    assertThat(defaults.versionFiles()).isEmpty();
    assertThat(defaults.allowSnapshots()).isEmpty();

    set(mojo, "markerFiles", List.of("docs/install.md", "README.md"));
    set(mojo, "allowSnapshots", List.of("com.acme:*", "org.example:lib"));
    PrepareOptions listed = PrepareOptions.of(mojo.settings(), ReleaseProject.withoutPom(dir), dir);
    assertThat(listed.markerFiles()).containsExactly("docs/install.md", "README.md");
    assertThat(listed.allowSnapshots()).containsExactly("com.acme:*", "org.example:lib");
  }

  @Test
  void theGeneralSkipSwitchSkipsEveryGoal() throws Exception {
    for (Class<? extends AbstractReleaseMojo> type :
        List.of(
            NextMojo.class,
            ChangelogMojo.class,
            PrepareMojo.class,
            PerformMojo.class,
            RollbackMojo.class)) {
      AbstractReleaseMojo mojo = goal(type);
      set(mojo, "skipAll", "TRUE");
      List<String> infos = new ArrayList<>();
      mojo.setLog(
          new SystemStreamLog() {
            @Override
            public void info(CharSequence content) {
              infos.add(content.toString());
            }
          });
      mojo.execute(); // no repository needed: nothing runs
      assertThat(infos).as(type.getSimpleName()).containsExactly("Tollgate: skipped");
    }
  }

  @Test
  void prepareParametersBecomeOptions() throws Exception {
    PrepareMojo mojo = goal(PrepareMojo.class);
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
    assertThat(options.changelogStyle()).isEqualTo(ChangelogStyle.KEEPACHANGELOG);
    assertThat(options.next().version().tagFormat().template()).isEqualTo("${version}");
    assertThat(warnings)
        .containsExactly(
            "tollgate.release.tagFormat is deprecated; use tollgate.tagFormat (same values)");
  }

  @Test
  void aNonBooleanFailsTheGoalNamingTheProperty() throws Exception {
    PerformMojo perform = goal(PerformMojo.class);
    set(perform, "dryRun", "yes");
    capture(perform);
    assertThatThrownBy(perform::execute)
        .isInstanceOf(MojoExecutionException.class)
        .hasMessage(
            "Tollgate release configuration: tollgate.release.dryRun: 'yes' is not a boolean;"
                + " use true or false");
    RollbackMojo rollback = goal(RollbackMojo.class);
    set(rollback, "skipAll", "maybe");
    capture(rollback);
    assertThatThrownBy(rollback::execute).hasMessageContaining("tollgate.skip: 'maybe'");
  }

  @Test
  void skipIsReadStrictlyAndSkips() throws Exception {
    NextMojo next = goal(NextMojo.class);
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

  /** The plugin's real descriptor, as generated by this build. */
  private static PluginDescriptor plugin() throws Exception {
    Path file = Path.of("target/classes/META-INF/maven/plugin.xml");
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return new PluginDescriptorBuilder().build(in, file.toString());
    }
  }

  /** A goal as Maven creates it: its execution (and so its descriptor) injected. */
  private static <T extends AbstractReleaseMojo> T goal(Class<T> type) throws Exception {
    for (MojoDescriptor descriptor : plugin().getMojos()) {
      if (descriptor.getImplementation().equals(type.getName())) {
        return type.cast(goal(descriptor));
      }
    }
    throw new AssertionError("no mojo " + type.getName() + " in the descriptor");
  }

  private static AbstractReleaseMojo goal(MojoDescriptor descriptor) throws Exception {
    AbstractReleaseMojo mojo =
        (AbstractReleaseMojo)
            Class.forName(descriptor.getImplementation()).getDeclaredConstructor().newInstance();
    set(mojo, "mojoExecution", new MojoExecution(descriptor));
    return mojo;
  }

  /** The {@code tollgate.*} keys core reads: the property constants of its option readers. */
  private static Set<String> readByCore() throws Exception {
    Set<String> keys = new TreeSet<>();
    for (Class<?> type :
        List.of(
            VersionSettings.class,
            PrepareOptions.class,
            ChangelogOptions.class,
            PublishOptions.class)) {
      for (Field f : type.getFields()) {
        if (Modifier.isStatic(f.getModifiers())
            && f.getType() == String.class
            && f.get(null) instanceof String key
            && key.startsWith("tollgate.")) {
          keys.add(key);
        }
      }
    }
    // read by the goals themselves: the skip switches, release:next's own, the output directory
    keys.addAll(
        List.of(
            "tollgate.skip",
            "tollgate.next.skip",
            "tollgate.changelog.skip",
            "tollgate.prepare.skip",
            "tollgate.perform.skip",
            "tollgate.rollback.skip",
            "tollgate.next.quiet",
            "tollgate.next.property",
            "tollgate.outputDirectory"));
    return keys;
  }

  private static void withUserProperties(AbstractReleaseMojo mojo, Map<String, String> typed)
      throws Exception {
    Properties properties = new Properties();
    properties.putAll(typed);
    withUserProperties(mojo, properties);
  }

  private static void withUserProperties(AbstractReleaseMojo mojo, Properties typed)
      throws Exception {
    MavenExecutionRequest request = new DefaultMavenExecutionRequest().setUserProperties(typed);
    set(mojo, "session", new MavenSession(null, null, request, new DefaultMavenExecutionResult()));
  }

  private static Field field(Class<?> type, String name) throws NoSuchFieldException {
    for (Class<?> c = type; c != null; c = c.getSuperclass()) {
      try {
        return c.getDeclaredField(name);
      } catch (NoSuchFieldException e) {
        // look in the superclass
      }
    }
    throw new NoSuchFieldException(name);
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
