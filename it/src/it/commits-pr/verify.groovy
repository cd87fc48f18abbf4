def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('GitHub Actions pull request into main: merge-base(main, HEAD)..HEAD')
assert log.contains('Checked 2 commit message(s)')
assert log.contains('BUILD SUCCESS')
