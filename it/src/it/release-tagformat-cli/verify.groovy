def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('Previous release: 2.4.1 (2.4.1)') : log
assert log.contains('Next version: 2.5.0')
return true
