def original = new File(basedir, 'CHANGELOG.orig').getText('UTF-8')
def updated = new File(basedir, 'CHANGELOG.md').getText('UTF-8')
def section = '''## v2.0.0 (2024-05-01)

### BREAKING CHANGE

- retries now count attempts

### Feat

- add a --quiet flag
- **http**: retry idempotent requests

### Fix

- **parser**: accept tabs after the colon
'''
def at = original.indexOf('## v1.0.0')
assert updated == original.substring(0, at) + section + '\n' + original.substring(at)
assert new File(basedir, 'target/tollgate/release-notes.md').getText('UTF-8') == section
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('Next version: 2.0.0')
return true
