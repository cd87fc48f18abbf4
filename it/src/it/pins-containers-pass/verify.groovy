def log = new File(basedir, 'build.log').getText('UTF-8')
// under the digest policy a tag alone is a warning, never an error
assert log.contains('[WARNING] Dockerfile:3:6: [unpinned-image] image eclipse-temurin:21.0.5_11-jdk is pinned by tag only')
assert log.contains('[WARNING] compose.yaml:3:12: [unpinned-image] image postgres:16.4 is pinned by tag only')
assert !log.contains('not-an-instruction')
assert log.contains('tollgate pins: 0 errors, 2 warnings')
assert log.contains('BUILD SUCCESS')
