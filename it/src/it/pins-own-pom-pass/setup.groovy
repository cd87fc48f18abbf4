// Builds this case's pom from Tollgate's live root pom, so the check follows every change to it:
// the project is renamed, the modules removed and the plugin under test added (our own SNAPSHOT is
// allowed). The wrapper properties are copied as they are.
def root = new File(basedir, '../../../..').canonicalFile
def pom = new File(root, 'pom.xml').getText('UTF-8')
assert pom.contains('<artifactId>tollgate-parent</artifactId>')
pom = pom.replaceFirst('<groupId>dev.tollgate</groupId>\\s*<artifactId>tollgate-parent</artifactId>',
        '<groupId>dev.tollgate.it</groupId>\n  <artifactId>pins-own-pom-pass</artifactId>')
pom = pom.replaceFirst('(?s)<modules>.*?</modules>', '')
def underTest = """
      <plugin>
        <groupId>dev.tollgate</groupId>
        <artifactId>quality-maven-plugin</artifactId>
        <version>${tollgateVersion}</version>
        <configuration>
          <allowedSnapshots>
            <allowedSnapshot>dev.tollgate:quality-maven-plugin</allowedSnapshot>
          </allowedSnapshots>
        </configuration>
      </plugin>
    </plugins>
  </build>"""
def end = pom.lastIndexOf('</plugins>')
assert end > 0
pom = pom.substring(0, end) + underTest.trim().replaceFirst('^', '      ') + pom.substring(pom.indexOf('</build>', end) + '</build>'.length())
new File(basedir, 'pom.xml').setText(pom, 'UTF-8')
def wrapper = new File(basedir, '.mvn/wrapper/maven-wrapper.properties')
wrapper.parentFile.mkdirs()
wrapper.setText(new File(root, '.mvn/wrapper/maven-wrapper.properties').getText('UTF-8'), 'UTF-8')
return true
