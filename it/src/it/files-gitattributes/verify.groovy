def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('BUILD SUCCESS')
def text = { new File(basedir, it).getText('ISO-8859-1') }
assert text('mvnw') == '#!/bin/sh\nexec java -version\n' : 'mvnw is eol=lf: it must keep LF to run'
assert text('mvnw.cmd') == '@echo off\r\nexit /b 0\r\n'
assert text('notes.txt') == 'plain text\r\n' : 'no attribute: the configured lineEndings=crlf applies'
assert text('table.dat') == 'a \r\nb\n' : 'binary is never touched'
assert text('legacy/mixed.txt') == 'one\r\ntwo\n' : '-text keeps its line endings'
return true
