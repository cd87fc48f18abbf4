def git = evaluate(new File(itSupport, 'git.groovy'))
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('BUILD SUCCESS')
assert log.contains('Released 1.4.0 as tag v1.4.0')

// lossless: the POM differs from the original only in the version text
def original = git.run(basedir, 'show', 'HEAD~2:pom.xml')
assert git.run(basedir, 'show', 'v1.4.0:pom.xml') == original.replace('<version>1.4.0-SNAPSHOT</version>', '<version>1.4.0</version>')
assert new File(basedir, 'pom.xml').getText('UTF-8').trim() == original.replace('<version>1.4.0-SNAPSHOT</version>', '<version>1.4.1-SNAPSHOT</version>')
assert original.contains('<!-- <version>keep me</version> -->')
assert git.run(basedir, 'show', 'v1.4.0:README.md') == 'Install tollgate-demo:1.4.0 today.'

assert git.run(basedir, 'log', '--format=%s', '-3') == 'chore(release): start 1.4.1-SNAPSHOT\nchore(release): v1.4.0\nfeat: first feature'
assert git.run(basedir, 'cat-file', '-t', 'v1.4.0') == 'tag'
assert git.run(basedir, 'rev-parse', 'v1.4.0^{commit}') == git.run(basedir, 'rev-parse', 'HEAD~1')
assert git.run(basedir, 'status', '--porcelain') == ''
// the changelog section is part of the release commit; the notes are left for CI
assert git.run(basedir, 'show', 'v1.4.0:CHANGELOG.md').contains('1.4.0')
assert git.run(basedir, 'show', 'v1.4.0:CHANGELOG.md').contains('first feature')
assert new File(basedir, 'target/tollgate/release-notes.md').text.contains('first feature')
