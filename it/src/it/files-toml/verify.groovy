def log = new File(basedir, 'build.log').getText('UTF-8')
// invocation 1 passed, invocation 2 failed
assert log.indexOf('BUILD SUCCESS') >= 0 && log.indexOf('BUILD SUCCESS') < log.indexOf('BUILD FAILURE') : log
assert log.contains('broken/dup.toml:3:11: [syntax] invalid TOML: Duplicate key') : log
assert log.contains('broken/redefined.toml:3:7: [syntax] invalid TOML: Table redefined') : log
assert log.contains('broken/escape.toml:1:6: [syntax] invalid TOML: Unknown escape sequence') : log
assert log.contains("broken/poetry.lock:3:10: [syntax] invalid TOML: invalid date or time: Text '2023-02-29'") : log
assert log.contains('broken/latin1.toml:1:9: [syntax] invalid TOML: invalid UTF-8 (byte 0xE9)') : log
// each broken file once: only in invocation 2
assert log.count('broken/dup.toml:') == 1 : log
['pyproject.toml', 'crates/app/Cargo.toml', 'Pipfile', 'notes.txt'].each {
    assert !log.contains(it + ':') : "${it} is valid (or not TOML)"
}
return true
