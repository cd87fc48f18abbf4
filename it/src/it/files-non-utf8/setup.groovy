def git = evaluate(new File(itSupport, 'git.groovy'))
// invoker's build.log exists before the repository: keep it (and target/) out of git
new File(basedir, '.gitignore').setText('build.log\ntarget/\n', 'UTF-8')
git.init(basedir)
git.run(basedir, 'switch', '-q', '-c', 'feature/names')
// a name made of raw bytes (\377 is no UTF-8), written by the shell so that no JVM encodes it
def token = 'ghp_' + ('a1B2c3D4e5F6' * 3)
def script = "printf 'TOKEN=${token}\\n' > \"\$(printf 'sec\\377ret.env')\""
def made = new ProcessBuilder('/bin/sh', '-c', script).directory(basedir).inheritIO().start().waitFor()
assert made == 0 : 'cannot create the file'
git.run(basedir, 'add', '-A')
// a falsy last value would make invoker skip the build
return true
