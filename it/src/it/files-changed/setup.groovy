def git = evaluate(new File(itSupport, 'git.groovy'))
// invoker's build.log exists before the repository: keep it (and target/) out of git
new File(basedir, '.gitignore').setText('build.log\ntarget/\n', 'UTF-8')
new File(basedir, 'old.txt').setText('an old problem on main \n', 'UTF-8')
git.init(basedir)
git.run(basedir, 'switch', '-q', '-c', 'feature')
new File(basedir, 'feature.txt').setText('<<<<<<< HEAD\nmine\n=======\ntheirs\n>>>>>>> main\n', 'UTF-8')
git.run(basedir, 'add', 'feature.txt')
git.run(basedir, 'commit', '-q', '-m', 'feat: add feature')
new File(basedir, 'clean.txt').setText('clean\n', 'UTF-8')
git.run(basedir, 'add', 'clean.txt')
git.run(basedir, 'commit', '-q', '-m', 'feat: add clean file')
// a falsy last value would make invoker skip the build
return true
