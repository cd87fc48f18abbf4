def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('BUILD FAILURE')
assert log.contains('conf/app.properties:2:')
assert log.contains('in commit ') && log.contains('AWS access key id AKIA…(20 chars)')
assert log.contains('scope commits')
return true
