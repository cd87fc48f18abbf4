def git = evaluate(new File(itSupport, 'git.groovy'))
new File(basedir, '.gitignore').text = 'build.log\ntarget/\n'
new File(basedir, 'README.md').text = 'Install tollgate-demo:1.3.0 today.\n'
git.init(basedir, 'feat: first feature')
return true
