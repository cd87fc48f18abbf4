def git = evaluate(new File(itSupport, 'git.groovy'))
new File(basedir, '.gitignore').text = '*.log\ntarget/\n'
git.init(basedir, 'feat: first feature')
git.run(basedir, 'tag', 'v1.1.0')
git.commit(basedir, 'feat: second feature')
git.run(basedir, 'tag', 'v1.2.0-rc.1')
git.commit(basedir, 'fix: third')
return true
