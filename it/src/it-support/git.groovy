// Shared helpers for setup.groovy / verify.groovy: real git commands in the IT's directory.
// Usage: def git = evaluate(new File(itSupport, 'git.groovy')); git.run(basedir, 'init', '-q')
// A setup.groovy must end with a truthy value (e.g. `return true`): the invoker treats a falsy
// result as a reason not to run the build, without failing it.
// Identity and config are fixed by environment so results do not depend on the machine.

def env = [
    'GIT_AUTHOR_NAME=Tollgate IT', 'GIT_AUTHOR_EMAIL=it@tollgate.invalid',
    'GIT_COMMITTER_NAME=Tollgate IT', 'GIT_COMMITTER_EMAIL=it@tollgate.invalid',
    'GIT_CONFIG_NOSYSTEM=1', 'GIT_TERMINAL_PROMPT=0', 'LC_ALL=C',
    'HOME=' + System.getProperty('java.io.tmpdir'),
    'PATH=' + System.getenv('PATH')
]

// Runs git and returns [exit code, output] whatever the outcome (e.g. a hook rejecting it).
def attempt = { File dir, String... args ->
    def command = ['git'] + (args as List)
    def proc = new ProcessBuilder(command).directory(dir).redirectErrorStream(true)
    proc.environment().clear()
    env.each { kv -> def i = kv.indexOf('='); proc.environment().put(kv.substring(0, i), kv.substring(i + 1)) }
    def p = proc.start()
    def out = p.inputStream.getText('UTF-8')
    [p.waitFor(), out]
}

// Runs git and returns its trimmed output; fails with the output when git fails.
def run = { File dir, String... args ->
    def (exit, out) = attempt(dir, args)
    if (exit != 0) {
        throw new IllegalStateException("git ${args.join(' ')} failed in ${dir}:\n${out}")
    }
    return out.trim()
}

// A fresh repository on branch main with one commit of everything already in the directory.
def init = { File dir, String firstMessage = 'chore: initial commit' ->
    run(dir, 'init', '-q', '-b', 'main')
    run(dir, 'config', 'core.autocrlf', 'false')
    run(dir, 'add', '-A')
    run(dir, 'commit', '-q', '-m', firstMessage)
    return true // a setup.groovy ending with git.init(...) must not return a falsy value
}

// Commits a change to a file with the given message (the message may have a body).
def commit = { File dir, String message, String file = 'CHANGES.txt' ->
    def f = new File(dir, file)
    f.parentFile.mkdirs()
    f << message.readLines()[0] + '\n'
    run(dir, 'add', file)
    run(dir, 'commit', '-q', '--no-verify', '-m', message)
    return run(dir, 'rev-parse', 'HEAD')
}

return [run: run, attempt: attempt, init: init, commit: commit, env: env]
