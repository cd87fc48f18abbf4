def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('Tollgate quality plugin')
assert log.contains('quality:help')
assert log.contains('BUILD SUCCESS')
