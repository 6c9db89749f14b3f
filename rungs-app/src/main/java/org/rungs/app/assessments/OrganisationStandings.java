package org.rungs.app.assessments;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.rungs.app.people.Person;
import org.rungs.progression.Standing;

/**
 * The standings of a large organisation (more than {@value #LARGE} people at once: the organisation
 * overview of everyone, the people list filtered by sub-level), remembered between requests. At
 * 10,000 people computing them all read some 200,000 agreed statuses and took seconds; now one
 * grouped query says whose assessments changed, and only theirs are read again.
 *
 * <p>A remembered standing is used only while nothing it was made from has changed: the person's
 * assessments (their number and the sum of their versions, which every write, carry-over and
 * erasure raises), their framework, level and target, and the version of the frameworks. The
 * database says what changed, so several instances of Rungs sharing it stay right. Thread-safe.
 */
final class OrganisationStandings {

  /** From how many people at once standings are remembered; fewer are read directly. */
  static final int LARGE = 1000;

  /** What one person's assessments were when their standing was made. */
  record Print(long count, long versions) {
    static final Print NONE = new Print(0, 0);
  }

  private record Remembered(
      long frameworksVersion,
      String framework,
      Integer level,
      Integer target,
      Print print,
      Standing standing) {

    boolean stillFor(Person person, long version, Print now) {
      return frameworksVersion == version
          && Objects.equals(framework, person.framework())
          && Objects.equals(level, person.level())
          && Objects.equals(target, person.targetLevel())
          && print.equals(now);
    }
  }

  private final Map<Long, Remembered> remembered = new ConcurrentHashMap<>();

  /**
   * The standings of {@code people}, remembered ones where still right and the others computed by
   * {@code compute} (which reads the database as {@link Assessments#standings} does).
   *
   * @param prints each person's assessments now; a person without any is absent
   */
  Map<Long, Standing> of(
      List<Person> people,
      long frameworksVersion,
      Map<Long, Print> prints,
      Function<List<Person>, Map<Long, Standing>> compute) {
    Map<Long, Standing> standings = new HashMap<>();
    List<Person> stale = new ArrayList<>();
    for (Person person : people) {
      Remembered known = remembered.get(person.id());
      Print now = prints.getOrDefault(person.id(), Print.NONE);
      if (known != null && known.stillFor(person, frameworksVersion, now)) {
        if (known.standing() != null) {
          standings.put(person.id(), known.standing());
        }
      } else {
        stale.add(person);
      }
    }
    if (stale.isEmpty()) {
      return standings;
    }
    // Read after the prints: if an assessment changes in between, the standing is newer than its
    // print and is simply made again next time.
    Map<Long, Standing> fresh = compute.apply(stale);
    for (Person person : stale) {
      Standing standing = fresh.get(person.id());
      remembered.put(
          person.id(),
          new Remembered(
              frameworksVersion,
              person.framework(),
              person.level(),
              person.targetLevel(),
              prints.getOrDefault(person.id(), Print.NONE),
              standing));
      if (standing != null) {
        standings.put(person.id(), standing);
      }
    }
    return standings;
  }
}
