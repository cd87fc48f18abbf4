def git = evaluate(new File(itSupport, 'git.groovy'))
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('Tollgate: installed git hooks')
assert log.contains('BUILD SUCCESS')

['pre-commit', 'commit-msg', 'pre-push'].each { name ->
    def hook = new File(basedir, ".git/hooks/$name")
    assert hook.canExecute() : "$name is not executable"
    assert hook.text.contains('# >>> tollgate created')
}
def settings = new File(basedir, '.git/tollgate/hooks.properties').text
assert settings.contains('release/*') : settings

def attempt = git.attempt
new File(basedir, 'a.txt').text = 'a\n'
git.run(basedir, 'add', 'a.txt')

// 1. a commit on main is rejected by the installed pre-commit hook
def (onMain, onMainOut) = attempt(basedir, 'commit', '-m', 'feat: on main')
assert onMain != 0 : onMainOut
assert onMainOut.contains("protected branch pattern 'main'") : onMainOut
assert onMainOut.contains('git switch -c feature/') : onMainOut
assert onMainOut.contains('git commit --no-verify') : onMainOut

// 2. on a feature branch, a message that is not a Conventional Commit is rejected by commit-msg
git.run(basedir, 'switch', '-q', '-c', 'feature/a')
def (badMessage, badMessageOut) = attempt(basedir, 'commit', '-m', 'Fix stuff')
assert badMessage != 0 : badMessageOut
assert badMessageOut.contains('Fix stuff') : badMessageOut
assert badMessageOut.contains('git commit --no-verify') : badMessageOut

// 3. the same change with a good message on the feature branch is accepted
def (onFeature, onFeatureOut) = attempt(basedir, 'commit', '-m', 'feat: on a feature branch')
assert onFeature == 0 : onFeatureOut
assert !onFeatureOut.contains('--no-verify') : onFeatureOut

// 4. a release/* branch is protected by the glob from the pom
git.run(basedir, 'switch', '-q', '-c', 'release/1.x')
new File(basedir, 'b.txt').text = 'b\n'
git.run(basedir, 'add', 'b.txt')
def (onRelease, onReleaseOut) = attempt(basedir, 'commit', '-m', 'fix: on release')
assert onRelease != 0 : onReleaseOut
assert onReleaseOut.contains("pattern 'release/*'") : onReleaseOut
git.run(basedir, 'switch', '-q', 'feature/a')

// 5. pushing to the protected remote main is rejected by the pre-push hook; the feature branch is not
def (pushMain, pushMainOut) = attempt(basedir, 'push', 'origin', 'feature/a:main')
assert pushMain != 0 : pushMainOut
assert pushMainOut.contains("pushing directly to protected branch 'main'") : pushMainOut
assert pushMainOut.contains('git push --no-verify') : pushMainOut
def (pushFeature, pushFeatureOut) = attempt(basedir, 'push', 'origin', 'feature/a')
assert pushFeature == 0 : pushFeatureOut
assert git.run(new File(basedir, 'remote.git'), 'branch', '--list', 'feature/a').contains('feature/a')
