def git = evaluate(new File(itSupport, 'git.groovy'))
new File(basedir, '.gitignore').text = 'build.log\ntarget/\n'
git.init(basedir)
new File(basedir, '.git/HEAD').text = ''
true
