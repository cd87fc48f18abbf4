// Writes the POM with CRLF line endings (a checkout keeps no CRLF reliably) and a copy to compare.
def lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<!-- a comment before the project -->',
    '<project xmlns="http://maven.apache.org/POM/4.0.0">',
    '  <modelVersion>4.0.0</modelVersion>',
    '  <groupId>dev.tollgate.it</groupId>',
    '  <artifactId>pins-fix-crlf-comments</artifactId>',
    '  <version>1.0.0-SNAPSHOT</version>',
    '  <packaging>pom</packaging>',
    '',
    '  <build>',
    '    <pluginManagement>',
    '      <!-- pins the team agreed on -->',
    '      <plugins>',
    '        <plugin>',
    '          <groupId>org.apache.maven.plugins</groupId>',
    '          <artifactId>maven-clean-plugin</artifactId>',
    '          <version>3.5.0</version>  <!-- keep -->',
    '        </plugin>',
    '      </plugins>',
    '    </pluginManagement>',
    '    <plugins>',
    '      <plugin>',
    '        <groupId>dev.tollgate</groupId>',
    '        <artifactId>quality-maven-plugin</artifactId>',
    "        <version>${tollgateVersion}</version>",
    '        <configuration>',
    "          <allowSnapshots><allowSnapshot>dev.tollgate:*</allowSnapshot></allowSnapshots>",
    '        </configuration>',
    '      </plugin>',
    '    </plugins>',
    '  </build>',
    '</project>',
    '']
def text = lines.join('\r\n')
new File(basedir, 'pom.xml').setText(text, 'UTF-8')
new File(basedir, 'pom.xml.before').setText(text, 'UTF-8')
return true
