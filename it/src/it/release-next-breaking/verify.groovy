def next = { String dir -> new File(basedir, "target/${dir}/next-version.txt").text }
assert next('strict') == '2.0.0\n'
assert next('nested') == '2.0.0\n'
// BREAKING CHANGES: is not a Conventional Commits token; the older presets accepted it
assert next('old-strict') == '1.2.1\n'
assert next('old-lenient') == '2.0.0\n'
return true
