// Maven loads core extensions before the build, so the extension must resolve: our own core
// jar, a SNAPSHOT from outside this project, which is exactly what pins must report.
def mvn = new File(basedir, '.mvn')
mvn.mkdirs()
new File(mvn, 'extensions.xml').setText("""<?xml version="1.0" encoding="UTF-8"?>
<extensions>
  <extension>
    <groupId>com.google.re2j</groupId>
    <artifactId>re2j</artifactId>
    <version>1.8</version>
  </extension>
  <extension>
    <groupId>dev.tollgate</groupId>
    <artifactId>tollgate-core</artifactId>
    <version>${tollgateVersion}</version>
  </extension>
</extensions>
""", 'UTF-8')
new File(mvn, 'wrapper').mkdirs()
new File(mvn, 'wrapper/maven-wrapper.properties').setText('mavenVersion=3.9.11\n', 'UTF-8')
