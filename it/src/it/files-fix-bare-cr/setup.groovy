def git = evaluate(new File(itSupport, 'git.groovy'))
new File(basedir, '.gitignore').setText('build.log\ntarget/\n', 'UTF-8')
def w = { String name, Object content -> def f = new File(basedir, name); f.parentFile.mkdirs(); if (content instanceof byte[]) { f.bytes = content } else { f.setText(content, 'UTF-8') } }
w('cr-only.txt', 'one\rtwo\r'.getBytes('ISO-8859-1'))
w('bare.txt', 'a \r \nb\r\r\nc'.getBytes('ISO-8859-1'))
w('bin.dat', ([0x41, 0x00, 0x20, 0x0D, 0x0A] as byte[]))
git.init(basedir)
// what a killed earlier run leaves behind
w('.bare.txt8123456789.tollgate-tmp', 'half written')
return true
