def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('Checked the pull request title only (tollgate.commits.prTitle=only)')
assert !log.contains("'wip'")
assert log.contains('BUILD SUCCESS')
