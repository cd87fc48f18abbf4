import java.nio.file.Files
import java.nio.file.Paths
import java.nio.file.attribute.PosixFilePermissions

def git = evaluate(new File(itSupport, 'git.groovy'))
new File(basedir, '.gitignore').text = 'build.log\ntarget/\n'
new File(basedir, 'README.md').text =
    '<version>1.3.0</version><!-- {x-version-update:strings-core:released} -->\n' +
    'compile \'dev.tollgate.it:strings-core:1.4.0-SNAPSHOT\' // {x-version-update:strings-core:current}\n' +
    'Tollgate marker 1.3.0 {x-tollgate-version:released}\n'
new File(basedir, 'versions.txt').text =
    '# module:released-version:current-version\n\nstrings-core:1.3.0:1.4.0-SNAPSHOT\nstrings-samples:0.0.1:0.0.1-SNAPSHOT\n'
// the changelog lives in docs/ and is linked from the root
new File(basedir, 'docs').mkdirs()
new File(basedir, 'docs/CHANGELOG.md').text = '## 1.3.0\n\n- older\n'
Files.setPosixFilePermissions(Paths.get(basedir.path, 'docs/CHANGELOG.md'), PosixFilePermissions.fromString('rw-r-----'))
Files.createSymbolicLink(Paths.get(basedir.path, 'CHANGELOG.md'), Paths.get('docs/CHANGELOG.md'))
git.init(basedir, 'feat: first feature')
git.run(basedir, 'tag', 'v1.3.0')
git.commit(basedir, 'feat: second feature')
return true
