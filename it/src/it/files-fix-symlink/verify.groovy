def log = new File(basedir, 'build.log').getText('UTF-8')
def outside = new File(basedir.parentFile, 'files-fix-symlink-outside')
assert new File(outside, 'notes.txt').getText('UTF-8') == 'outside   \n' : 'nothing outside the work tree is written'
assert log.contains('lib/notes.txt')
assert log.contains('reached through the symbolic link lib/')
assert log.contains('outside the work tree')
// the rest of the tree is still fixed
assert new File(basedir, 'fixable.txt').getText('UTF-8') == 'trailing\n'
assert log.contains('BUILD FAILURE')
