def version = new File(basedir, 'target/tollgate/next-version.txt').getText('UTF-8')
assert version == '1.3.0\n'
def log = new File(basedir, 'build.log').getText('UTF-8')
// first invocation: the full report
assert log.contains('[INFO] Previous release: v1.2.0 (1.2.0)')
assert log.contains('[INFO] Commits considered: 3')
assert log =~ /\[INFO\]   [0-9a-f]{7} feat\(api\): expose the tag finder/
assert log.contains('[INFO] Next version: 1.3.0')
// second invocation (quiet, mvn -q): the version alone follows the first build's last line
def lines = log.readLines()
def lastInfo = lines.findLastIndexOf { it.startsWith('[INFO]') }
def quiet = lines.drop(lastInfo + 1).findAll { it.trim() && !it.startsWith('Running post-build') }
assert quiet == ['1.3.0'] : quiet
return true
