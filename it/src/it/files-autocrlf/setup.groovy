def git = evaluate(new File(itSupport, 'git.groovy'))
new File(basedir, '.gitignore').setText('build.log\ntarget/\n', 'UTF-8')
def w = { String name, Object content -> def f = new File(basedir, name); f.parentFile.mkdirs(); if (content instanceof byte[]) { f.bytes = content } else { f.setText(content, 'UTF-8') } }
w('a.txt', 'one\ntwo\n')
w('src/B.java', 'class B {}\n')
git.init(basedir)
git.run(basedir, 'config', 'core.autocrlf', 'true')
// check the files out again, as a Windows clone has them
git.run(basedir, 'ls-files').readLines().each { new File(basedir, it).delete() }
git.run(basedir, 'checkout', '--', '.')
assert new File(basedir, 'a.txt').getText('ISO-8859-1') == 'one\r\ntwo\r\n'
return true
