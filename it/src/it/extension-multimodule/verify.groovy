def log = new File(basedir, 'build.log').getText('UTF-8')
def runs = log.readLines().findAll { it.contains(':check (tollgate-check)') }
assert runs.size() == 1 : "quality:check ran ${runs.size()} times:\n${runs.join('\n')}"
assert runs[0].contains('@ extension-multimodule ')
assert log.contains('Building module-a')
assert log.contains('Building module-b')
assert log.contains('BUILD SUCCESS')
