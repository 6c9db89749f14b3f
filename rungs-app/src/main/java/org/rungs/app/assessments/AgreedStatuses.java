package org.rungs.app.assessments;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.rungs.framework.CriterionId;
import org.rungs.progression.AssessmentStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Everyone's agreed statuses, kept in memory, so that the pages about thousands of people (a large
 * team, calibration, manager consistency, the pay gap report) read only what changed instead of
 * millions of rows on every request: with 100,000 people there are 3 million assessments.
 *
 * <p>Contract:
 *
 * <ol>
 *   <li>Each read ({@link #refresh()}) first asks the database which people have assessments
 *       changed since {@link #WINDOW} before its previous look (by {@code updated_at}, indexed, on
 *       the database's clock) and re-reads the rows of those whose changed rows differ from what it
 *       saw last time. So a read after a committed write sees it, whichever process or server wrote
 *       it, and a quiet database costs one indexed query that finds nothing.
 *   <li>The window, not "since the previous look" alone, because a transaction's rows carry the
 *       time it began and may commit after later ones were read; it is far longer than any
 *       transaction that writes assessments (a check-in's agreement, one framework's carry-over).
 *   <li>Every write to {@code assessment} sets {@code updated_at} and raises {@code version} (the
 *       carry-over too), which is what makes a change visible here. Rows deleted are seen only as
 *       part of a person whose rows changed in the window; the rows of a deleted person stay until
 *       the next full load, harmless since callers ask about people who exist.
 *   <li>People added with rows dated outside the window (the demo dates its rows in the past) are
 *       found by id: each read also asks for the rows of people above the highest person id it has
 *       seen among the assessments (not among people: the demo adds everyone before their rows).
 *   <li>A read that fails leaves the marks where they were, so the next one reads what it missed.
 *   <li>Thread-safe: refreshes run one at a time; a person's statuses are replaced as a whole.
 * </ol>
 */
@Component
class AgreedStatuses {

  /** How far back each refresh looks for changes. */
  static final Duration WINDOW = Duration.ofMinutes(5);

  private static final AssessmentStatus[] STATUSES = AssessmentStatus.values();

  private final JdbcClient jdbc;
  private final Map<Long, PersonStatuses> byPerson = new ConcurrentHashMap<>();
  // Criterion ids and framework paths are shared by thousands of people: one copy of each.
  private final Map<String, String> interned = new HashMap<>();
  private Map<Long, Signature> seen = Map.of();
  private long generation;
  // The highest person id among the assessments when last looked: people above it are new,
  // whatever time their rows carry.
  private long highestId;
  // The database's clock when the window was last looked at; null before the first load.
  private OffsetDateTime lookedAt;

  AgreedStatuses(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** What was seen of a person's rows in the window: any write changes it. */
  private record Signature(long rows, long versions, OffsetDateTime latest) {}

  /**
   * A server reads everything once it has started, on a thread of its own, so that its first
   * visitor to a large team or a report does not wait for 3 million rows; commands do not.
   */
  @org.springframework.context.event.EventListener
  void warmUp(org.springframework.boot.context.event.ApplicationReadyEvent ready) {
    if (ready.getSpringApplication().getWebApplicationType()
        != org.springframework.boot.WebApplicationType.NONE) {
      Thread reader = new Thread(this::refreshQuietly, "rungs-agreed-statuses");
      reader.setDaemon(true);
      reader.start();
    }
  }

  private void refreshQuietly() {
    try {
      refresh();
    } catch (RuntimeException failed) {
      // The database may not be there yet; the first page that needs the statuses reads them.
      org.slf4j.LoggerFactory.getLogger(AgreedStatuses.class)
          .warn("could not read the agreed statuses ahead: {}", failed.toString());
    }
  }

  /** Brings the copy up to date with the database; the first call reads everything. */
  synchronized void refresh() {
    if (lookedAt == null) {
      loadAll();
      return;
    }
    // A failed look must not move the marks on: what it would have read is read next time.
    OffsetDateTime lookedBefore = lookedAt;
    long highestBefore = highestId;
    Map<Long, Signature> now;
    java.util.Set<Long> changed;
    try {
      now = changedInWindow();
      changed = new java.util.LinkedHashSet<>(newcomers());
      now.forEach(
          (person, signature) -> {
            if (!signature.equals(seen.get(person))) {
              changed.add(person);
            }
          });
      reload(new ArrayList<>(changed));
    } catch (RuntimeException failed) {
      lookedAt = lookedBefore;
      highestId = highestBefore;
      throw failed;
    }
    seen = now;
    if (!changed.isEmpty()) {
      generation++;
    }
  }

  /**
   * A number that changes whenever a refresh found a change: what reports about everyone, computed
   * once per change, are kept by.
   */
  synchronized long generation() {
    return generation;
  }

  /**
   * Who has rows changed since the window before the last look, and what those rows look like. The
   * database's clock, not this machine's, since rows carry the database's time.
   */
  private Map<Long, Signature> changedInWindow() {
    OffsetDateTime before = lookedAt;
    lookedAt =
        jdbc.sql("select current_timestamp")
            .query((rs, n) -> rs.getObject(1, OffsetDateTime.class))
            .single();
    Map<Long, Signature> now = new HashMap<>();
    jdbc.sql(
            "select person_id, count(*), sum(version), max(updated_at) from assessment"
                + " where updated_at > ? group by person_id")
        .param((before == null ? lookedAt : before).minus(WINDOW))
        .query(
            rs -> {
              now.put(
                  rs.getLong(1),
                  new Signature(
                      rs.getLong(2), rs.getLong(3), rs.getObject(4, OffsetDateTime.class)));
            });
    return now;
  }

  /**
   * The people added since the last look who have assessments, found by id rather than by time: the
   * demo writes people with rows dated long past, which the window would never see.
   */
  private List<Long> newcomers() {
    long top = highestId();
    if (top <= highestId) {
      return List.of();
    }
    List<Long> people =
        jdbc.sql("select distinct person_id from assessment where person_id > ?")
            .param(highestId)
            .query(Long.class)
            .list();
    highestId = top;
    return people;
  }

  private long highestId() {
    // Of people with assessments, not of people: the demo writes everyone first and their
    // assessments after, and a look in between must not pass over those still to come.
    return jdbc.sql("select coalesce(max(person_id), 0) from assessment")
        .query(Long.class)
        .single();
  }

  /** The agreed statuses of one person in one framework: missing ids were never agreed. */
  Map<CriterionId, AssessmentStatus> of(long personId, String framework) {
    PersonStatuses statuses = byPerson.get(personId);
    return statuses == null ? Map.of() : statuses.in(framework);
  }

  private void loadAll() {
    // What the window holds before everything is read: a write after this shows as a change.
    Map<Long, Signature> window;
    long top;
    Map<Long, List<Row>> rows = new HashMap<>();
    try {
      window = changedInWindow();
      top = highestId();
      jdbc.sql(
              "select person_id, framework, criterion_id, agreed_status from assessment"
                  + " where agreed_status is not null")
          .query((org.springframework.jdbc.core.RowCallbackHandler) rs -> collect(rs, rows));
    } catch (RuntimeException failed) {
      // Read everything again next time, rather than go on from a partial copy.
      lookedAt = null;
      throw failed;
    }
    seen = window;
    highestId = top;
    byPerson.clear();
    generation++;
    rows.forEach((person, list) -> byPerson.put(person, PersonStatuses.of(list)));
  }

  private void reload(List<Long> people) {
    // In slices: databases limit how many values one IN list may hold.
    for (int from = 0; from < people.size(); from += 1000) {
      List<Long> slice = people.subList(from, Math.min(people.size(), from + 1000));
      Map<Long, List<Row>> rows = new HashMap<>();
      jdbc.sql(
              "select person_id, framework, criterion_id, agreed_status from assessment"
                  + " where person_id in (:ids) and agreed_status is not null")
          .param("ids", slice)
          .query((org.springframework.jdbc.core.RowCallbackHandler) rs -> collect(rs, rows));
      for (Long person : slice) {
        List<Row> list = rows.get(person);
        if (list == null) {
          byPerson.remove(person);
        } else {
          byPerson.put(person, PersonStatuses.of(list));
        }
      }
    }
  }

  private record Row(String framework, String criterionId, AssessmentStatus status) {}

  private void collect(java.sql.ResultSet rs, Map<Long, List<Row>> rows)
      throws java.sql.SQLException {
    rows.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>())
        .add(
            new Row(
                interned.computeIfAbsent(rs.getString(2), s -> s),
                interned.computeIfAbsent(rs.getString(3), s -> s),
                AssessmentStatus.valueOf(rs.getString(4))));
  }

  /**
   * One person's agreed statuses in every framework they were assessed in, as sorted arrays: a few
   * bytes per status instead of a hash map entry, which for 3 million statuses is the difference
   * between tens and hundreds of megabytes.
   */
  private record PersonStatuses(String[] frameworks, String[] criterionIds, byte[] statuses) {

    static PersonStatuses of(List<Row> rows) {
      List<Row> sorted = new ArrayList<>(rows);
      sorted.sort(java.util.Comparator.comparing(Row::framework).thenComparing(Row::criterionId));
      String[] frameworks = new String[sorted.size()];
      String[] ids = new String[sorted.size()];
      byte[] statuses = new byte[sorted.size()];
      for (int i = 0; i < sorted.size(); i++) {
        frameworks[i] = sorted.get(i).framework();
        ids[i] = sorted.get(i).criterionId();
        statuses[i] = (byte) sorted.get(i).status().ordinal();
      }
      return new PersonStatuses(frameworks, ids, statuses);
    }

    Map<CriterionId, AssessmentStatus> in(String framework) {
      int from = -1;
      int to = -1;
      for (int i = 0; i < frameworks.length; i++) {
        if (frameworks[i].equals(framework)) {
          from = from < 0 ? i : from;
          to = i + 1;
        }
      }
      return from < 0 ? Map.of() : new Statuses(this, from, to);
    }
  }

  /** A read-only map over one framework's slice of a person's sorted arrays. */
  private static final class Statuses extends AbstractMap<CriterionId, AssessmentStatus> {
    private final PersonStatuses statuses;
    private final int from;
    private final int to;

    Statuses(PersonStatuses statuses, int from, int to) {
      this.statuses = statuses;
      this.from = from;
      this.to = to;
    }

    @Override
    public AssessmentStatus get(Object key) {
      if (!(key instanceof CriterionId id)) {
        return null;
      }
      int at = Arrays.binarySearch(statuses.criterionIds(), from, to, id.value());
      return at < 0 ? null : STATUSES[statuses.statuses()[at]];
    }

    @Override
    public boolean containsKey(Object key) {
      return get(key) != null;
    }

    @Override
    public AssessmentStatus getOrDefault(Object key, AssessmentStatus otherwise) {
      AssessmentStatus status = get(key);
      return status == null ? otherwise : status;
    }

    @Override
    public int size() {
      return to - from;
    }

    @Override
    public Set<Entry<CriterionId, AssessmentStatus>> entrySet() {
      Set<Entry<CriterionId, AssessmentStatus>> entries = new java.util.LinkedHashSet<>();
      for (int i = from; i < to; i++) {
        entries.add(
            Map.entry(
                new CriterionId(statuses.criterionIds()[i]), STATUSES[statuses.statuses()[i]]));
      }
      return entries;
    }
  }
}
