def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains("reaches the shallow-clone boundary") : log
assert log.contains('git fetch --unshallow --tags')
assert log.contains('fetch-depth: 0')
assert !new File(basedir, 'target/tollgate/next-version.txt').exists()
return true
