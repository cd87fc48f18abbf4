def git = evaluate(new File(itSupport, 'git.groovy'))
def remote = evaluate(new File(itSupport, 'release-remote.groovy')).init(basedir)
// a colleague pushes meanwhile; this clone has not fetched it
def other = new File(basedir.parentFile, basedir.name + '-colleague')
git.run(basedir, 'clone', '-q', remote.absolutePath, other.absolutePath)
git.commit(other, 'fix: colleague')
git.run(other, 'push', '-q', 'origin', 'main')
return true
