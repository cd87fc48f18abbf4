package dev.tollgate.core.pom;

import dev.tollgate.core.report.Finding;
import dev.tollgate.core.report.Location;
import dev.tollgate.core.report.Report;
import dev.tollgate.core.report.Severity;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The {@code pins} check: every tool version a build uses is one exact version. Classifies each
 * declaration gathered from the POMs, reads {@code .mvn/extensions.xml}, the Maven wrapper and the
 * policy file, and returns every finding, each at the file and line that declares the version.
 */
public final class PinCheck {

  /** The goal name, which names the report files. */
  public static final String GOAL = "pins";

  /** Rule ids. */
  static final String MISSING = "missing-version";

  static final String MAVEN_DEFAULT = "maven-default-version";
  static final String RANGE = "version-range";
  static final String DYNAMIC = "dynamic-version";
  static final String SNAPSHOT = "snapshot-version";
  static final String UNDEFINED = "undefined-property";
  static final String DRIFT = "policy-drift";
  static final String BANNED = "banned-plugin";

  /** The core extensions file, relative to the project root. */
  public static final String EXTENSIONS = ".mvn/extensions.xml";

  private PinCheck() {}

  /**
   * Runs the check.
   *
   * @throws IOException when a file under {@code .mvn/} cannot be read
   * @throws IllegalArgumentException when a policy or extensions file is malformed (the message
   *     names the file, the line and the fix)
   */
  public static Report run(PinRequest request) throws IOException {
    return result(request).report();
  }

  /**
   * The outcome of {@link #run}: the report, and the pins its findings call for.
   *
   * @param report the findings
   * @param missing the plugins to pin in a pluginManagement of the build, once per POM and plugin
   */
  public record Result(Report report, List<MissingPin> missing, List<DriftRow> drift) {
    public Result {
      missing = List.copyOf(missing);
      drift = List.copyOf(drift);
    }
  }

  /**
   * One line of the drift summary: a tool the policy names, and where the build differs.
   *
   * @param key {@code groupId:artifactId} ({@code org.apache.maven:apache-maven} for Maven)
   * @param required the version the policy requires
   * @param drifts each differing declaration, {@code version at file:line:col}; empty when none
   */
  public record DriftRow(String key, String required, List<String> drifts) {
    public DriftRow {
      drifts = List.copyOf(drifts);
    }
  }

  /** The drift summary table for the log: one row per required tool, drifts first. */
  public static List<String> driftTable(List<DriftRow> rows) {
    if (rows.isEmpty()) {
      return List.of();
    }
    int width = rows.stream().mapToInt(r -> r.key().length()).max().orElse(4);
    int versionWidth =
        Math.max(8, rows.stream().mapToInt(r -> r.required().length()).max().orElse(8));
    List<String> out = new ArrayList<>();
    out.add(pad("tool", width) + "  " + pad("required", versionWidth) + "  found");
    rows.stream()
        .sorted(Comparator.comparing((DriftRow r) -> r.drifts().isEmpty()))
        .forEach(
            r ->
                out.add(
                    pad(r.key(), width)
                        + "  "
                        + pad(r.required(), versionWidth)
                        + "  "
                        + (r.drifts().isEmpty() ? "ok" : String.join(", ", r.drifts()))));
    return out;
  }

  private static String pad(String s, int width) {
    return s + " ".repeat(Math.max(0, width - s.length()));
  }

  private static List<DriftRow> drift(PinPolicy policy, List<Finding> findings) {
    if (policy.required().isEmpty()) {
      return List.of();
    }
    List<DriftRow> rows = new ArrayList<>();
    for (String key : new java.util.TreeSet<>(policy.required().keySet())) {
      String marker =
          key.equals(MavenWrapperCheck.MAVEN_KEY) ? "Maven: found " : " " + key + ": found ";
      List<String> drifts = new ArrayList<>();
      for (Finding f : findings) {
        int at = f.message().indexOf(marker);
        if (f.ruleId().equals(DRIFT) && at >= 0) {
          String rest = f.message().substring(at + marker.length());
          drifts.add(rest.split("[ ,]", 2)[0] + " at " + f.location().display());
        }
      }
      rows.add(new DriftRow(key, policy.required().get(key).version(), drifts));
    }
    return rows;
  }

  /**
   * Runs the check, also returning the missing pins (for the log's snippet and {@code pins-fix}).
   *
   * @throws IOException when a file under {@code .mvn/} cannot be read
   * @throws IllegalArgumentException when a policy or extensions file is malformed
   */
  public static Result result(PinRequest request) throws IOException {
    PinPolicy policy = request.policy();
    if (request.policyFile() != null) {
      Path file = request.root().resolve(request.policyFile());
      if (Files.isRegularFile(file)) {
        policy =
            policy.withRequired(
                PinPolicy.parseFile(
                    Files.readString(file, StandardCharsets.UTF_8), request.policyFile()));
      } else if (request.policyFileRequired()) {
        throw new IllegalArgumentException(
            "policy file "
                + request.policyFile()
                + " does not exist; create it (groupId:artifactId=version per line) or fix"
                + " tollgate.pins.policyFile");
      }
    }
    List<Declaration> all = new ArrayList<>(request.declarations());
    Path extensions = request.root().resolve(EXTENSIONS);
    if (Files.isRegularFile(extensions)) {
      all.addAll(CoreExtensionsFile.read(extensions, EXTENSIONS));
    }
    List<Finding> findings = new ArrayList<>(check(all, request, policy));
    Path wrapper = request.root().resolve(MavenWrapperCheck.PATH);
    String wrapperText =
        Files.isRegularFile(wrapper)
            ? Files.readString(wrapper, StandardCharsets.ISO_8859_1)
            : null;
    PinPolicy.RequiredVersion requiredMaven = policy.required().get(MavenWrapperCheck.MAVEN_KEY);
    if (wrapperText != null) {
      findings.addAll(
          MavenWrapperCheck.check(wrapperText, request.requireChecksum(), requiredMaven));
    } else if (request.missingWrapper() != null
        && MavenWrapperCheck.pinnedBy(request.mavenRequirements()) == null) {
      // a requireMavenVersion of one version ([3.9.11]) pins Maven without a wrapper
      findings.add(MavenWrapperCheck.missing(request.missingWrapper()));
    }
    findings.addAll(
        MavenWrapperCheck.requirements(
            request.mavenRequirements(), wrapperText, requiredMaven, request.mavenVersion()));
    findings.sort(ORDER);
    Set<String> noPin = new java.util.HashSet<>(request.reactorArtifacts());
    for (Declaration d : all) {
      if (d.kind() == DeclarationKind.EXTENSION || d.kind() == DeclarationKind.CORE_EXTENSION) {
        noPin.add(d.key());
      }
    }
    noPin.addAll(policy.banned().keySet());
    List<MissingPin> missing = new ArrayList<>();
    for (MissingPin pin : MissingPin.of(all, noPin)) {
      if (policy.ignoredBecause(pin.key()) == null) {
        missing.add(pin);
      }
    }
    for (Finding f : findings) {
      if (f.message().contains("(additionalPlugins)")
          && request.pinAt() instanceof Location.InFile in) {
        String key = f.message().substring("plugin ".length(), f.message().indexOf(' ', 7));
        missing.add(
            new MissingPin(
                in.path(),
                request.pinAt(),
                key.substring(0, key.indexOf(':')),
                key.substring(key.indexOf(':') + 1),
                null));
      }
    }
    return new Result(new Report(GOAL, findings), missing, drift(policy, findings));
  }

  /** Path (root POM and .mvn files first), line, column, rule: one method, no lambda chain. */
  private static final Comparator<Finding> ORDER =
      new Comparator<>() {
        @Override
        public int compare(Finding a, Finding b) {
          int c = sortPath(a.location()).compareTo(sortPath(b.location()));
          if (c != 0) {
            return c;
          }
          c = Integer.compare(line(a.location()), line(b.location()));
          if (c != 0) {
            return c;
          }
          c = Integer.compare(column(a.location()), column(b.location()));
          return c != 0 ? c : a.ruleId().compareTo(b.ruleId());
        }
      };

  private static int line(Location location) {
    return location instanceof Location.InFile in ? in.line() : 0;
  }

  private static int column(Location location) {
    return location instanceof Location.InFile in ? in.column() : 0;
  }

  private static String sortPath(Location location) {
    if (location instanceof Location.InFile in) {
      // the root POM and .mvn files first, then modules in path order
      return (in.path().contains("/") && !in.path().startsWith(".mvn/") ? "1" : "0") + in.path();
    }
    return "";
  }

  /** Classifies declarations (no file access). */
  static List<Finding> check(List<Declaration> declarations, PinRequest request, PinPolicy policy) {
    List<Finding> out = new ArrayList<>();
    // A plugin that is also a build or core extension (e.g. Tollgate bound by its own extension)
    // takes its version from that extension declaration, which is checked where it is written.
    Set<String> extensions = new HashSet<>();
    for (Declaration d : declarations) {
      if (d.kind() == DeclarationKind.EXTENSION || d.kind() == DeclarationKind.CORE_EXTENSION) {
        extensions.add(d.key());
      }
    }
    for (Declaration d : declarations) {
      int before = out.size();
      judge(d, request, policy, extensions, out);
      String reason = policy.ignoredBecause(d.key());
      if (reason != null) {
        for (int i = before; i < out.size(); i++) {
          Finding f = out.get(i);
          out.set(
              i,
              new Finding(
                  f.ruleId(),
                  Severity.INFO,
                  f.location(),
                  f.message() + " (ignored: " + reason + ")",
                  f.hint()));
        }
      }
    }
    out.addAll(additionalPlugins(declarations, request, policy));
    return out;
  }

  /**
   * Plugins run from the command line ({@code additionalPlugins}) that no plugin or
   * pluginManagement entry of the build writes a version for.
   */
  private static List<Finding> additionalPlugins(
      List<Declaration> declarations, PinRequest request, PinPolicy policy) {
    List<Finding> out = new ArrayList<>();
    for (String key : policy.additionalPlugins()) {
      boolean written = false;
      for (Declaration d : declarations) {
        if (d.key().equals(key)
            && d.versionText() != null
            && (d.kind() == DeclarationKind.MANAGED_PLUGIN || d.kind() == DeclarationKind.PLUGIN)) {
          written = true;
          break;
        }
      }
      if (!written) {
        out.add(
            new Finding(
                MISSING,
                Severity.ERROR,
                request.pinAt(),
                "plugin "
                    + key
                    + " is run from the command line (additionalPlugins) but the build pins no"
                    + " version of it; Maven takes the newest release in the repository metadata",
                "add <plugin><groupId>"
                    + key.substring(0, key.indexOf(':'))
                    + "</groupId><artifactId>"
                    + key.substring(key.indexOf(':') + 1)
                    + "</artifactId><version>x.y.z</version></plugin> to pluginManagement in "
                    + request.pinAt().display()));
      }
    }
    return out;
  }

  private static void judge(
      Declaration d,
      PinRequest request,
      PinPolicy policy,
      Set<String> extensions,
      List<Finding> out) {
    {
      String key = d.key();
      if (d.kind().tool() && policy.banned().containsKey(key)) {
        String reason = policy.banned().get(key);
        out.add(
            new Finding(
                BANNED,
                Severity.ERROR,
                d.where(),
                d.kind().label()
                    + " "
                    + key
                    + " is banned"
                    + (reason.isEmpty() ? "" : ": " + reason)
                    + inProfile(d),
                "remove it (bannedPlugins lists it)"));
      }
      if (!d.usedBy().isEmpty() && extensions.contains(key)) {
        return; // a plugin that is also an extension: its version is the extension's
      }
      switch (d.source()) {
        case MANAGED -> {
          // checked where the managing declaration is written
        }
        case MAVEN_DEFAULT -> {
          if (!d.usedBy().isEmpty()) {
            out.add(defaultedByMaven(d, request));
          } else if (!request.reactorArtifacts().contains(key)) {
            out.add(missing(d, request));
          }
          drift(d, d.effectiveVersion(), policy, "", out);
        }
        case NONE -> {
          if (!request.reactorArtifacts().contains(key)) {
            out.add(missing(d, request));
          }
          drift(d, d.effectiveVersion(), policy, "", out);
        }
        case INHERITED -> {
          if (d.effectiveVersion() == null) {
            if (!request.reactorArtifacts().contains(key)) {
              out.add(missing(d, request));
            }
          } else {
            classified(d, d.effectiveVersion(), fromNote(d), request, policy, out);
          }
        }
        case DECLARED -> declared(d, request, policy, out);
      }
    }
  }

  private static String fromNote(Declaration d) {
    return d.origin() == null ? "" : " (from " + d.origin() + ", outside the reactor)";
  }

  /** {@code ; used by 2 modules (a, b)} for a plugin only Maven's model brings, else empty. */
  private static String usedBy(Declaration d) {
    List<String> users = d.usedBy();
    if (users.isEmpty()) {
      return "";
    }
    return "; used by "
        + users.size()
        + (users.size() == 1 ? " module" : " modules")
        + " ("
        + String.join(", ", users.subList(0, Math.min(3, users.size())))
        + (users.size() > 3 ? ", ..." : "")
        + ")";
  }

  /** Where a pin for {@code d} belongs, as shown in fixes. */
  private static String home(Declaration d, PinRequest request) {
    return d.pinHome() == null ? request.pinAt().display() : d.pinHome().at().display();
  }

  /**
   * The fix for a version that must be pinned in the build: a pluginManagement entry where the
   * module's pins belong, or, for a version a released parent brings, that or a newer parent.
   */
  private static String pinFix(Declaration d, String version, PinRequest request) {
    String snippet =
        "<plugin><groupId>"
            + d.groupId()
            + "</groupId><artifactId>"
            + d.artifactId()
            + "</artifactId><version>"
            + version
            + "</version></plugin>";
    String parent = d.pinHome() == null ? null : d.pinHome().outsideParent();
    if (d.source() == VersionSource.INHERITED && parent != null) {
      return "the parent "
          + parent
          + " is outside the reactor: pin it here, add "
          + snippet
          + " to pluginManagement in "
          + home(d, request)
          + ", or upgrade the parent";
    }
    return "add " + snippet + " to pluginManagement in " + home(d, request);
  }

  private static void declared(
      Declaration d, PinRequest request, PinPolicy policy, List<Finding> out) {
    String text = d.versionText();
    if (VersionPin.classify(text) != VersionPin.PROPERTY) {
      classified(d, text, "", request, policy, out);
      return;
    }
    PropertyResolution resolution = PropertyResolution.resolve(text, d.properties());
    if (!resolution.resolved()) {
      String name = resolution.undefined();
      out.add(
          new Finding(
              UNDEFINED,
              Severity.ERROR,
              d.where(),
              d.kind().label()
                  + " "
                  + d.key()
                  + " version "
                  + text
                  + " uses the property "
                  + name
                  + ", which is not defined"
                  + via(resolution)
                  + inProfile(d),
              "define <"
                  + name
                  + ">x.y.z</"
                  + name
                  + "> in <properties> of "
                  + request.pinAt().display().replaceFirst(":.*", "")
                  + ", or write the version"));
      return;
    }
    classified(d, resolution.value(), " (" + text + via(resolution) + ")", request, policy, out);
  }

  private static String via(PropertyResolution resolution) {
    List<String> parts = new ArrayList<>();
    for (PropertyDefinition p : resolution.used()) {
      String at = p.declaredAt().display();
      parts.add("${" + p.name() + "} = " + p.value() + (at.isEmpty() ? "" : " declared at " + at));
    }
    return parts.isEmpty() ? "" : ", " + String.join(", ", parts);
  }

  private static void classified(
      Declaration d,
      String version,
      String propertyNote,
      PinRequest request,
      PinPolicy policy,
      List<Finding> out) {
    VersionPin pin = VersionPin.classify(version);
    String key = d.key();
    String what = d.kind().label() + " " + key + " version " + version + propertyNote;
    boolean fromModel =
        d.versionText() == null && (!d.usedBy().isEmpty() || d.source() == VersionSource.INHERITED);
    String replace = fromModel ? pinFix(d, "x.y.z", request) : "replace it with one exact version";
    switch (pin) {
      case EXACT -> drift(d, version, policy, propertyNote, out);
      case MISSING -> {
        if (!request.reactorArtifacts().contains(key)) {
          out.add(missing(d, request));
        }
      }
      case RANGE ->
          out.add(
              new Finding(
                  RANGE,
                  Severity.ERROR,
                  d.where(),
                  what
                      + " is a range: the build uses whatever is newest when it runs"
                      + inProfile(d)
                      + usedBy(d),
                  replace));
      case DYNAMIC ->
          out.add(
              new Finding(
                  DYNAMIC,
                  Severity.ERROR,
                  d.where(),
                  what + " moves with every release" + inProfile(d) + usedBy(d),
                  replace));
      case SNAPSHOT, TIMESTAMPED_SNAPSHOT -> {
        if (!request.reactorArtifacts().contains(key) && !policy.snapshotAllowed(key)) {
          out.add(
              new Finding(
                  SNAPSHOT,
                  Severity.ERROR,
                  d.where(),
                  what + " is " + pin.description() + ", not a release" + inProfile(d) + usedBy(d),
                  (fromModel
                          ? pinFix(d, "x.y.z", request) + "; or add "
                          : "use a released version, or add ")
                      + key
                      + " to tollgate.pins.allowSnapshots if this SNAPSHOT is intended"));
        }
      }
      case PROPERTY -> {
        // unreachable: properties are expanded before classification
      }
    }
  }

  private static void drift(
      Declaration d, String version, PinPolicy policy, String note, List<Finding> out) {
    PinPolicy.RequiredVersion required = policy.required().get(d.key());
    if (required == null || version == null || required.version().equals(version)) {
      return;
    }
    if (!VersionPin.classify(version).pinned()) {
      return;
    }
    String source = required.source().display();
    out.add(
        new Finding(
            DRIFT,
            Severity.ERROR,
            d.where(),
            d.kind().label()
                + " "
                + d.key()
                + ": found "
                + version
                + note
                + ", policy requires "
                + required.version()
                + " ("
                + (source.isEmpty() ? "requiredVersions" : source)
                + ")"
                + inProfile(d),
            "set the version to " + required.version()));
  }

  private static Finding missing(Declaration d, PinRequest request) {
    String version = d.effectiveVersion();
    String suggestion = version == null ? "x.y.z" : version;
    boolean plugin =
        d.kind() == DeclarationKind.PLUGIN
            || d.kind() == DeclarationKind.REPORT_PLUGIN
            || d.kind() == DeclarationKind.MANAGED_PLUGIN;
    String now;
    if (d.source() == VersionSource.MAVEN_DEFAULT) {
      now = "Maven " + request.mavenVersion() + " supplies " + version;
    } else if (d.source() == VersionSource.INHERITED) {
      now = d.origin() + " names no version either";
    } else {
      // the same words with and without -pl: Maven resolves it only for modules it has planned
      now =
          "Maven takes the newest release in the repository metadata when the build runs"
              + (version == null ? "" : " (now " + version + ")");
    }
    String message =
        d.kind().label() + " " + d.key() + " has no version; " + now + inProfile(d) + usedBy(d);
    if (!d.usedBy().isEmpty()) {
      return new Finding(
          MISSING, Severity.ERROR, d.where(), message, pinFix(d, suggestion, request));
    }
    String where = d.where().display().replaceFirst(":\\d+(:\\d+)?$", "");
    String home = home(d, request);
    boolean elsewhere = !home.replaceFirst(":\\d+(:\\d+)?$", "").equals(where);
    return new Finding(
        MISSING,
        Severity.ERROR,
        d.where(),
        message,
        "add <version>"
            + suggestion
            + "</version> here in "
            + where
            + (plugin && elsewhere ? " or to pluginManagement in " + home : ""));
  }

  private static Finding defaultedByMaven(Declaration d, PinRequest request) {
    String version = d.effectiveVersion() == null ? "x.y.z" : d.effectiveVersion();
    return new Finding(
        MAVEN_DEFAULT,
        Severity.ERROR,
        d.where(),
        "plugin "
            + d.key()
            + " runs with the version Maven "
            + request.mavenVersion()
            + " binds by default ("
            + version
            + "), which changes with the Maven version"
            + usedBy(d),
        pinFix(d, version, request));
  }

  private static String inProfile(Declaration d) {
    return d.profile() == null || d.kind() == DeclarationKind.CORE_EXTENSION
        ? ""
        : " (profile " + d.profile() + ")";
  }
}
