def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('Commits since release tag release-2.0.0')
assert log.contains("[scope-empty] 'feat: no scope here' must not have an empty scope")
assert log.contains("[scope-enum] 'feat(docs): outside the enum' must have scopes that are each one of [core, cli]")
assert log =~ /WARNING\].*\[subject-full-stop\] 'fix\(cli\): handle tabs\.'/
assert !log.contains("'deps(core): bump jgit'")
assert !log.contains("WIP on the parser")
assert !log.contains("no scope before the release")
assert log.contains('tollgate commits: 2 errors, 1 warning')
