def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains("runs org.apache.maven.plugins:maven-release-plugin (first with that prefix in the effective <build><plugins>") : log
assert log.contains('[WARNING] Tollgate:')
assert log.contains('mvn dev.tollgate:release-maven-plugin:prepare')
assert log.contains('BUILD SUCCESS')
