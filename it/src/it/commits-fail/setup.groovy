def git = evaluate(new File(itSupport, 'git.groovy'))
git.init(basedir)
git.commit(basedir, 'outside the range')
git.commit(basedir, 'feat: a good one')
def bad1 = git.commit(basedir, 'Update stuff')
def bad2 = git.commit(basedir, 'docs: Describe The Release Process')
new File(basedir, 'bad.sha').text = bad1.substring(0, 7) + '\n' + bad2.substring(0, 7) + '\n'

// a pre-build script that returns anything but true stops the build before Maven runs
return true
