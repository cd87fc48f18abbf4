def log = new File(basedir, 'build.log').getText('UTF-8')
// the range as Maven interpolated it, traced to its <version> element
assert log.contains('.mvn/wrapper/maven-wrapper.properties:3:1: [maven-version] Maven: the wrapper runs 3.8.8, which requireMavenVersion [3.9,) (pom.xml:44:19) rejects')
assert log.contains("set the wrapper's Maven version to one in [3.9,), or change requireMavenVersion")
// 3.6.3 means "3.6.3 or later": the wrapper satisfies it
assert !log.contains('requireMavenVersion 3.6.3')
assert log.contains('tollgate pins: 1 error')
assert log.contains('BUILD FAILURE')
