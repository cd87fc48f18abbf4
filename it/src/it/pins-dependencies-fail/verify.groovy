def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('pom.xml:22:9: [version-range] dependencyManagement dependency com.google.guava:guava version [33.0,34.0)')
assert log.contains('${guava.version} = [33.0,34.0) declared at pom.xml:14:5')
assert log.contains('lib/pom.xml:19:7: [snapshot-version] dependency org.slf4j:slf4j-api version 2.1.0-SNAPSHOT')
// managed in the parent (checked there); the reactor module at ${project.version} is allowed
assert !log.contains('lib/pom.xml:14')
assert !log.contains('dev.tollgate.it:lib')
assert log.contains('tollgate pins: 2 errors')
assert log.contains('BUILD FAILURE')
