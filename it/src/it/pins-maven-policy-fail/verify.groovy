def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('.mvn/wrapper/maven-wrapper.properties:3:1: [policy-drift] Maven: found 3.9.9, policy requires 3.9.11 (.mvn/tollgate-pins.properties:2:1)')
assert log.contains('set the wrapper\'s Maven version to 3.9.11')
// the drift table names Maven with the version in use
assert log.contains('org.apache.maven:apache-maven')
assert log.contains('tollgate pins: 1 error')
assert log.contains('BUILD FAILURE')
