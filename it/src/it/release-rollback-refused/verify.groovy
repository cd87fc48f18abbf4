def git = evaluate(new File(itSupport, 'git.groovy'))
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('BUILD FAILURE')
assert log.contains('there is other work on top of the release; rolling back would lose it')
assert git.run(basedir, 'log', '--format=%s', '-1') == 'feat: work after the release'
assert git.run(basedir, 'tag') == 'v1.4.0'
