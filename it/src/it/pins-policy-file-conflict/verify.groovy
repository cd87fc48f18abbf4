def log = new File(basedir, 'build.log').getText('UTF-8')
// Maven's one-line error names the file or parameter and the fix
assert log.readLines().any { it.startsWith('[ERROR] Failed to execute goal') && it.contains('.mvn/tollgate-pins.properties:4: com.diffplug.spotless:spotless-maven-plugin is already required at .mvn/tollgate-pins.properties:2:1 (2.43.0, here 2.44.0); keep one version') }
assert log.contains('BUILD FAILURE')
