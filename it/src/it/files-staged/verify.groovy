def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('Tollgate files: scope staged, 2 files')
assert log.contains('app.yaml:2')
assert log.contains('GitHub token ghp_')
assert !log.contains('ok.json') : 'the staged ok.json is valid; only its working file is broken'
assert !log.contains('old.txt') : 'old.txt is not staged'
assert log.contains('BUILD FAILURE')
