evaluate(new File(itSupport, 'release-remote.groovy')).init(basedir)
return true
