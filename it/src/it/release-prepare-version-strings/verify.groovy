import java.nio.file.Files
import java.nio.file.Paths
import java.nio.file.attribute.PosixFilePermissions

def git = evaluate(new File(itSupport, 'git.groovy'))
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('Released 1.4.0 as tag v1.4.0') : log
// the release was built before it was committed
assert log.contains('build the release: ') && log.contains('clean verify')
assert log.contains('dev.tollgate.it:strings-samples keeps its own version 0.0.1-SNAPSHOT')

def show = { String path -> git.run(basedir, 'show', "v1.4.0:${path}") }
def time = git.run(basedir, 'log', '-1', '--format=%ct', 'v1.4.0^{commit}') as long
def iso = java.time.Instant.ofEpochSecond(time).toString()
assert show('pom.xml').contains("<project.build.outputTimestamp>${iso}</project.build.outputTimestamp>")
assert show('pom.xml').contains('<tag>v1.4.0</tag>')
assert show('core/pom.xml').contains('<version>1.4.0</version>')
assert show('samples/pom.xml').contains('<version>0.0.1-SNAPSHOT</version>\n  <packaging>')
assert show('samples/pom.xml').contains('<version>1.4.0</version><!-- {x-version-update:strings-core:current} -->')
assert show('README.md') ==
    '<version>1.4.0</version><!-- {x-version-update:strings-core:released} -->\n' +
    'compile \'dev.tollgate.it:strings-core:1.4.0\' // {x-version-update:strings-core:current}\n' +
    'Tollgate marker 1.4.0 {x-tollgate-version:released}'
assert show('versions.txt').contains('strings-core:1.4.0:1.4.0\nstrings-samples:0.0.1:0.0.1-SNAPSHOT')

// the development commit moves only the current strings
assert new File(basedir, 'README.md').text.contains("strings-core:1.4.1-SNAPSHOT' // {x-version-update:strings-core:current}")
assert new File(basedir, 'README.md').text.contains('<version>1.4.0</version><!-- {x-version-update:strings-core:released} -->')
assert new File(basedir, 'versions.txt').text.contains('strings-core:1.4.0:1.4.1-SNAPSHOT')
assert new File(basedir, 'pom.xml').text.contains('<tag>HEAD</tag>')

// the changelog link is still a link, its target keeps its mode
def link = Paths.get(basedir.path, 'CHANGELOG.md')
assert Files.isSymbolicLink(link)
assert new File(basedir, 'docs/CHANGELOG.md').text.contains('second feature')
assert PosixFilePermissions.toString(Files.getPosixFilePermissions(Paths.get(basedir.path, 'docs/CHANGELOG.md'))) == 'rw-r-----'
assert git.run(basedir, 'status', '--porcelain') == ''
return true
