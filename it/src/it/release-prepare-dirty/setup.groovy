def git = evaluate(new File(itSupport, 'git.groovy'))
new File(basedir, '.gitignore').text = 'build.log\ntarget/\n'
git.init(basedir, 'feat: first feature')
new File(basedir, 'NOTES.txt').text = 'uncommitted\n'
git.run(basedir, 'add', 'NOTES.txt')
git.run(basedir, 'tag', 'v1.4.0')
return true
