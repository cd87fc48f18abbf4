def log = new File(basedir, 'build.log').getText('UTF-8')
assert !log.contains('(additionalPlugins)')
assert log.contains('tollgate pins: no findings')
assert log.contains('BUILD SUCCESS')
