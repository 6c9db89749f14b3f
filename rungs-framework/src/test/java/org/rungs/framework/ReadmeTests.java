package org.rungs.framework;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The READMEs say true things: their links lead somewhere and their code compiles. */
class ReadmeTests {

  private static final Path ROOT = Path.of("..");
  private static final Pattern LINK = Pattern.compile("\\]\\(([^)#\\s]+)(#[^)]*)?\\)");
  private static final Pattern JAVA = Pattern.compile("```java\\n(.*?)```", Pattern.DOTALL);

  @TempDir Path work;

  @Test
  void everyRelativeLinkOfTheReadmesLeadsToAFile() throws IOException {
    List<String> broken = new ArrayList<>();
    for (Path readme : List.of(ROOT.resolve("README.md"), ROOT.resolve("frameworks/README.md"))) {
      Matcher link = LINK.matcher(Files.readString(readme));
      while (link.find()) {
        String target = link.group(1);
        if (target.startsWith("http") || target.startsWith("mailto:")) {
          continue;
        }
        if (!Files.exists(readme.getParent().resolve(target))) {
          broken.add(readme + " -> " + target);
        }
      }
    }
    assertThat(broken).isEmpty();
  }

  @Test
  void theLibrarySnippetOfTheReadmeCompiles() throws IOException {
    Matcher snippet = JAVA.matcher(Files.readString(ROOT.resolve("README.md")));
    assertThat(snippet.find()).as("the README shows how to use the library").isTrue();
    Path source = work.resolve("Snippet.java");
    Files.writeString(
        source,
        "import java.nio.file.Path;\nimport org.rungs.framework.*;\n"
            + "class Snippet { void run() {\n"
            + snippet.group(1)
            + "\n} }\n");
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();

    int result =
        javac.run(
            null,
            null,
            null,
            "-d",
            work.toString(),
            "-cp",
            System.getProperty("java.class.path"),
            source.toString());

    assertThat(result).as("javac exit status").isZero();
  }
}
