def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains(".sdkmanrc:1:6: [unpinned-tool] java 'latest' names no fixed version: each run may get another, newer one")
assert log.contains(".nvmrc:1:1: [unpinned-tool] .nvmrc 'lts/*' names no fixed version")
assert log =~ /pom\.xml:\d+:\d+: \[unpinned-tool\] maven-toolchains-plugin JDK version '\[17,\)' names no fixed version/
assert !log.contains('maven=3.9.11')
assert log.contains('tollgate pins: 3 errors, 0 warnings')
assert log.contains('BUILD FAILURE')
