// SIGKILL of a real `mvn release:prepare` (the Maven running this IT, forked) at 11 points spread
// over the run, on a 12-module reactor. The points are the internal pause points of
// dev.tollgate.core.io.PausePoint (system property tollgate.test.pauseAt): the forked Maven prints
// TOLLGATE-PAUSED <point> and waits, and this script kills its whole process tree with SIGKILL.
// After each kill: release:prepare refuses and names release:rollback (with -N when the kill left a
// reactor Maven cannot load: mid-way through the POM edits); release:rollback restores
// the work tree (tracked, untracked, ignored, modes), the index's bytes, HEAD and every ref, and
// leaves no lock, temporary file or journal.
import java.nio.file.Files
import java.nio.file.Path
import java.security.MessageDigest
import java.util.concurrent.TimeUnit

def git = evaluate(new File(itSupport, 'git.groovy'))

(1..12).each { i ->
    def name = String.format('m%02d', i)
    def dir = new File(basedir, name)
    dir.mkdirs()
    new File(dir, 'pom.xml').text = """<?xml version="1.0" encoding="UTF-8"?>
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <parent>
    <groupId>dev.tollgate.it</groupId>
    <artifactId>release-prepare-crash</artifactId>
    <version>1.2.0-SNAPSHOT</version>
  </parent>
  <artifactId>${name}</artifactId>
  <packaging>pom</packaging>
</project>
"""
}
new File(basedir, '.gitignore').text = 'build.log\ntarget/\nignored/\n'
new File(basedir, 'README.md').text = 'Install crash-demo:1.1.0 today.\n'
new File(basedir, 'CHANGELOG.md').text = '## 1.1.0\n\n- older\n'
git.init(basedir, 'feat: first feature')
new File(basedir, 'ignored').mkdirs()
new File(basedir, 'ignored/build.log').text = 'an ignored file\n'
def script = new File(basedir, 'run.sh')
script.text = '#!/bin/sh\necho an executable ignored file\n'
Files.move(script.toPath(), new File(basedir, 'ignored/run.sh').toPath())
new File(basedir, 'ignored/run.sh').setExecutable(true)

// the steps: 1 release POMs, 2 version files, 3 changelog, 4 commit, 5 tag, 6 development POMs,
// 7 development commit, 8 release record
def points = [
    'before-step:1',
    'write-temp:pom.xml',         // inside the root POM's write: its temporary file exists
    'after-file:m03/pom.xml',     // mid-POM-edit: some POMs at the release version, others not
    'after-file:README.md',       // the POMs written, the version files half-way
    'after-step:3',               // everything written, nothing committed
    'staged',                     // the release staged in the index, no commit yet
    'after-step:4',               // between the release commit and the tag
    'after-step:5',               // tagged, development version not written
    'after-file:m07/pom.xml#2',   // mid-way through the development version
    'after-step:7',               // development commit made, record not written
    'after-step:8',               // record written, journal not yet removed
]

def sha = { byte[] b -> MessageDigest.getInstance('SHA-256').digest(b).encodeHex().toString() }
def snapshot = { ->
    def all = new TreeMap<String, String>()
    Files.walk(basedir.toPath()).withCloseable { walk ->
        walk.each { Path p ->
            def rel = basedir.toPath().relativize(p).toString().replace('\\', '/')
            // build.log is the invoker's log of this very script
            if (rel.isEmpty() || rel == 'build.log' || rel == '.git' || rel.startsWith('.git/')) return
            all[rel] = Files.isDirectory(p) ? 'dir'
                : sha(Files.readAllBytes(p)) + ' ' + Files.getPosixFilePermissions(p)
        }
    }
    def dotGit = new File(basedir, '.git')
    all['.git/index'] = sha(new File(dotGit, 'index').bytes)
    all['.git/HEAD'] = new File(dotGit, 'HEAD').text
    all['refs'] = git.run(basedir, 'for-each-ref', '--format=%(refname) %(objectname)')
    ['index.lock', 'HEAD.lock', 'refs/heads/main.lock', 'tollgate'].each {
        all['.git/' + it] = new File(dotGit, it).exists().toString()
    }
    all
}

// the forked Maven: this IT's Maven, with the IT's local repository and settings
def settings = new File(basedir.parentFile, basedir.name + '-settings.xml')
settings.text = new File(itSupport, '../it/settings.xml').text
    .replace('@localRepositoryUrl@', new File(System.getProperty('user.home'), '.m2/repository').toURI().toString())
def mvn = { List<String> args ->
    def command = [new File(System.getProperty('maven.home'), 'bin/mvn').path, '-B',
                   '-s', settings.path, "-Dmaven.repo.local=${localRepositoryPath}".toString()] + args
    def pb = new ProcessBuilder(command).directory(basedir).redirectErrorStream(true)
    pb.environment().put('MAVEN_OPTS', '-XX:TieredStopAtLevel=1 -Xshare:auto')
    pb.environment().remove('MAVEN_ARGS')
    pb.start()
}
def finish = { Process p ->
    def out = p.inputStream.getText('UTF-8')
    assert p.waitFor(120, TimeUnit.SECONDS)
    [p.exitValue(), out]
}
def prepare = "dev.tollgate:release-maven-plugin:${tollgateVersion}:prepare".toString()
def rollback = "dev.tollgate:release-maven-plugin:${tollgateVersion}:rollback".toString()

def before = snapshot()
def started = System.nanoTime()
points.each { point ->
    def child = mvn([prepare, "-Dtollgate.test.pauseAt=${point}".toString()])
    def output = []
    def paused = false
    child.inputStream.withReader('UTF-8') { reader ->
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            output << line
            if (line == "TOLLGATE-PAUSED ${point}") {
                paused = true
                // the whole Maven process tree, with SIGKILL
                child.toHandle().descendants().each { it.destroyForcibly() }
                child.destroyForcibly()
                break
            }
        }
    }
    assert child.waitFor(60, TimeUnit.SECONDS)
    assert paused: "never paused at ${point}:\n${output.join('\n')}"
    assert child.exitValue() == 137: "${point}: exit ${child.exitValue()}, not SIGKILL"
    assert snapshot() != before: "${point}: the kill left nothing to restore"

    // a new prepare refuses and names the fix. Killed mid-way through the POM edits, the reactor
    // is one Maven cannot load (a module names a parent version not written yet): Maven itself
    // stops before any plugin runs, and the documented recovery reads only the root POM (-N)
    def (refused, refusal) = finish(mvn([prepare]))
    assert refused != 0: "${point}: release:prepare ran over the crash:\n${refusal}"
    def unloadable = refusal.contains('Non-resolvable parent POM')
    assert unloadable || (refusal.contains('was interrupted') && refusal.contains('release:rollback')): refusal
    if (unloadable) {
        assert point in ['after-file:m03/pom.xml', 'after-file:m07/pom.xml#2', 'write-temp:pom.xml']: refusal
        if (point == 'after-file:m03/pom.xml') { // once: what a user then runs, with -N
            def (refusedN, refusalN) = finish(mvn(['-N', prepare]))
            assert refusedN != 0 && refusalN.contains('was interrupted'): refusalN
            assert refusalN.contains('mvn -N release:rollback'): refusalN
        }
    }

    def (rolled, rollbackLog) = finish(mvn(unloadable ? ['-N', rollback] : [rollback]))
    assert rolled == 0: "${point}: release:rollback failed:\n${rollbackLog}"
    assert rollbackLog.contains('Restored the repository from the journal'): rollbackLog
    def after = snapshot()
    def differences = (before.keySet() + after.keySet()).findAll { before[it] != after[it] }
        .collect { "${it}: ${before[it]} -> ${after[it]}" }
    assert differences.isEmpty(): "${point}: not restored byte for byte:\n${differences.join('\n')}"
    println "release-prepare-crash: killed at ${point}, refused, rolled back byte for byte"
}
println "release-prepare-crash: ${points.size()} kills in ${(System.nanoTime() - started).intdiv(1_000_000)} ms"
return true
