// keeps the POM as the invoker filtered it, to compare after the dry run
new File(basedir, 'pom.xml.before').bytes = new File(basedir, 'pom.xml').bytes
return true
