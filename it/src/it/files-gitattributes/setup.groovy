def git = evaluate(new File(itSupport, 'git.groovy'))
new File(basedir, '.gitignore').setText('build.log\ntarget/\n', 'UTF-8')
def w = { String name, Object content -> def f = new File(basedir, name); f.parentFile.mkdirs(); if (content instanceof byte[]) { f.bytes = content } else { f.setText(content, 'UTF-8') } }
w('.gitattributes', '/mvnw text eol=lf\r\n*.cmd text eol=crlf\r\n*.dat binary\r\nlegacy/** -text\r\n')
w('mvnw', '#!/bin/sh\nexec java -version\n')
w('mvnw.cmd', '@echo off\r\nexit /b 0\r\n')
w('notes.txt', 'plain text\n')
w('table.dat', 'a \r\nb\n')
w('legacy/mixed.txt', 'one\r\ntwo\n')
git.init(basedir)
git.run(basedir, 'update-index', '--chmod=+x', 'mvnw')
git.run(basedir, 'commit', '-q', '-m', 'chore: executable mvnw')
new File(basedir, 'mvnw').setExecutable(true)
return true
