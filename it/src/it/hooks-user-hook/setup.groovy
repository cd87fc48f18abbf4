import java.nio.file.Files
import java.nio.file.attribute.PosixFilePermissions

def git = evaluate(new File(itSupport, 'git.groovy'))
git.init(basedir)
def hooks = new File(basedir, '.git/hooks')
hooks.mkdirs()
// a shell hook (gets the block inline) and a non-shell one (gets chained)
def preCommit = new File(hooks, 'pre-commit')
preCommit.bytes = '#!/bin/sh\n# the user\'s own check, with a $dollar and "quotes"\necho "user pre-commit"\n'.getBytes('UTF-8')
Files.setPosixFilePermissions(preCommit.toPath(), PosixFilePermissions.fromString('rwxr-x---'))
def prePush = new File(hooks, 'pre-push')
prePush.bytes = '#!/usr/bin/env python3\nprint("user pre-push")\n'.getBytes('UTF-8')
Files.setPosixFilePermissions(prePush.toPath(), PosixFilePermissions.fromString('rwxr-xr-x'))
new File(basedir, 'originals').mkdirs()
new File(basedir, 'originals/pre-commit').bytes = preCommit.bytes
new File(basedir, 'originals/pre-push').bytes = prePush.bytes
// a pre-build script must end true, or invoker skips the build
true
