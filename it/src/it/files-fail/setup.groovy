def git = evaluate(new File(itSupport, 'git.groovy'))
// invoker's build.log exists before the repository: keep it (and target/) out of git
new File(basedir, '.gitignore').setText('build.log\ntarget/\n', 'UTF-8')
// the key is assembled here so that no key-shaped string is stored in the Tollgate repository
def key = 'AKIA' + 'Q3EGRZTWBN5KX7VM'
new File(basedir, 'secret.properties').setText("aws.accessKeyId=${key}\n", 'UTF-8')
new File(basedir, 'Merge.java').setText('class Merge {\n<<<<<<< HEAD\n  int a;\n=======\n  int b;\n>>>>>>> feature\n}\n', 'UTF-8')
new File(basedir, 'notes.txt').setText('trailing \n', 'UTF-8')
new File(basedir, 'bad.json').setText('{"a": 1,}\n', 'UTF-8')
new File(basedir, 'key.txt').setText(key, 'UTF-8')
git.init(basedir)
new File(basedir, 'key.txt').delete()
// a falsy last value would make invoker skip the build
return true
