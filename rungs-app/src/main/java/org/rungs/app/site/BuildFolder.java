package org.rungs.app.site;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The folder {@code rungs build} writes to, and what the last build wrote there, listed in {@value
 * #LIST}: a new build removes the pages that are gone since, and nothing else, so a page whose
 * framework was renamed does not live on, and the files someone else put there (a {@code CNAME}, a
 * {@code robots.txt}) stay.
 *
 * <pre>{@code
 * BuildFolder folder = new BuildFolder(out);
 * List<String> before = folder.lastBuild();
 * ... write the site ...
 * folder.finish(before, site.files());
 * }</pre>
 */
final class BuildFolder {

  static final String LIST = ".rungs-build";

  private final Path root;

  BuildFolder(Path out) {
    this.root = out.toAbsolutePath().normalize();
  }

  /** The files the last build wrote, relative to the folder; none for a folder never built into. */
  List<String> lastBuild() throws IOException {
    Path list = root.resolve(LIST);
    if (!Files.isRegularFile(list)) {
      return List.of();
    }
    return Files.readAllLines(list, StandardCharsets.UTF_8).stream()
        .filter(line -> !line.isBlank())
        .toList();
  }

  /** Removes what the last build wrote that this one did not, and lists this build's files. */
  void finish(List<String> lastBuild, List<String> written) throws IOException {
    Set<String> now = new HashSet<>(written);
    for (String stale : lastBuild) {
      if (now.contains(stale)) {
        continue;
      }
      Path file = root.resolve(stale).normalize();
      // The list is a file in a folder anyone may edit: never follow it outside the folder.
      if (file.startsWith(root) && !file.equals(root) && Files.isRegularFile(file)) {
        Files.delete(file);
        removeEmptyFolders(file.getParent());
      }
    }
    Files.write(root.resolve(LIST), written, StandardCharsets.UTF_8);
  }

  private void removeEmptyFolders(Path folder) throws IOException {
    while (folder != null && folder.startsWith(root) && !folder.equals(root)) {
      try {
        Files.delete(folder);
      } catch (DirectoryNotEmptyException inUse) {
        return;
      }
      folder = folder.getParent();
    }
  }
}
