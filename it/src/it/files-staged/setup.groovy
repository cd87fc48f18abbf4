def git = evaluate(new File(itSupport, 'git.groovy'))
// invoker's build.log exists before the repository: keep it (and target/) out of git
new File(basedir, '.gitignore').setText('build.log\ntarget/\n', 'UTF-8')
new File(basedir, 'app.yaml').setText('name: demo\n', 'UTF-8')
new File(basedir, 'old.txt').setText('committed before, with trailing space \n', 'UTF-8')
git.init(basedir)
def token = 'ghp_' + ('a1B2c3D4e5F6' * 3)
new File(basedir, 'app.yaml').setText("name: demo\ngithub: ${token}\n", 'UTF-8')
git.run(basedir, 'add', 'app.yaml')
// the working file goes back to clean content: only the index holds the token
new File(basedir, 'app.yaml').setText('name: demo\n', 'UTF-8')
// a staged file that is then broken in the working tree only: the staged content is clean
new File(basedir, 'ok.json').setText('{"ok": true}\n', 'UTF-8')
git.run(basedir, 'add', 'ok.json')
new File(basedir, 'ok.json').setText('{"ok": \n', 'UTF-8')
// a falsy last value would make invoker skip the build
return true
