package org.rungs.app.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class FileWriteBackTests {

  @Test
  void aChangeThatCannotBeWrittenComesAsAUnifiedDiffOfItsLinesOnly() {
    byte[] before = "a: 1\nb: 2\nc: 3\n".getBytes(StandardCharsets.UTF_8);
    byte[] after = "a: 1\nb: two\nc: 3\n".getBytes(StandardCharsets.UTF_8);

    assertThat(FileWriteBack.patch("engineering/backend.md", before, after))
        .startsWith("--- a/engineering/backend.md\n+++ b/engineering/backend.md\n@@ -1,3 +1,3 @@")
        .contains("\n-b: 2\n+b: two\n")
        .doesNotContain("-a: 1", "+a: 1");
  }
}
