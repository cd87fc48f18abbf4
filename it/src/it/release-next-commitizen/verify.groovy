def next = { String dir -> new File(basedir, "target/${dir}/next-version.txt").text }
assert next('feature') == '1.3.0\n'
assert next('merge') == '1.3.0\n'
assert next('bang') == '2.0.0\n'
return true
