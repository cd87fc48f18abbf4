import dev.tollgate.core.files.FileFinding;
import dev.tollgate.core.files.FileGuardRails;
import dev.tollgate.core.files.FilesConfig;
import dev.tollgate.core.files.Scope;
import dev.tollgate.core.report.Severity;
import java.nio.file.Path;
import java.util.TreeSet;

/**
 * Prints the paths in which Tollgate's secrets check reports a secret, one per line: the Tollgate
 * column of planted-secrets.sh. Usage: java -cp CORE_CLASSPATH PlantedSecrets.java GIT_WORK_TREE
 */
public class PlantedSecrets {
  public static void main(String[] args) throws Exception {
    FilesConfig.Builder config = FilesConfig.builder().threads(1);
    for (String check : FilesConfig.CHECKS) {
      config.level(check, check.equals("secrets") ? Severity.ERROR : null);
    }
    TreeSet<String> paths = new TreeSet<>();
    for (FileFinding f : FileGuardRails.scan(Path.of(args[0]), Scope.ALL, config.build()).findings()) {
      paths.add(f.path());
    }
    paths.forEach(System.out::println);
  }
}
