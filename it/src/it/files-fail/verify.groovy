def log = new File(basedir, 'build.log').getText('UTF-8')
def key = 'AKIA' + 'Q3EGRZTWBN5KX7VM'
assert log.contains('Merge.java:2:1: [conflict-markers] merge conflict markers (the block ends on line 6)')
assert log.contains('notes.txt:1:9: [whitespace] trailing whitespace')
// the location is printed once, in front: no message repeats a path and line
assert !(log =~ /\[[a-z-]+\] [\w.\/-]+:\d+/) : 'a finding repeats its location in the message'
assert log.contains('secret.properties:1')
assert log.contains('AWS access key id AKIA')
assert log.contains('notes.txt:1')
assert log.contains('bad.json:1')
assert log.contains('BUILD FAILURE')
assert !log.contains(key) : 'the secret must be masked in the log'
def sarif = new File(basedir, 'target/tollgate/files.sarif')
assert sarif.isFile()
def text = sarif.getText('UTF-8')
assert text.contains('"ruleId"') && text.contains('secrets')
assert !text.contains(key) : 'the secret must be masked in SARIF'
assert !new File(basedir, 'target/tollgate/files.json').getText('UTF-8').contains(key)
