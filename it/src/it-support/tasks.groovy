// Commits through installed hooks whose tasks start Maven. The hook's Maven uses the IT's local
// repository and a copy of the IT settings (the invoker's own copy is gone after the build), passed
// through MAVEN_ARGS as a user's .mvn/maven.config or environment would.
// Usage: def tasks = evaluate(new File(itSupport, 'tasks.groovy'))
//        def (exit, out) = tasks.commit(basedir, localRepositoryPath, 'feat: x', [TOLLGATE_SKIP: 'a'])

def git = evaluate(new File(itSupport, 'git.groovy'))

def mavenArgs = { File dir, Object localRepository ->
    def settings = new File(dir, 'target/it-settings.xml')
    if (!settings.exists()) {
        settings.parentFile.mkdirs()
        def userRepository = new File(System.getProperty('user.home'), '.m2/repository').toURI()
        settings.text = new File(itSupport, '../it/settings.xml').text
            .replace('@localRepositoryUrl@', userRepository.toString())
    }
    "-s ${settings.absolutePath} -Dmaven.repo.local=${localRepository}".toString()
}

def commit = { File dir, Object localRepository, String message, Map extra = [:] ->
    def proc = new ProcessBuilder(['git', 'commit', '-m', message]).directory(dir)
        .redirectErrorStream(true)
    proc.environment().clear()
    git.env.each { kv ->
        def i = kv.indexOf('=')
        proc.environment().put(kv.substring(0, i), kv.substring(i + 1))
    }
    proc.environment().put('MAVEN_ARGS', mavenArgs(dir, localRepository))
    extra.each { k, v -> proc.environment().put(k as String, v as String) }
    def p = proc.start()
    def out = p.inputStream.getText('UTF-8')
    [p.waitFor(), out]
}

return [commit: commit]
