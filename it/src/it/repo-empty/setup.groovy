def git = evaluate(new File(itSupport, 'git.groovy'))
git.run(basedir, 'init', '-q', '-b', 'main')
new File(basedir, '.gitignore').text = 'build.log\ntarget/\n'
true
