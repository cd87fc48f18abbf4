def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains("tollgate.files.maxSize") && log.contains("invalid size '5TB'")
assert !log.contains('[large-files]')
return true
