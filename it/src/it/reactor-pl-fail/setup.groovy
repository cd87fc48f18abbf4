def git = evaluate(new File(itSupport, 'git.groovy'))
new File(basedir, '.gitignore').text = 'build.log\ntarget/\n'
git.init(basedir)
def bad = git.commit(basedir, 'Fix stuff')
new File(basedir, 'bad.sha').text = bad.substring(0, 7) + '\n'
return true
