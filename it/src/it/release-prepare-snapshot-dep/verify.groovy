def git = evaluate(new File(itSupport, 'git.groovy'))
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('BUILD FAILURE')
assert log.contains('SNAPSHOT from outside the reactor: org.example:unreleased-lib:0.3.0-SNAPSHOT (dependency of dev.tollgate.it:release-prepare-snapshot-dep); release it first')
assert git.run(basedir, 'status', '--porcelain') == ''
assert git.run(basedir, 'tag') == ''
assert git.run(basedir, 'log', '--format=%s') == 'feat: first feature'
