package org.rungs.app.frameworks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.rungs.framework.FrameworkParser;
import org.rungs.framework.FrameworkSet;
import org.rungs.framework.Frameworks;
import org.rungs.framework.Problem;
import org.rungs.framework.ProblemCode;
import org.springframework.stereotype.Component;

/**
 * The frameworks the live server shows: read from a folder, re-read when a file in it changes, and
 * for a file that breaks, its last good version, with the problem shown beside it (the rules are in
 * {@link LastGoodVersions}).
 *
 * <p>Thread-safe. {@link #current()} is cheap: the folder is looked at most every {@value
 * #CHECK_INTERVAL_MILLIS} ms, and only the files whose size or time changed are read again.
 */
@Component
public class FrameworkLibrary {

  /** One version of the frameworks, and a number that changes whenever they do. */
  public record Version(long number, FrameworkSet set) {}

  static final long CHECK_INTERVAL_MILLIS = 100;

  /** A file as last read: its size and time when read, and what it said. */
  private record Read(String stamp, FrameworkParser.Parsed parsed) {}

  private final Path directory;
  private final LastGoodVersions versions = new LastGoodVersions();
  private final AtomicLong numbers = new AtomicLong();
  private Map<String, Read> reads = Map.of();
  private volatile Version current;
  private volatile long checkedAt;

  public FrameworkLibrary(FrameworkSettings settings) {
    this.directory =
        settings.directory() == null ? BundledFrameworks.extract() : settings.directory();
    // The first read, on a thread of its own: the thread creating the application's beans goes on
    // with the hundreds of others meanwhile, on the second core. Whoever asks before it is done
    // waits for it (reloadIfChanged is synchronized) and finds it fresh.
    Thread firstRead = new Thread(this::reloadIfChanged, "rungs-frameworks-first-read");
    firstRead.setDaemon(true);
    firstRead.start();
  }

  public Path directory() {
    return directory;
  }

  /** The frameworks as they are now on disk (or, for broken files, as they last were). */
  public Version current() {
    long now = System.currentTimeMillis();
    if (current == null || now - checkedAt >= CHECK_INTERVAL_MILLIS) {
      reloadIfChanged();
    }
    return current;
  }

  /** Looks at the folder now, whenever it was last looked at; for tests. */
  Version reloadNow() {
    reloadIfChanged();
    return current;
  }

  private synchronized void reloadIfChanged() {
    List<Path> files;
    try {
      files = Files.isDirectory(directory) ? Frameworks.frameworkFiles(directory) : List.of();
    } catch (IOException changing) {
      // A folder in the middle of being rewritten (a git checkout, say): keep showing what we
      // have and look again on the next request.
      if (current == null) {
        current = new Version(numbers.incrementAndGet(), versions.show(List.of(), List.of()));
      }
      return;
    }
    checkedAt = System.currentTimeMillis();
    Map<String, Read> now = new HashMap<>();
    boolean changed = current == null || files.size() != reads.size();
    for (Path file : files) {
      String source = directory.relativize(file).toString().replace('\\', '/');
      String stamp = stamp(file);
      Read before = reads.get(source);
      if (before != null && before.stamp().equals(stamp)) {
        now.put(source, before);
      } else {
        // The stamp is taken before reading: a write that lands while we read changes it again,
        // so the half-written text we may have read is read again at the next look.
        now.put(source, new Read(stamp, read(file, source)));
        changed = true;
      }
    }
    reads = now;
    if (changed) {
      List<String> names = new ArrayList<>();
      List<FrameworkParser.Parsed> parsed = new ArrayList<>();
      for (Path file : files) {
        String source = directory.relativize(file).toString().replace('\\', '/');
        names.add(source);
        parsed.add(now.get(source).parsed());
      }
      current = new Version(numbers.incrementAndGet(), versions.show(names, parsed));
    }
  }

  private static FrameworkParser.Parsed read(Path file, String source) {
    try {
      return FrameworkParser.parse(Files.readAllBytes(file), source);
    } catch (IOException e) {
      return new FrameworkParser.Parsed(
          Optional.empty(),
          List.of(
              Problem.of(
                  source,
                  1,
                  1,
                  ProblemCode.UNREADABLE_FILE,
                  "cannot read file: " + e.getMessage())));
    }
  }

  private static String stamp(Path file) {
    try {
      BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
      return attributes.size() + ":" + attributes.lastModifiedTime() + ":" + attributes.fileKey();
    } catch (IOException gone) {
      return "gone";
    }
  }
}
