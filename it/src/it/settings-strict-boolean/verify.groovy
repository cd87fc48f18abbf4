def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains("tollgate.commits.ignoreReverts: 'yes' is not a boolean; use true or false")
assert log.contains('BUILD FAILURE')
