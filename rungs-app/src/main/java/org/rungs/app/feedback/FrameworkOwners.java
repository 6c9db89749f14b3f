package org.rungs.app.feedback;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.rungs.app.frameworks.FrameworkLibrary;
import org.rungs.app.people.Person;
import org.rungs.framework.Owners;
import org.springframework.stereotype.Component;

/**
 * The owners of each framework, from the {@code OWNERS} file of the live frameworks folder, read
 * again whenever the file changes. Thread-safe.
 */
@Component
public class FrameworkOwners {

  private record Read(String stamp, Owners owners) {}

  private final FrameworkLibrary library;
  private volatile Read read = new Read("", Owners.none());

  public FrameworkOwners(FrameworkLibrary library) {
    this.library = library;
  }

  /** The owners' emails for the framework at {@code path}, as the OWNERS file lists them. */
  public List<String> of(String path) {
    return owners().of(path);
  }

  /** Whether {@code person} owns the framework at {@code path} (emails compared ignoring case). */
  public boolean owns(Person person, String path) {
    String email = person.email().toLowerCase(Locale.ROOT);
    return of(path).stream().anyMatch(owner -> owner.toLowerCase(Locale.ROOT).equals(email));
  }

  /** Whether {@code person} may decide on feedback about {@code path}: an owner or an admin. */
  public boolean mayDecide(Person person, String path) {
    return person.isAdmin() || owns(person, path);
  }

  private Owners owners() {
    Path file = library.directory().resolve("OWNERS");
    String stamp;
    try {
      stamp = Files.exists(file) ? Files.size(file) + "@" + Files.getLastModifiedTime(file) : "";
    } catch (IOException changing) {
      return read.owners();
    }
    Read last = read;
    if (!last.stamp().equals(stamp)) {
      last = new Read(stamp, Owners.load(library.directory()).owners());
      read = last;
    }
    return last.owners();
  }
}
