def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('Tollgate files: scope changed (since main), 2 files')
assert log.contains('feature.txt:1')
assert !log.contains('old.txt') : 'old.txt did not change on the branch'
assert log.contains('BUILD FAILURE')
