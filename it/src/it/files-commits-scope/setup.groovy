def git = evaluate(new File(itSupport, 'git.groovy'))
new File(basedir, '.gitignore').setText('build.log\ntarget/\n', 'UTF-8')
def w = { String name, Object content -> def f = new File(basedir, name); f.parentFile.mkdirs(); if (content instanceof byte[]) { f.bytes = content } else { f.setText(content, 'UTF-8') } }
w('README.md', 'app\n')
git.init(basedir)
git.run(basedir, 'tag', 'base')
w('conf/app.properties', 'x=1\naws.accessKeyId=' + 'AKIA' + 'Q3EGRZTWBN5KX7VM' + '\n')
git.run(basedir, 'add', '-A')
git.run(basedir, 'commit', '-q', '-m', 'feat: add the config')
w('conf/app.properties', 'x=1\n')
git.run(basedir, 'commit', '-q', '-am', 'fix: remove the key')
return true
