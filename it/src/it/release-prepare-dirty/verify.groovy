def git = evaluate(new File(itSupport, 'git.groovy'))
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('release:prepare cannot start, nothing was changed')
assert log.contains('uncommitted changes (NOTES.txt); commit or stash them first')
assert log.contains('tag v1.4.0 already exists')
assert log.contains('BUILD FAILURE')
assert git.run(basedir, 'status', '--porcelain') == 'A  NOTES.txt'
assert git.run(basedir, 'log', '--format=%s') == 'feat: first feature'
