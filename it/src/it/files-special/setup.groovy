def git = evaluate(new File(itSupport, 'git.groovy'))
// invoker's build.log exists before the repository: keep it (and target/) out of git
new File(basedir, '.gitignore').setText('build.log\ntarget/\n', 'UTF-8')
new File(basedir, 'pipe.txt').setText('clean\n', 'UTF-8')
new File(basedir, 'config.yaml').setText('a: 1\n', 'UTF-8')
git.init(basedir)
// git still tracks both files; the working tree now has a FIFO and a directory in their place
new File(basedir, 'pipe.txt').delete()
def made = new ProcessBuilder('mkfifo', 'pipe.txt').directory(basedir).inheritIO().start().waitFor()
assert made == 0 : 'mkfifo failed'
new File(basedir, 'config.yaml').delete()
new File(basedir, 'config.yaml').mkdirs()
// a falsy last value would make invoker skip the build
return true
