// Shared assertions for the release ITs.
// Usage: def release = evaluate(new File(itSupport, 'release-checks.groovy')); release.assertUnreleased(basedir)

def git = evaluate(new File(itSupport, 'git.groovy'))

// Nothing of a release is left: the one first commit, no tag, a clean work tree.
def assertUnreleased = { File dir ->
    assert git.run(dir, 'status', '--porcelain') == ''
    assert git.run(dir, 'tag') == ''
    assert git.run(dir, 'log', '--format=%s') == 'feat: first feature'
    return true
}

return [assertUnreleased: assertUnreleased]
