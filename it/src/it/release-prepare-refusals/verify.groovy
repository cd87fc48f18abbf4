def git = evaluate(new File(itSupport, 'git.groovy'))
def log = { String name -> new File(basedir, name).getText('UTF-8') }
assert log('banana.log').contains("development version 'banana' is not a SNAPSHOT") : log('banana.log')
assert log('banana.log').contains('tollgate.release.developmentVersion')
assert log('downgrade.log').contains('the next version 1.0.0 is below the previous release 1.2.0-rc.1') : log('downgrade.log')
assert log('downgrade.log').contains('tollgate.release.version')
assert log('backwards.log').contains("pre-release label 'beta' sorts before 'rc'") : log('backwards.log')
assert log('backwards.log').contains('tollgate.release.allowBackwards=true')
// nothing changed
assert git.run(basedir, 'log', '--format=%s') == 'fix: third\nfeat: second feature\nfeat: first feature'
assert git.run(basedir, 'tag') == 'v1.1.0\nv1.2.0-rc.1'
assert git.run(basedir, 'status', '--porcelain') == ''
return true
