def git = evaluate(new File(itSupport, 'git.groovy'))
new File(basedir, '.gitignore').text = 'build.log\ntarget/\n'
git.init(basedir, 'chore: start')
git.run(basedir, 'tag', '2.4.1')
git.commit(basedir, 'feat: plain tags')
return true
