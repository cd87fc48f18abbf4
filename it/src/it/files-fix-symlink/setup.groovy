import java.nio.file.Files
def git = evaluate(new File(itSupport, 'git.groovy'))
// invoker's build.log exists before the repository: keep it (and target/) out of git
new File(basedir, '.gitignore').setText('build.log\ntarget/\n', 'UTF-8')
new File(basedir, 'lib').mkdirs()
new File(basedir, 'lib/notes.txt').setText('inside   \n', 'UTF-8')
new File(basedir, 'fixable.txt').setText('trailing   \n', 'UTF-8')
git.init(basedir)
// lib/ becomes a link to a directory outside the repository that holds a file of the same name
def outside = new File(basedir.parentFile, 'files-fix-symlink-outside')
outside.mkdirs()
new File(outside, 'notes.txt').setText('outside   \n', 'UTF-8')
new File(basedir, 'lib/notes.txt').delete()
new File(basedir, 'lib').delete()
Files.createSymbolicLink(new File(basedir, 'lib').toPath(), outside.toPath())
// a falsy last value would make invoker skip the build
return true
