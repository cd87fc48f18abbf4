def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('Tollgate release plugin')
assert log.contains('release:help')
assert log.contains('BUILD SUCCESS')
