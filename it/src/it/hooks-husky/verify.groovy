def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('core.hooksPath is .husky, which git tracks: Tollgate does not write into shared hooks')
assert log.contains('.husky/commit-msg: sh "$(git rev-parse --git-common-dir)/tollgate/run" commit-msg "$@"')
assert log.contains('.husky/pre-push: sh "$(git rev-parse --git-common-dir)/tollgate/run" pre-push "$@"')
assert new File(basedir, '.husky/commit-msg').text == 'npx --no -- commitlint --edit "$1"\n'
assert !new File(basedir, '.husky/pre-commit').exists()
assert new File(basedir, '.git/tollgate/run').exists()
assert log.contains('BUILD FAILURE')
