import java.nio.file.Files
import java.nio.file.attribute.PosixFilePermission
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('a.txt: [whitespace] fixed: ')
assert !log.contains('fixed a.txt') : 'the location is not repeated in the message'
assert log.contains('BUILD SUCCESS')
assert new File(basedir, 'a.txt').bytes == 'one\ntwo\nthree\n'.getBytes('UTF-8')
assert new File(basedir, 'b.md').bytes == 'Title\nhard break  \nend\n'.getBytes('UTF-8')
assert new File(basedir, 'run.sh').bytes == '#!/bin/sh\necho hi\n'.getBytes('UTF-8')
assert Files.getPosixFilePermissions(new File(basedir, 'run.sh').toPath()).contains(PosixFilePermission.OWNER_EXECUTE)
assert new File(basedir, 'bin.dat').bytes == ([1, 0, 32, 10, 32, 32] as byte[])
assert new File(basedir, 'untracked.txt').getText('UTF-8') == 'left alone   \n'
