package dev.tollgate.quality;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tollgate.quality.settings.Descriptors;
import org.junit.jupiter.api.Test;

/** A {@code <task>} injected by Maven renders the same setting lines as the pom's XML. */
class TaskTest {

  @Test
  void rendersTheSettingLines() throws Exception {
    Task task = new Task();
    Descriptors.set(task, "id", " format ");
    Descriptors.set(task, "stage", "pre-commit");
    Descriptors.set(task, "goals", "spotless:check\n   checkstyle:check");
    Descriptors.set(task, "files", "\n **/*.java\n **/*.xml\n");

    assertThat(task)
        .hasToString(
            "format.id=format\nformat.stage=pre-commit\n"
                + "format.goals=spotless:check checkstyle:check\n"
                + "format.files=**/*.java,**/*.xml");
  }
}
