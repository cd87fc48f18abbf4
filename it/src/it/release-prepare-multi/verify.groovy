def git = evaluate(new File(itSupport, 'git.groovy'))
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('BUILD SUCCESS')
def show = { String rev, String path -> git.run(basedir, 'show', rev + ':' + path) }
// git show trims nothing but our runner trims the output: compare trimmed
def root0 = show('HEAD~2', 'pom.xml'), app0 = show('HEAD~2', 'app/pom.xml'), core0 = show('HEAD~2', 'core/pom.xml')
assert show('v2.1.0', 'pom.xml') == root0.replace('<changelist>-SNAPSHOT</changelist>', '<changelist></changelist>')
assert show('v2.1.0', 'core/pom.xml') == core0
assert show('v2.1.0', 'app/pom.xml') == app0.replace('<version>2.1.0-SNAPSHOT</version> <!--', '<version>2.1.0</version> <!--').replace('<version>2.1.0-SNAPSHOT</version>\n            <type>', '<version>2.1.0</version>\n            <type>')
assert show('HEAD', 'pom.xml') == root0.replace('<revision>2.1.0</revision>', '<revision>2.2.0</revision>')
assert show('HEAD', 'app/pom.xml') == app0.replace('2.1.0-SNAPSHOT', '2.2.0-SNAPSHOT')
// CRLF kept byte for byte in the untouched module
assert git.run(basedir, 'diff', 'HEAD~2', '--', 'core/pom.xml') == ''
assert new File(basedir, 'core/pom.xml').getText('UTF-8').contains('\r\n\t<parent>\r\n')
assert git.run(basedir, 'log', '--format=%s', '-2') == 'chore(release): start 2.2.0-SNAPSHOT\nchore(release): v2.1.0'
assert git.run(basedir, 'status', '--porcelain') == ''
