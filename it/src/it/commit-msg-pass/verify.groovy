def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('tollgate commit-msg: no findings')
assert log.contains('BUILD SUCCESS')
