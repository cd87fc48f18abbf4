def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('BUILD FAILURE')
assert log.contains('package.json:2')
assert log.contains('dup.json:2:2: [syntax] invalid JSON: duplicate key "a"')
assert log.contains('dup.yaml:2:1: [syntax] invalid YAML: found duplicate key "a"')
assert log.contains("alias.yml:1:4: [syntax] invalid YAML: found undefined alias 'nowhere'")
assert log.contains('latin1.json:1') && log.contains('invalid UTF-8')
['tsconfig.json', 'web/tsconfig.app.json', '.vscode/settings.json', 'rush.json', '.oxlintrc.json', 'template.yaml'].each {
    assert !log.contains(it + ':') : "${it} is valid"
}
return true
