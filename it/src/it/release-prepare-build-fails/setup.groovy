def git = evaluate(new File(itSupport, 'git.groovy'))
new File(basedir, '.gitignore').text = 'build.log\ntarget/\n'
git.init(basedir, 'feat: first feature')
return true
