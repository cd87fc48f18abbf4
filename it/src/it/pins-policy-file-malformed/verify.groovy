def log = new File(basedir, 'build.log').getText('UTF-8')
// Maven's one-line error names the file or parameter and the fix
assert log.readLines().any { it.startsWith('[ERROR] Failed to execute goal') && it.contains(".mvn/tollgate-pins.properties:3: 'spotless-maven-plugin=2.44.0' is not of the form groupId:artifactId=version; write it so") }
assert log.contains('BUILD FAILURE')
