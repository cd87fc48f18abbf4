def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('BUILD FAILURE')
assert log.contains('[1/7] set version 1.4.0 in the POMs (1 file)')
assert log.contains("step 'commit 'chore(release): v1.4.0'' failed")
assert log.contains('every earlier step was undone, the repository is as before')
new File(basedir, '.git/index.lock').delete()
evaluate(new File(itSupport, 'release-checks.groovy')).assertUnreleased(basedir)
assert new File(basedir, 'README.md').text == 'Install tollgate-demo:1.3.0 today.\n'
assert !new File(basedir, 'CHANGELOG.md').exists()
