package org.rungs.app.frameworks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.rungs.app.RungsApplication;
import org.rungs.framework.ProblemCode;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The running server while a framework file is broken again and again, as an attack's fuzz did it:
 * truncated in its front matter, not UTF-8 in its path line, given another framework's path,
 * emptied, and written in steps. No page that had a good version may answer anything but 200.
 */
@SpringBootTest(
    classes = RungsApplication.class,
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class LiveReloadTests {

  private static final String BACKEND =
      FrameworkLibraryTests.framework("/engineering/backend", "Writes tests");
  private static final String FRONTEND =
      FrameworkLibraryTests.framework("/engineering/frontend", "Builds pages");

  private static final Path FOLDER = createFolder();

  private static final int EDITS = 300;
  private static final Duration AT_MOST = Duration.ofSeconds(30);

  @LocalServerPort int port;

  @Autowired FrameworkLibrary library;

  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  @DynamicPropertySource
  static void frameworks(DynamicPropertyRegistry registry) {
    registry.add("rungs.frameworks.directory", FOLDER::toString);
  }

  private static Path createFolder() {
    try {
      Path folder = Files.createTempDirectory("rungs-live-reload");
      Files.writeString(folder.resolve("a-frontend.md"), FRONTEND);
      Files.writeString(folder.resolve("b-backend.md"), BACKEND);
      return folder;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void pagesWithAGoodVersionAnswer200ThroughHundredsOfCorruptingEdits() throws Exception {
    AtomicBoolean editing = new AtomicBoolean(true);
    AtomicInteger requests = new AtomicInteger();
    ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
    ExecutorService readers = Executors.newFixedThreadPool(2);
    List<Future<?>> reading = new ArrayList<>();
    for (String page : List.of("/engineering/backend/levels/1/", "/engineering/frontend/")) {
      reading.add(
          readers.submit(
              () -> {
                while (editing.get()) {
                  int status = status(page);
                  requests.incrementAndGet();
                  if (status != 200) {
                    failures.add(page + " answered " + status);
                  }
                }
              }));
    }
    Random random = new Random(11);
    long deadline = System.nanoTime() + AT_MOST.toNanos();
    Path backend = FOLDER.resolve("b-backend.md");
    Set<ProblemCode> seen = EnumSet.noneOf(ProblemCode.class);
    for (int edit = 0; edit < EDITS && System.nanoTime() < deadline; edit++) {
      writeInSteps(backend, corrupted(edit, random), random);
      // Most edits are overwritten before the server looks; some stay long enough to be seen.
      Thread.sleep(
          edit % 7 == 0 ? FrameworkLibrary.CHECK_INTERVAL_MILLIS + 20 : random.nextInt(12));
      library.current().set().problemsOf("b-backend.md").forEach(p -> seen.add(p.code()));
    }
    editing.set(false);
    for (Future<?> reader : reading) {
      reader.get();
    }
    readers.shutdown();

    assertThat(failures).isEmpty();
    assertThat(requests.get()).isGreaterThan(100);
    assertThat(seen)
        .contains(
            ProblemCode.NOT_UTF8, ProblemCode.DUPLICATE_PATH, ProblemCode.MISSING_FRONT_MATTER)
        .containsAnyOf(ProblemCode.UNCLOSED_FRONT_MATTER, ProblemCode.YAML_SYNTAX);
  }

  @Test
  void healthAndTheFrameworkPageBlameTheFileThatTookAnotherFrameworksPath() throws Exception {
    Path backend = FOLDER.resolve("b-backend.md");
    Files.writeString(backend, BACKEND);
    Thread.sleep(250);
    Files.writeString(
        backend, FrameworkLibraryTests.framework("/engineering/frontend", "Writes tests"));
    Thread.sleep(250);

    String health = body("/health");
    assertThat(health)
        .contains("b-backend.md:2:7: error RUNGS014: path \\\"/engineering/frontend\\\"")
        .doesNotContain("a-frontend.md:");
    assertThat(body("/engineering/backend/levels/1/"))
        .contains("Writes tests")
        .contains("b-backend.md:2:7");
    assertThat(body("/engineering/frontend/levels/1/"))
        .contains("Builds pages")
        .doesNotContain("RUNGS014");

    Files.writeString(backend, BACKEND);
    Thread.sleep(250);
    assertThat(body("/health")).contains("\"errors\":0");
  }

  /** The edits the fuzz made, in turn, with a good version now and then. */
  private static byte[] corrupted(int edit, Random random) {
    byte[] good =
        BACKEND.replace("Writes tests", "Writes tests " + edit).getBytes(StandardCharsets.UTF_8);
    int frontMatterEnd = BACKEND.lastIndexOf("---");
    return switch (edit % 5) {
      case 0 -> Arrays.copyOf(good, random.nextInt(frontMatterEnd));
      case 1 -> {
        byte[] bytes = good.clone();
        bytes[BACKEND.indexOf("backend\"") + random.nextInt(7)] =
            (byte) (0x80 + random.nextInt(64));
        yield bytes;
      }
      case 2 ->
          BACKEND
              .replace("/engineering/backend", "/engineering/frontend")
              .getBytes(StandardCharsets.UTF_8);
      case 3 -> new byte[0];
      default -> good;
    };
  }

  /** Truncates, then writes in two parts, as editors and copies do; readers may see any step. */
  private static void writeInSteps(Path file, byte[] bytes, Random random) throws IOException {
    try (FileChannel channel =
        FileChannel.open(file, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
      int split = bytes.length == 0 ? 0 : random.nextInt(bytes.length);
      channel.write(ByteBuffer.wrap(bytes, 0, split));
      Thread.onSpinWait();
      channel.write(ByteBuffer.wrap(bytes, split, bytes.length - split));
    }
  }

  private int status(String path) {
    try {
      return http.send(request(path), HttpResponse.BodyHandlers.discarding()).statusCode();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return -1;
    }
  }

  private String body(String path) throws Exception {
    return http.send(request(path), HttpResponse.BodyHandlers.ofString()).body();
  }

  private HttpRequest request(String path) {
    return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
        .timeout(Duration.ofSeconds(10))
        .build();
  }
}
