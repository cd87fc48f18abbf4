def log = new File(basedir, 'build.log').getText('UTF-8')
// Maven's one-line error names the file or parameter and the fix
assert log.readLines().any { it.startsWith('[ERROR] Failed to execute goal') && it.contains("ignore (tollgate.pins.ignore) entry 'org.codehaus.mojo:exec-maven-plugin' is not of the form groupId:artifactId=reason: add the reason after '='") }
assert log.contains('BUILD FAILURE')
