def log = new File(basedir, 'build.log').getText('UTF-8')
// the plain tag 2.4.1 is only a release under the old spelling's value @{version}
assert log.contains('Previous release: 2.4.1 (2.4.1)') : log
assert log.contains('Next version: 2.5.0')
assert log.contains('[WARNING] tollgate.release.tagFormat is deprecated; use tollgate.tagFormat (same values)')
assert log.contains('BUILD SUCCESS')
return true
