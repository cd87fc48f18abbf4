def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('icons/key.svg:2')
assert log.contains('[secrets]')
assert !log.contains('icons/a.svg') && !log.contains('trailing.txt')
assert new File(basedir, 'icons/a.svg').getText('UTF-8') == '<svg> \n</svg>'
assert new File(basedir, 'src/test/fixtures/trailing.txt').getText('UTF-8') == 'kept as is   \n'
assert new File(basedir, 'README.md').getText('UTF-8') == 'fixed\n'
return true
