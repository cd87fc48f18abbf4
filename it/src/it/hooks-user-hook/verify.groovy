import java.nio.file.Files
import java.nio.file.attribute.PosixFilePermissions

def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('Tollgate: installed git hooks')
assert log.contains('Tollgate: git hooks up to date')
assert log.contains('Tollgate: removed Tollgate from')
assert log.contains('BUILD SUCCESS')

def hooks = new File(basedir, '.git/hooks')
['pre-commit', 'pre-push'].each { name ->
    assert new File(hooks, name).bytes == new File(basedir, "originals/$name").bytes : "$name not restored"
}
assert PosixFilePermissions.toString(Files.getPosixFilePermissions(new File(hooks, 'pre-commit').toPath())) == 'rwxr-x---'
assert !new File(hooks, 'pre-push.tollgate-chained').exists()
assert !new File(hooks, 'commit-msg').exists() : 'the commit-msg hook Tollgate created must be gone'
assert !new File(basedir, '.git/tollgate').exists()
