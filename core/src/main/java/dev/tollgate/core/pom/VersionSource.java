package dev.tollgate.core.pom;

/** Where the version of a {@link Declaration} comes from. */
public enum VersionSource {
  /** Written in the declaration itself: its text is checked. */
  DECLARED,
  /**
   * Not written here but managed by a declaration of this build (a pluginManagement or
   * dependencyManagement entry in a reactor POM), which is checked where it is written.
   */
  MANAGED,
  /**
   * Not written here and inherited from a POM outside the build (a released parent or an imported
   * BOM), named by {@link Declaration#origin()}: the resolved version is checked.
   */
  INHERITED,
  /**
   * Supplied by Maven itself (its super POM or the lifecycle bindings of a Maven packaging): it
   * changes with the Maven version.
   */
  MAVEN_DEFAULT,
  /**
   * No POM and no lifecycle mapping names a version: Maven takes the newest release from the
   * repository metadata (the version, when already resolved, is {@link
   * Declaration#effectiveVersion()}).
   */
  NONE
}
