def git = evaluate(new File(itSupport, 'git.groovy'))
new File(basedir, '.gitignore').setText('build.log\ntarget/\n', 'UTF-8')
def w = { String name, Object content -> def f = new File(basedir, name); f.parentFile.mkdirs(); if (content instanceof byte[]) { f.bytes = content } else { f.setText(content, 'UTF-8') } }
def line = new byte[50 * 1024 * 1024 + 1]
java.util.Arrays.fill(line, (byte) 0x20)
line[line.length - 2] = (byte) 0x78
line[line.length - 1] = (byte) 0x0A
w('huge.txt', line)
git.init(basedir)
return true
