def git = evaluate(new File(itSupport, 'git.groovy'))
def origin = new File(basedir.parentFile, basedir.name + '-origin')
origin.deleteDir()
origin.mkdirs()
new File(origin, 'pom.xml').text = new File(basedir, 'pom.xml').text
git.init(origin)
git.commit(origin, 'feat: two')
git.commit(origin, 'feat: three')
git.commit(origin, 'feat: four')
def clone = new File(basedir.parentFile, basedir.name + '-clone')
clone.deleteDir()
git.run(basedir.parentFile, 'clone', '-q', '--depth', '2', 'file://' + origin.absolutePath, clone.path)
assert new File(clone, '.git/shallow').isFile()
// the clone's repository becomes the project's: Maven runs in basedir
assert new File(clone, '.git').renameTo(new File(basedir, '.git'))
assert git.run(basedir, 'rev-parse', '--is-shallow-repository') == 'true'

// a pre-build script that returns anything but true stops the build before Maven runs
return true
