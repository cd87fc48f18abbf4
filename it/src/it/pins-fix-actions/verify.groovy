def log = new File(basedir, 'build.log').getText('UTF-8')
def sha = { name -> new File(basedir, "remotes/${name}.sha").getText('UTF-8').trim() }
def workflow = new File(basedir, '.github/workflows/ci.yml').getText('UTF-8')
// only the refs changed: quoting, indentation and the user's own comments stay byte for byte
assert workflow == """name: ci
on: push
permissions:
  contents: read
jobs:
  build:
    runs-on: ubuntu-latest
    steps:
      - uses: acme/setup@${sha('v1.2.3')} # v1.2.3
      - name: quoted, with a comment of its own
        uses: 'acme/setup@${sha('v1.0.0')}'   # keep this comment
      - uses: acme/setup/sub@${sha('main')} # tag=main
      - uses: acme/unknown@v1
      - uses: ./.github/actions/local
"""
assert log.contains('Tollgate pins-fix: pinned the actions of .github/workflows/ci.yml')
assert log.contains('Tollgate pins-fix: 3 action references pinned, 1 left as they are')
assert log.contains('.github/workflows/ci.yml:13:15: [unresolved-action] could not pin acme/unknown@v1: cannot list the refs of')
assert log.contains('tollgate pins-fix: 0 errors, 1 warning')
assert log.contains('BUILD SUCCESS')
