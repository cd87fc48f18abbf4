def log = new File(basedir, 'build.log').getText('UTF-8')
assert !log.contains('is not defined')
assert !log.contains('maven-dependency-plugin has no version')
assert log.contains('BUILD SUCCESS')
