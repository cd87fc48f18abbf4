def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains(".mvn/wrapper/maven-wrapper.properties:4:1: [maven-wrapper] the Maven version '4.0.0-SNAPSHOT' is a SNAPSHOT version, not pinned")
assert log.contains('[maven-wrapper] the Maven distribution is not verified')
assert log.contains('BUILD FAILURE')
