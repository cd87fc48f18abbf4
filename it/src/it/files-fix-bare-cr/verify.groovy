def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('BUILD SUCCESS') : 'quality:files after one files-fix finds nothing'
def bytes = { new File(basedir, it).getText('ISO-8859-1') }
assert bytes('cr-only.txt') == 'one\rtwo\n'
assert bytes('bare.txt') == 'a\nb\nc\n'
assert new File(basedir, 'bin.dat').bytes == ([0x41, 0x00, 0x20, 0x0D, 0x0A] as byte[])
assert !new File(basedir, '.bare.txt8123456789.tollgate-tmp').exists()
assert !basedir.list().any { it.endsWith('.tollgate-tmp') }
return true
