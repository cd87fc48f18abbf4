def git = evaluate(new File(itSupport, 'git.groovy'))
def origin = new File(basedir.parentFile, basedir.name + '-origin')
origin.deleteDir()
origin.mkdirs()
new File(origin, 'README.md').text = 'origin\n'
git.init(origin)
git.run(origin, 'tag', '-a', 'v1.0.0', '-m', 'Release 1.0.0')
git.commit(origin, 'feat: a')
git.commit(origin, 'fix: b')
def clone = new File(basedir, 'clone')
git.run(basedir, 'clone', '-q', '--depth', '1', origin.toURI().toString().replace('file:/', 'file:///'), clone.path)
// the IT directory becomes the shallow clone's working tree
new File(clone, '.git').renameTo(new File(basedir, '.git'))
clone.deleteDir()
assert new File(basedir, '.git/shallow').exists()
return true
