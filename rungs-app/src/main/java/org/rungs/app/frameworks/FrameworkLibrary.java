package org.rungs.app.frameworks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.rungs.framework.FrameworkParser;
import org.rungs.framework.FrameworkSet;
import org.rungs.framework.Frameworks;
import org.rungs.framework.Problem;
import org.rungs.framework.ProblemCode;
import org.springframework.stereotype.Component;

/**
 * The frameworks the live server shows: read from a folder, re-read when a file in it changes, and
 * for a file that breaks, its last good version, with the problem shown beside it.
 *
 * <p>Thread-safe. {@link #current()} is cheap: the folder is looked at most every {@value
 * #CHECK_INTERVAL_MILLIS} ms, and read again only when a file's size or time changed.
 */
@Component
public class FrameworkLibrary {

  /** One version of the frameworks, and a number that changes whenever they do. */
  public record Version(long number, FrameworkSet set) {}

  static final long CHECK_INTERVAL_MILLIS = 100;

  private final Path directory;
  private final Map<String, FrameworkParser.Parsed> lastGood = new HashMap<>();
  private final AtomicLong versions = new AtomicLong();
  private volatile Version current;
  private volatile String fingerprint = "";
  private volatile long checkedAt;

  public FrameworkLibrary(FrameworkSettings settings) {
    this.directory =
        settings.directory() == null ? BundledFrameworks.extract() : settings.directory();
    reloadIfChanged(true);
  }

  public Path directory() {
    return directory;
  }

  /** The frameworks as they are now on disk (or, for broken files, as they last were). */
  public Version current() {
    long now = System.currentTimeMillis();
    if (now - checkedAt >= CHECK_INTERVAL_MILLIS) {
      reloadIfChanged(false);
    }
    return current;
  }

  private synchronized void reloadIfChanged(boolean force) {
    List<Path> files;
    try {
      files = Files.isDirectory(directory) ? Frameworks.frameworkFiles(directory) : List.of();
    } catch (IOException changing) {
      // A folder in the middle of being rewritten (a git checkout, say): keep showing what we
      // have and look again on the next request.
      if (current == null) {
        current = new Version(versions.incrementAndGet(), read(List.of()));
      }
      return;
    }
    String now = fingerprint(files);
    checkedAt = System.currentTimeMillis();
    if (!force && now.equals(fingerprint)) {
      return;
    }
    current = new Version(versions.incrementAndGet(), read(files));
    fingerprint = now;
  }

  private FrameworkSet read(List<Path> files) {
    List<String> names = new ArrayList<>();
    List<FrameworkParser.Parsed> parsed = new ArrayList<>();
    List<Problem> unreadable = new ArrayList<>();
    Map<String, FrameworkParser.Parsed> stillThere = new HashMap<>();
    for (Path file : files) {
      String source = directory.relativize(file).toString().replace('\\', '/');
      names.add(source);
      FrameworkParser.Parsed fresh;
      try {
        fresh = FrameworkParser.parse(Files.readAllBytes(file), source);
      } catch (IOException e) {
        unreadable.add(
            Problem.of(
                source, 1, 1, ProblemCode.UNREADABLE_FILE, "cannot read file: " + e.getMessage()));
        fresh = new FrameworkParser.Parsed(java.util.Optional.empty(), List.of());
      }
      FrameworkParser.Parsed shown = fresh;
      if (fresh.document().isPresent()) {
        stillThere.put(source, fresh);
      } else if (lastGood.containsKey(source)) {
        // Keep serving what last worked, but report what is wrong with the file now.
        shown = new FrameworkParser.Parsed(lastGood.get(source).document(), fresh.problems());
        stillThere.put(source, lastGood.get(source));
      }
      parsed.add(shown);
    }
    lastGood.clear();
    lastGood.putAll(stillThere);
    return Frameworks.resolve(names, parsed, unreadable);
  }

  private static String fingerprint(List<Path> files) {
    StringBuilder fingerprint = new StringBuilder();
    for (Path file : files) {
      try {
        fingerprint
            .append(file)
            .append(':')
            .append(Files.size(file))
            .append(':')
            .append(Files.getLastModifiedTime(file).toMillis())
            .append('\n');
      } catch (IOException gone) {
        fingerprint.append(file).append(":gone\n");
      }
    }
    return fingerprint.toString();
  }
}
