def before = new File(basedir, 'pom.xml.before').getText('UTF-8')
def after = new File(basedir, 'pom.xml').getText('UTF-8')
println after
assert after != before
assert !after.replace('\r\n', '').contains('\n') : 'a line ending other than CRLF'
// remove the added <plugin> blocks: what is left is the POM as it was, byte for byte
def added = ~/(?s)\r\n        <plugin>\r\n          <groupId>org\.apache\.maven\.plugins<\/groupId>\r\n          <artifactId>maven-(install|deploy|site)-plugin<\/artifactId>\r\n          <version>[^<]+<\/version>\r\n        <\/plugin>/
assert after.findAll(added).size() == 3
assert after.replaceAll(added, '') == before
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('3 pins written')
