package org.rungs.app.demo;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.text.Normalizer;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.rungs.app.audit.AuditTrail;
import org.rungs.app.frameworks.FrameworkLibrary;
import org.rungs.app.people.Accounts;
import org.rungs.app.people.PersonRepository;
import org.rungs.app.people.Role;
import org.rungs.framework.Criterion;
import org.rungs.framework.Framework;
import org.rungs.framework.FrameworkKind;
import org.rungs.framework.FrameworkSet;
import org.rungs.framework.Topic;
import org.rungs.progression.AssessmentStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A made-up organisation, for trying Rungs out and for load tests: a reporting tree under one head,
 * teams by discipline, levels by seniority, assessments, evidence and check-ins, and a few accounts
 * to sign in with.
 *
 * <p>The people (names, emails, reporting lines, frameworks, levels) depend only on the number of
 * people and the seed; dates are relative to today. Everything is written in one transaction with
 * batched inserts, so 10,000 people take seconds, and a failure leaves the database empty.
 */
@Component
public class DemoOrganisation {

  public static final int MAX_PEOPLE = 100_000;
  public static final String ADMIN_EMAIL = "admin@example.com";

  /** How senior someone is, which decides their level. */
  public enum Seniority {
    /** The head of the organisation. */
    HEAD,
    /** Reports to the head and manages people. */
    DIRECTOR,
    /** Manages managers. */
    SENIOR_MANAGER,
    /** Manages a team of individual contributors. */
    MANAGER,
    /** An individual contributor reporting to a manager of managers. */
    SENIOR_CONTRIBUTOR,
    /** An individual contributor in a team. */
    CONTRIBUTOR
  }

  /**
   * One person of the planned organisation.
   *
   * @param id their id in the database
   * @param managerId their manager's id, or {@code null} for the head
   * @param depth how many managers are above them
   * @param targetLevel the target agreed in their latest check-in, or {@code null}
   */
  public record Planned(
      long id,
      Long managerId,
      int depth,
      String name,
      String email,
      String framework,
      int level,
      LocalDate levelSince,
      Integer targetLevel,
      List<String> badges,
      Seniority seniority) {}

  /** An account to try Rungs with, and its one-time password. */
  public record Login(String role, String name, String email, String oneTimePassword) {}

  /** What was made. */
  public record Summary(
      int people,
      int managers,
      int depth,
      long assessments,
      long evidence,
      long checkIns,
      long openCheckIns,
      Map<String, Integer> frameworks,
      List<Login> logins,
      Duration elapsed) {}

  /**
   * Why the demo cannot be made: the database already has people (the demo fills only an empty
   * one), or there is no framework with levels to place people in.
   */
  public static final class Refused extends IllegalStateException {
    Refused(String reason) {
      super(reason);
    }
  }

  /** The disciplines of the bundled frameworks and their share of the organisation. */
  private static final List<Map.Entry<String, Integer>> DISCIPLINES =
      List.of(
          Map.entry("/engineering/backend", 38),
          Map.entry("/engineering/web", 27),
          Map.entry("/data/data-science", 18),
          Map.entry("/design/product-design", 17));

  private static final String BADGE = "/engineering/security-champion";
  private static final int MAX_SPAN = 9;
  private static final int MIN_SPAN = 4;
  private static final int BATCH = 1000;
  private static final int CHUNK = 1000;

  private final JdbcTemplate jdbc;
  private final TransactionTemplate transactions;
  private final FrameworkLibrary frameworks;
  private final PersonRepository people;
  private final Accounts accounts;
  private final AuditTrail audit;
  private final Clock clock;

  public DemoOrganisation(
      JdbcTemplate jdbc,
      PlatformTransactionManager transactionManager,
      FrameworkLibrary frameworks,
      PersonRepository people,
      Accounts accounts,
      AuditTrail audit) {
    this.jdbc = jdbc;
    this.transactions = new TransactionTemplate(transactionManager);
    this.frameworks = frameworks;
    this.people = people;
    this.accounts = accounts;
    this.audit = audit;
    this.clock = Clock.systemDefaultZone();
  }

  /**
   * Fills the empty database with {@code count} people, plus the admin account.
   *
   * @param progress told now and then how far it got, in words
   * @throws Refused if the database already has people, or there are no frameworks with levels
   * @throws IllegalArgumentException if {@code count} is not 1 to {@value #MAX_PEOPLE}
   */
  public Summary generate(int count, long seed, Consumer<String> progress) {
    long started = System.nanoTime();
    LocalDate today = LocalDate.now(clock);
    Catalogue catalogue = catalogue(frameworks.current().set());
    List<Planned> planned = plan(catalogue, count, seed, today);
    long existing = people.count();
    if (existing > 0) {
      throw new Refused(
          "the database already has "
              + existing
              + (existing == 1 ? " person" : " people")
              + "; the demo fills only an empty database (choose a new --data folder, or an empty database for --db-url)");
    }
    Writer writer = new Writer(catalogue, seed, today);
    List<Login> logins;
    try {
      // A commit every few thousand rows: H2 slows down badly in one huge transaction (measured:
      // 10,000 people take 43 s in one, 13 s in chunks of 1,000).
      for (int from = 0; from < count; from += CHUNK) {
        List<Planned> chunk = planned.subList(from, Math.min(count, from + CHUNK));
        transactions.executeWithoutResult(
            status -> {
              chunk.forEach(writer::person);
              writer.flush();
            });
      }
      progress.accept("people " + count + "/" + count + " written");
      int step = Math.max(CHUNK, (count / 10 + CHUNK - 1) / CHUNK * CHUNK);
      for (int from = 0; from < count; from += CHUNK) {
        int to = Math.min(count, from + CHUNK);
        List<Planned> chunk = planned.subList(from, to);
        transactions.executeWithoutResult(
            status -> {
              chunk.forEach(writer::activity);
              writer.flush();
            });
        if (to % step == 0 && to < count) {
          progress.accept(
              "people %d/%d: %d assessments, %d evidence, %d check-ins"
                  .formatted(
                      to,
                      count,
                      writer.counts.assessments,
                      writer.counts.evidence,
                      writer.counts.checkIns));
        }
      }
      // The rows were given their ids; the identity columns go on after them.
      restartIdentity("person");
      restartIdentity("evidence");
      restartIdentity("check_in");
      progress.accept("all rows written; making the sign-in accounts");
      logins =
          transactions.execute(
              status -> {
                audit.record(
                    null,
                    "demo",
                    "organisation",
                    "generated",
                    null,
                    count + " people, seed " + seed);
                return logins(planned);
              });
    } catch (RuntimeException failed) {
      try {
        removePartial(count);
      } catch (RuntimeException alsoFailed) {
        failed.addSuppressed(alsoFailed);
      }
      throw failed;
    }
    Map<String, Integer> byFramework = new LinkedHashMap<>();
    Set<Long> managers = new HashSet<>();
    int depth = 0;
    for (Planned person : planned) {
      byFramework.merge(person.framework(), 1, Integer::sum);
      if (person.managerId() != null) {
        managers.add(person.managerId());
      }
      depth = Math.max(depth, person.depth());
    }
    return new Summary(
        count,
        managers.size(),
        depth,
        writer.counts.assessments,
        writer.counts.evidence,
        writer.counts.checkIns,
        writer.counts.openCheckIns,
        byFramework,
        logins,
        Duration.ofNanos(System.nanoTime() - started));
  }

  /**
   * Takes out what a failed run wrote, so that the database is empty again: the demo's people have
   * ids 1 to {@code count}, and everything else it wrote hangs off them.
   */
  private void removePartial(int count) {
    transactions.executeWithoutResult(
        status -> {
          for (String delete :
              List.of(
                  "delete from check_in_focus where check_in_id in"
                      + " (select id from check_in where person_id <= ?)",
                  "delete from check_in where person_id <= ?",
                  "delete from evidence_criterion where evidence_id in"
                      + " (select id from evidence where person_id <= ?)",
                  "delete from evidence where person_id <= ?",
                  "delete from assessment where person_id <= ?",
                  "delete from person_badge where person_id <= ?",
                  "delete from api_token where person_id <= ?",
                  "update person set manager_id = null where id <= ?",
                  "delete from person where id <= ?")) {
            jdbc.update(delete, (long) count);
          }
          jdbc.update(
              "delete from api_token where person_id in"
                  + " (select id from person where email = ?)",
              ADMIN_EMAIL);
          jdbc.update("delete from person where email = ?", ADMIN_EMAIL);
        });
  }

  /** The people {@link #generate} would make, without writing anything. */
  public List<Planned> plan(int count, long seed) {
    return plan(catalogue(frameworks.current().set()), count, seed, LocalDate.now(clock));
  }

  // ---- Planning the people ----

  private static List<Planned> plan(Catalogue catalogue, int count, long seed, LocalDate today) {
    if (count < 1 || count > MAX_PEOPLE) {
      throw new IllegalArgumentException(
          "the number of people must be 1 to " + MAX_PEOPLE + ", not " + count);
    }
    Random random = new Random(seed);
    Tree tree = Tree.grow(count, random);
    List<Planned> planned = new ArrayList<>(count);
    Map<String, Integer> emails = new HashMap<>();
    int[] discipline = new int[count];
    int nextDiscipline = 0;
    for (int i = 0; i < count; i++) {
      int parent = tree.parent[i];
      if (parent < 0) {
        discipline[i] = 0;
      } else if (parent == 0) {
        // The head's reports lead the disciplines in turn, in proportion to their shares.
        discipline[i] =
            tree.reports[i] > 0
                ? catalogue.disciplineInTurn(nextDiscipline++)
                : catalogue.randomDiscipline(random);
      } else {
        discipline[i] = discipline[parent];
      }
      Framework framework = catalogue.disciplines.get(discipline[i]);
      Seniority seniority = seniority(tree, i);
      int level = level(seniority, framework.levels(), random);
      String first = Names.FIRST.get(random.nextInt(Names.FIRST.size()));
      String last = Names.LAST.get(random.nextInt(Names.LAST.size()));
      String base = ascii(first) + "." + ascii(last);
      int seen = emails.merge(base, 1, Integer::sum);
      String email = (seen == 1 ? base : base + "." + seen) + "@example.com";
      LocalDate since = today.minusDays(14 + random.nextInt(4 * 365 - 14));
      Integer target = null;
      if (parent >= 0 && random.nextInt(100) < 88) {
        target = level < framework.levels() && random.nextInt(100) < 65 ? level + 1 : level;
      }
      List<String> badges =
          catalogue.badge != null
                  && framework.path().startsWith("/engineering/")
                  && random.nextInt(100) < 9
              ? List.of(catalogue.badge)
              : List.of();
      planned.add(
          new Planned(
              i + 1L,
              parent < 0 ? null : parent + 1L,
              tree.depth[i],
              first + " " + last,
              email,
              framework.path(),
              level,
              since,
              target,
              badges,
              seniority));
    }
    return planned;
  }

  private static Seniority seniority(Tree tree, int i) {
    if (tree.parent[i] < 0) {
      return Seniority.HEAD;
    }
    if (tree.reports[i] > 0) {
      if (tree.parent[i] == 0) {
        return Seniority.DIRECTOR;
      }
      return tree.managesManagers[i] ? Seniority.SENIOR_MANAGER : Seniority.MANAGER;
    }
    return tree.managesManagers[tree.parent[i]]
        ? Seniority.SENIOR_CONTRIBUTOR
        : Seniority.CONTRIBUTOR;
  }

  /** A level for someone this senior in a framework of {@code levels} levels. */
  private static int level(Seniority seniority, int levels, Random random) {
    int roll = random.nextInt(100);
    int level =
        switch (seniority) {
          case HEAD -> levels;
          case DIRECTOR -> roll < 60 ? levels - 1 : levels;
          case SENIOR_MANAGER, SENIOR_CONTRIBUTOR -> roll < 50 ? levels - 1 : levels - 2;
          case MANAGER -> roll < 50 ? levels - 2 : roll < 75 ? levels - 1 : levels - 3;
          case CONTRIBUTOR -> contributorLevel(levels, random);
        };
    return Math.max(1, Math.min(levels, level));
  }

  /** Most contributors in the lower middle levels, a few at the very top. */
  private static int contributorLevel(int levels, Random random) {
    double centre = 1 + 0.38 * (levels - 1);
    double spread = Math.max(0.8, levels / 5.0);
    double[] weights = new double[levels];
    double total = 0;
    for (int level = 1; level <= levels; level++) {
      double distance = (level - centre) / spread;
      weights[level - 1] = Math.exp(-distance * distance / 2);
      total += weights[level - 1];
    }
    double pick = random.nextDouble() * total;
    for (int level = 1; level <= levels; level++) {
      pick -= weights[level - 1];
      if (pick <= 0) {
        return level;
      }
    }
    return levels;
  }

  private static String ascii(String name) {
    return Normalizer.normalize(name, Normalizer.Form.NFD)
        .toLowerCase(Locale.ROOT)
        .replaceAll("[^a-z]", "");
  }

  /**
   * The reporting tree: everyone but the head has a manager, and managers have 4 to 9 reports
   * (fewer only for the head of an organisation of less than 5). It is up to 3 managers deep for up
   * to 820 people, 4 for up to 7,381 and 5 for up to 66,430; spans are random, so some branches are
   * shallower. Index 0 is the head; a manager comes before their reports.
   */
  static final class Tree {
    final int[] parent;
    final int[] depth;
    final int[] reports;
    final boolean[] managesManagers;
    private int size;

    private Tree(int count) {
      parent = new int[count];
      depth = new int[count];
      reports = new int[count];
      managesManagers = new boolean[count];
    }

    static Tree grow(int count, Random random) {
      Tree tree = new Tree(count);
      int levels = 3;
      while (capacity(levels) < count - 1) {
        levels++;
      }
      tree.parent[0] = -1;
      tree.size = 1;
      // Breadth first, so that every manager gets a smaller index than their reports.
      ArrayDeque<int[]> waiting = new ArrayDeque<>();
      waiting.add(new int[] {0, count - 1, levels});
      while (!waiting.isEmpty()) {
        int[] next = waiting.poll();
        tree.split(next[0], next[1], next[2], random, waiting);
      }
      return tree;
    }

    /** How many people fit below a manager with {@code levels} levels below them. */
    static long capacity(int levels) {
      long below = 0;
      for (int i = 0; i < levels; i++) {
        below = MAX_SPAN * (1 + below);
      }
      return below;
    }

    /** Gives {@code manager} reports for the {@code below} people under them. */
    private void split(int manager, int below, int levels, Random random, Deque<int[]> waiting) {
      if (below == 0) {
        return;
      }
      if (below <= MAX_SPAN) {
        for (int i = 0; i < below; i++) {
          add(manager);
        }
        return;
      }
      long childCapacity = capacity(levels - 1);
      // Choose the span k and how many of the k manage people themselves (m); prefer at most two
      // individual contributors directly under a manager of managers, and none under the head.
      int preferredContributors = manager == 0 ? 0 : 2;
      List<int[]> preferred = new ArrayList<>();
      List<int[]> fallback = new ArrayList<>();
      for (int k = MIN_SPAN; k <= MAX_SPAN; k++) {
        for (int m = 1; m <= k; m++) {
          long rest = below - k;
          if (rest >= (long) MIN_SPAN * m && rest <= m * childCapacity) {
            (k - m <= preferredContributors ? preferred : fallback).add(new int[] {k, m});
          }
        }
      }
      int[] choice;
      if (!preferred.isEmpty()) {
        choice = preferred.get(random.nextInt(preferred.size()));
      } else if (!fallback.isEmpty()) {
        fallback.sort((a, b) -> Integer.compare(a[0] - a[1], b[0] - b[1]));
        choice = fallback.get(0);
      } else {
        choice = new int[] {below, 0};
      }
      int span = choice[0];
      int managers = choice[1];
      int[] shares = shares(below - span, managers, (int) Math.min(childCapacity, below), random);
      managesManagers[manager] = managers > 0;
      for (int i = 0; i < managers; i++) {
        int child = add(manager);
        waiting.add(new int[] {child, shares[i], levels - 1});
      }
      for (int i = managers; i < span; i++) {
        add(manager);
      }
    }

    /** Splits {@code total} into {@code parts} shares of at least 4 and at most {@code max}. */
    private static int[] shares(int total, int parts, int max, Random random) {
      int[] shares = new int[parts];
      if (parts == 0) {
        return shares;
      }
      double[] weights = new double[parts];
      for (int i = 0; i < parts; i++) {
        shares[i] = MIN_SPAN;
        weights[i] = 0.6 + 0.8 * random.nextDouble();
      }
      int left = total - MIN_SPAN * parts;
      while (left > 0) {
        double open = 0;
        for (int i = 0; i < parts; i++) {
          if (shares[i] < max) {
            open += weights[i];
          }
        }
        int given = 0;
        for (int i = 0; i < parts; i++) {
          if (shares[i] < max) {
            int add = (int) Math.min(max - shares[i], Math.floor(left * weights[i] / open));
            shares[i] += add;
            given += add;
          }
        }
        if (given == 0) {
          for (int i = 0; i < parts && given < left; i++) {
            if (shares[i] < max) {
              shares[i]++;
              given++;
            }
          }
        }
        left -= given;
      }
      return shares;
    }

    private int add(int manager) {
      int child = size++;
      parent[child] = manager;
      depth[child] = depth[manager] + 1;
      reports[manager]++;
      return child;
    }
  }

  // ---- Frameworks ----

  /** The frameworks people are placed in, and their criteria by level. */
  private static final class Catalogue {
    final List<Framework> disciplines = new ArrayList<>();
    final List<Integer> shares = new ArrayList<>();
    final Map<String, List<List<Criterion>>> criteria = new HashMap<>();
    String badge;
    private int[] turns;

    int disciplineInTurn(int turn) {
      if (turns == null) {
        // Each once, then in proportion to their shares: backend, web, data, design, backend...
        List<Integer> sequence = new ArrayList<>();
        for (int i = 0; i < disciplines.size(); i++) {
          sequence.add(i);
        }
        int total = shares.stream().mapToInt(Integer::intValue).sum();
        double[] credit = new double[disciplines.size()];
        for (int step = 0; step < 20; step++) {
          int best = 0;
          for (int i = 0; i < credit.length; i++) {
            credit[i] += (double) shares.get(i) / total;
            if (credit[i] > credit[best]) {
              best = i;
            }
          }
          credit[best] -= 1;
          sequence.add(best);
        }
        turns = sequence.stream().mapToInt(Integer::intValue).toArray();
      }
      return turns[turn % turns.length];
    }

    int randomDiscipline(Random random) {
      int total = shares.stream().mapToInt(Integer::intValue).sum();
      int pick = random.nextInt(total);
      for (int i = 0; i < shares.size(); i++) {
        pick -= shares.get(i);
        if (pick < 0) {
          return i;
        }
      }
      return 0;
    }

    /** The criteria at {@code level}; empty outside the framework's levels. */
    List<Criterion> at(String framework, int level) {
      List<List<Criterion>> byLevel = criteria.get(framework);
      return level < 1 || level > byLevel.size() ? List.of() : byLevel.get(level - 1);
    }
  }

  private static Catalogue catalogue(FrameworkSet set) {
    Catalogue catalogue = new Catalogue();
    for (Map.Entry<String, Integer> discipline : DISCIPLINES) {
      set.find(discipline.getKey())
          .filter(f -> f.kind() == FrameworkKind.LEVELLED && f.levels() >= 2)
          .ifPresent(
              f -> {
                catalogue.disciplines.add(f);
                catalogue.shares.add(discipline.getValue());
              });
    }
    if (catalogue.disciplines.isEmpty()) {
      // Someone's own frameworks: use every levelled one with a few levels, equally.
      for (Framework framework : set.frameworks()) {
        if (framework.kind() == FrameworkKind.LEVELLED
            && framework.levels() >= 3
            && !framework.isGeneric()) {
          catalogue.disciplines.add(framework);
          catalogue.shares.add(1);
        }
      }
    } else {
      catalogue.badge =
          set.find(BADGE)
              .filter(f -> f.kind() == FrameworkKind.LEVELLED)
              .map(f -> BADGE)
              .orElse(null);
    }
    if (catalogue.disciplines.isEmpty()) {
      throw new Refused(
          "there is no framework with levels to place people in: the demo needs at least one");
    }
    for (Framework framework : catalogue.disciplines) {
      List<List<Criterion>> byLevel = new ArrayList<>();
      for (int level = 1; level <= framework.levels(); level++) {
        Map<String, Criterion> unique = new LinkedHashMap<>();
        for (Topic topic : framework.topics()) {
          for (Criterion criterion : topic.criteriaAt(level)) {
            unique.putIfAbsent(criterion.id().value(), criterion);
          }
        }
        byLevel.add(List.copyOf(unique.values()));
      }
      catalogue.criteria.put(framework.path(), byLevel);
    }
    return catalogue;
  }

  // ---- Writing ----

  /** Counts of what was written. */
  private static final class Counts {
    long assessments;
    long evidence;
    long checkIns;
    long openCheckIns;
  }

  /**
   * Writes people and what they did, in batches; {@link #flush} before each commit. Ids are given
   * here, counting from 1, so that rows can refer to each other without reading keys back.
   */
  private final class Writer {
    private final Catalogue catalogue;
    private final LocalDate today;
    private final Random random;
    private final Counts counts = new Counts();
    private long evidenceId;
    private long checkInId;
    private final Batch persons =
        new Batch(
            jdbc,
            "insert into person (id, email, name, manager_id, framework, level, level_since,"
                + " target_level, role) values (?, ?, ?, ?, ?, ?, ?, ?, 'MEMBER')",
            Types.BIGINT,
            Types.VARCHAR,
            Types.VARCHAR,
            Types.BIGINT,
            Types.VARCHAR,
            Types.INTEGER,
            Types.DATE,
            Types.INTEGER);
    private final Batch badges =
        new Batch(
                jdbc,
                "insert into person_badge (person_id, framework) values (?, ?)",
                Types.BIGINT,
                Types.VARCHAR)
            .after(persons);
    private final Batch assessments =
        new Batch(
            jdbc,
            "insert into assessment (person_id, framework, criterion_id, criterion_text,"
                + " self_status, self_note, manager_status, manager_note, agreed_status,"
                + " agreed_note, version, updated_at, updated_by)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            Types.BIGINT,
            Types.VARCHAR,
            Types.VARCHAR,
            Types.VARCHAR,
            Types.VARCHAR,
            Types.VARCHAR,
            Types.VARCHAR,
            Types.VARCHAR,
            Types.VARCHAR,
            Types.VARCHAR,
            Types.INTEGER,
            Types.TIMESTAMP_WITH_TIMEZONE,
            Types.BIGINT);
    private final Batch evidence =
        new Batch(
            jdbc,
            "insert into evidence (id, person_id, note, link, happened_on, created_at, created_by)"
                + " values (?, ?, ?, ?, ?, ?, ?)",
            Types.BIGINT,
            Types.BIGINT,
            Types.VARCHAR,
            Types.VARCHAR,
            Types.DATE,
            Types.TIMESTAMP_WITH_TIMEZONE,
            Types.BIGINT);
    private final Batch evidenceCriteria =
        new Batch(
                jdbc,
                "insert into evidence_criterion (evidence_id, criterion_id) values (?, ?)",
                Types.BIGINT,
                Types.VARCHAR)
            .after(evidence);
    private final Batch checkIns =
        new Batch(
            jdbc,
            "insert into check_in (id, person_id, framework, state, started_by, started_at,"
                + " agreed_by, agreed_at, target_level, summary, version)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            Types.BIGINT,
            Types.BIGINT,
            Types.VARCHAR,
            Types.VARCHAR,
            Types.BIGINT,
            Types.TIMESTAMP_WITH_TIMEZONE,
            Types.BIGINT,
            Types.TIMESTAMP_WITH_TIMEZONE,
            Types.INTEGER,
            Types.VARCHAR,
            Types.INTEGER);
    private final Batch focus =
        new Batch(
                jdbc,
                "insert into check_in_focus (check_in_id, criterion_id) values (?, ?)",
                Types.BIGINT,
                Types.VARCHAR)
            .after(checkIns);
    private final List<Batch> batches =
        List.of(persons, badges, assessments, evidence, evidenceCriteria, checkIns, focus);

    Writer(Catalogue catalogue, long seed, LocalDate today) {
      this.catalogue = catalogue;
      this.today = today;
      this.random = new Random(seed * 7919 + 17);
    }

    void person(Planned person) {
      persons.add(
          person.id(),
          person.email(),
          person.name(),
          person.managerId(),
          person.framework(),
          person.level(),
          person.levelSince(),
          person.targetLevel());
      for (String badge : person.badges()) {
        badges.add(person.id(), badge);
      }
    }

    /** Their check-ins, assessments and evidence. */
    void activity(Planned person) {
      String framework = person.framework();
      int levels = catalogue.criteria.get(framework).size();
      List<Criterion> current = catalogue.at(framework, person.level());
      List<Criterion> next = catalogue.at(framework, person.level() + 1);
      boolean head = person.managerId() == null;
      // New joiners (no agreed check-in yet) have at most their own first views.
      boolean settled = person.targetLevel() != null;
      long assessor = head ? person.id() : person.managerId();
      OffsetDateTime lastAgreed = null;

      // Check-ins: 1 to 3 agreed ones a season apart, the latest giving the target level.
      if (settled) {
        int agreed = 1 + random.nextInt(3);
        LocalDate start = today.minusDays(30 + random.nextInt(90));
        List<Object[]> newestFirst = new ArrayList<>();
        for (int i = 0; i < agreed; i++) {
          OffsetDateTime startedAt = at(start, random);
          OffsetDateTime agreedAt = at(start.plusDays(5 + random.nextInt(20)), random);
          if (lastAgreed == null) {
            lastAgreed = agreedAt;
          }
          Integer target =
              i == 0
                  ? person.targetLevel()
                  : Math.min(levels, person.level() + (random.nextInt(100) < 50 ? 1 : 0));
          newestFirst.add(
              new Object[] {
                person.managerId(), startedAt, agreedAt, target, pick(Templates.SUMMARIES, random)
              });
          start = start.minusDays(80 + random.nextInt(100));
        }
        for (int i = newestFirst.size() - 1; i >= 0; i--) {
          Object[] c = newestFirst.get(i);
          long id = ++checkInId;
          checkIns.add(id, person.id(), framework, "AGREED", c[0], c[1], c[0], c[2], c[3], c[4], 3);
          List<Criterion> growth = next.isEmpty() ? current : next;
          for (Criterion criterion : some(growth, 1 + random.nextInt(2), random)) {
            focus.add(id, criterion.id().value());
          }
          counts.checkIns++;
        }
      }
      // An open check-in for some: a quarter of the settled, half of the new joiners.
      if (!head && random.nextInt(100) < (settled ? 25 : 50)) {
        int roll = random.nextInt(100);
        String state =
            !settled || roll < 50
                ? "SELF_ASSESSMENT"
                : roll < 80 ? "MANAGER_ASSESSMENT" : "AGREEING";
        checkIns.add(
            ++checkInId,
            person.id(),
            framework,
            state,
            random.nextInt(100) < 80 ? person.managerId() : person.id(),
            at(today.minusDays(1 + random.nextInt(21)), random),
            null,
            null,
            null,
            null,
            state.equals("SELF_ASSESSMENT") ? 0 : state.equals("MANAGER_ASSESSMENT") ? 1 : 2);
        counts.checkIns++;
        counts.openCheckIns++;
      }

      // Assessments: this level's criteria mostly demonstrated, the next level's mostly not yet.
      if (settled || head) {
        OffsetDateTime updatedAt =
            lastAgreed != null ? lastAgreed : at(today.minusDays(1 + random.nextInt(60)), random);
        for (int which = 0; which < 2; which++) {
          boolean atLevel = which == 0;
          for (Criterion criterion : atLevel ? current : next) {
            AssessmentStatus agreed = agreedStatus(atLevel, random);
            AssessmentStatus self = nearby(agreed, 75, true, random);
            AssessmentStatus manager = nearby(agreed, 90, false, random);
            String naNote = pick(Templates.NOT_APPLICABLE, random);
            String selfNote =
                self == AssessmentStatus.NOT_APPLICABLE
                    ? naNote
                    : random.nextInt(100) < 12 ? note(Templates.SELF_NOTES, random) : null;
            if (head) {
              assessments.add(
                  person.id(),
                  framework,
                  criterion.id().value(),
                  criterion.text(),
                  self.name(),
                  selfNote,
                  null,
                  null,
                  null,
                  null,
                  1,
                  updatedAt,
                  person.id());
            } else {
              String managerNote =
                  manager == AssessmentStatus.NOT_APPLICABLE
                      ? naNote
                      : random.nextInt(100) < 8 ? note(Templates.MANAGER_NOTES, random) : null;
              assessments.add(
                  person.id(),
                  framework,
                  criterion.id().value(),
                  criterion.text(),
                  self.name(),
                  selfNote,
                  manager.name(),
                  managerNote,
                  agreed.name(),
                  agreed == AssessmentStatus.NOT_APPLICABLE ? naNote : null,
                  3,
                  updatedAt,
                  assessor);
            }
            counts.assessments++;
          }
        }
      }

      // Evidence: a few items each, linked to 1 to 3 criteria of this level or the next.
      int items = settled ? 1 + random.nextInt(4) : random.nextInt(100) < 40 ? 1 : 0;
      List<Criterion> linkable = new ArrayList<>(current);
      linkable.addAll(next);
      for (int i = 0; i < items && !linkable.isEmpty(); i++) {
        long id = ++evidenceId;
        int daysAgo = 3 + random.nextInt(360);
        LocalDate happened = today.minusDays(daysAgo);
        String note = evidenceNote(framework, random);
        String link =
            random.nextInt(100) < 40
                ? "https://git.example.com/"
                    + Templates.SYSTEMS.get(random.nextInt(Templates.SYSTEMS.size()))
                    + "/pull/"
                    + (100 + random.nextInt(9000))
                : null;
        boolean byManager = !head && random.nextInt(100) < 15;
        evidence.add(
            id,
            person.id(),
            note,
            link,
            happened,
            at(happened.plusDays(random.nextInt(Math.min(10, daysAgo))), random),
            byManager ? person.managerId() : person.id());
        for (Criterion criterion : some(linkable, 1 + random.nextInt(3), random)) {
          evidenceCriteria.add(id, criterion.id().value());
        }
        counts.evidence++;
      }
    }

    void flush() {
      batches.forEach(Batch::flush);
    }
  }

  private static AssessmentStatus agreedStatus(boolean atLevel, Random random) {
    int roll = random.nextInt(1000);
    if (atLevel) {
      return roll < 820
          ? AssessmentStatus.DEMONSTRATED
          : roll < 950
              ? AssessmentStatus.WORKING_TOWARDS
              : roll < 985 ? AssessmentStatus.NOT_YET : AssessmentStatus.NOT_APPLICABLE;
    }
    return roll < 220
        ? AssessmentStatus.DEMONSTRATED
        : roll < 600
            ? AssessmentStatus.WORKING_TOWARDS
            : roll < 990 ? AssessmentStatus.NOT_YET : AssessmentStatus.NOT_APPLICABLE;
  }

  /**
   * A view close to the agreed one: the same {@code same}% of the time, otherwise one step away
   * (people rate themselves a little higher more often than lower).
   */
  private static AssessmentStatus nearby(
      AssessmentStatus agreed, int same, boolean optimistic, Random random) {
    if (agreed == AssessmentStatus.NOT_APPLICABLE || random.nextInt(100) < same) {
      return agreed;
    }
    boolean up = random.nextInt(100) < (optimistic ? 65 : 40);
    return switch (agreed) {
      case NOT_YET -> AssessmentStatus.WORKING_TOWARDS;
      case WORKING_TOWARDS -> up ? AssessmentStatus.DEMONSTRATED : AssessmentStatus.NOT_YET;
      case DEMONSTRATED -> AssessmentStatus.WORKING_TOWARDS;
      case NOT_APPLICABLE -> agreed;
    };
  }

  private static String evidenceNote(String framework, Random random) {
    List<String> own =
        switch (framework) {
          case "/engineering/backend" -> Templates.BACKEND;
          case "/engineering/web" -> Templates.WEB;
          case "/design/product-design" -> Templates.DESIGN;
          case "/data/data-science" -> Templates.DATA;
          default -> Templates.GENERAL;
        };
    return note(random.nextInt(100) < 55 ? own : Templates.GENERAL, random);
  }

  /** A template with its {system}, {screen}, {project} and {name} filled in. */
  private static String note(List<String> templates, Random random) {
    return pick(templates, random)
        .replace("{system}", pick(Templates.SYSTEMS, random))
        .replace("{screen}", pick(Templates.SCREENS, random))
        .replace("{project}", pick(Templates.PROJECTS, random))
        .replace("{name}", pick(Names.FIRST, random));
  }

  private static <T> T pick(List<T> items, Random random) {
    return items.get(random.nextInt(items.size()));
  }

  /** Up to {@code n} different items, in the list's order. */
  private static <T> List<T> some(List<T> items, int n, Random random) {
    if (items.size() <= n) {
      return items;
    }
    Set<Integer> chosen = new TreeSet<>();
    while (chosen.size() < n) {
      chosen.add(random.nextInt(items.size()));
    }
    List<T> some = new ArrayList<>(n);
    for (int i : chosen) {
      some.add(items.get(i));
    }
    return some;
  }

  /** A time during working hours on {@code day} (a day before today, so never in the future). */
  private static OffsetDateTime at(LocalDate day, Random random) {
    return OffsetDateTime.of(
        day, LocalTime.of(8 + random.nextInt(9), random.nextInt(60)), ZoneOffset.UTC);
  }

  private void restartIdentity(String table) {
    Long max = jdbc.queryForObject("select max(id) from " + table, Long.class);
    jdbc.execute(
        "alter table " + table + " alter column id restart with " + ((max == null ? 0 : max) + 1));
  }

  /** The admin, and a manager of managers, a manager and one of their reports to sign in as. */
  private List<Login> logins(List<Planned> planned) {
    List<Login> logins = new ArrayList<>();
    Accounts.NewAccount admin = accounts.addOrReset(ADMIN_EMAIL, "Demo Admin", Role.ADMIN);
    logins.add(new Login("admin", admin.person().name(), ADMIN_EMAIL, admin.oneTimePassword()));
    Map<Long, List<Planned>> reports = new HashMap<>();
    for (Planned person : planned) {
      if (person.managerId() != null) {
        reports.computeIfAbsent(person.managerId(), k -> new ArrayList<>()).add(person);
      }
    }
    // The first manager of a team (not of managers) under someone else, in the head's discipline
    // if there is one; failing that, anyone with reports.
    String first = planned.get(0).framework();
    Predicate<Planned> teamManager =
        p ->
            p.managerId() != null
                && reports.containsKey(p.id())
                && reports.get(p.id()).stream().noneMatch(r -> reports.containsKey(r.id()));
    Optional<Planned> manager =
        planned.stream()
            .filter(teamManager.and(p -> p.framework().equals(first)))
            .findFirst()
            .or(() -> planned.stream().filter(teamManager).findFirst())
            .or(() -> planned.stream().filter(p -> reports.containsKey(p.id())).findFirst());
    List<Planned> chosen = new ArrayList<>();
    List<String> roles = new ArrayList<>();
    if (manager.isEmpty()) {
      chosen.add(planned.get(0));
      roles.add("member");
    } else {
      Planned m = manager.get();
      if (m.managerId() != null) {
        chosen.add(planned.get((int) (m.managerId() - 1)));
        roles.add("manager of managers");
      }
      chosen.add(m);
      roles.add("manager");
      List<Planned> team = reports.get(m.id());
      chosen.add(
          team.stream()
              .filter(p -> p.targetLevel() != null && !reports.containsKey(p.id()))
              .findFirst()
              .orElse(team.get(0)));
      roles.add("member");
    }
    for (int i = 0; i < chosen.size(); i++) {
      Planned person = chosen.get(i);
      Accounts.NewAccount account = accounts.addOrReset(person.email(), null, Role.MEMBER);
      logins.add(new Login(roles.get(i), person.name(), person.email(), account.oneTimePassword()));
    }
    return logins;
  }

  /**
   * Rows for one insert statement, sent {@value #BATCH} at a time as a JDBC batch of statements
   * that insert {@value #ROWS_PER_STATEMENT} rows each: many fewer statements to execute, which
   * makes PostgreSQL several times faster and H2 faster too.
   */
  private static final class Batch {
    private static final int ROWS_PER_STATEMENT = 50;

    private final JdbcTemplate jdbc;
    private final String sql;
    private final String manyRowsSql;
    private final int[] types;
    private final List<Object[]> rows = new ArrayList<>(BATCH);
    private Batch parent;

    /**
     * @param sql an insert of one row, {@code insert into t (a, b) values (?, ?)}
     * @param types the SQL type of each parameter, for nulls
     */
    Batch(JdbcTemplate jdbc, String sql, int... types) {
      this.jdbc = jdbc;
      this.sql = sql;
      this.types = types;
      int values = sql.lastIndexOf(" values ");
      String row = sql.substring(values + " values ".length());
      this.manyRowsSql =
          sql.substring(0, values)
              + " values "
              + String.join(", ", Collections.nCopies(ROWS_PER_STATEMENT, row));
    }

    /** Makes {@code parent}'s rows, which these rows refer to, go first. */
    Batch after(Batch parent) {
      this.parent = parent;
      return this;
    }

    void add(Object... row) {
      rows.add(row);
      if (rows.size() == BATCH) {
        flush();
      }
    }

    void flush() {
      if (rows.isEmpty()) {
        return;
      }
      if (parent != null) {
        parent.flush();
      }
      int whole = rows.size() / ROWS_PER_STATEMENT * ROWS_PER_STATEMENT;
      List<Object[]> statements = new ArrayList<>();
      for (int first = 0; first < whole; first += ROWS_PER_STATEMENT) {
        Object[] values = new Object[ROWS_PER_STATEMENT * types.length];
        for (int i = 0; i < ROWS_PER_STATEMENT; i++) {
          System.arraycopy(rows.get(first + i), 0, values, i * types.length, types.length);
        }
        statements.add(values);
      }
      if (!statements.isEmpty()) {
        jdbc.batchUpdate(manyRowsSql, statements, statements.size(), this::set);
      }
      List<Object[]> rest = rows.subList(whole, rows.size());
      if (!rest.isEmpty()) {
        jdbc.batchUpdate(sql, rest, rest.size(), this::set);
      }
      rows.clear();
    }

    private void set(PreparedStatement statement, Object[] values) throws SQLException {
      for (int i = 0; i < values.length; i++) {
        if (values[i] == null) {
          statement.setNull(i + 1, types[i % types.length]);
        } else {
          statement.setObject(i + 1, values[i]);
        }
      }
    }
  }

  /** Names to make people from: common in many countries, so the demo looks like a real company. */
  private static final class Names {
    static final List<String> FIRST =
        List.of(
            "Aisha",
            "Akira",
            "Alejandro",
            "Amara",
            "Amelia",
            "Ana",
            "Andrei",
            "Anja",
            "Arjun",
            "Astrid",
            "Ben",
            "Bianca",
            "Carlos",
            "Chen",
            "Chloe",
            "Daniel",
            "Dev",
            "Diego",
            "Elena",
            "Emeka",
            "Emma",
            "Farah",
            "Fatima",
            "Felix",
            "Freya",
            "Gabriel",
            "Grace",
            "Hannah",
            "Hiroshi",
            "Ibrahim",
            "Ines",
            "Isla",
            "Ivan",
            "Jack",
            "Jamal",
            "Jana",
            "Javier",
            "Jin",
            "Jonas",
            "José",
            "Julia",
            "Kamal",
            "Karin",
            "Kofi",
            "Lars",
            "Laura",
            "Leila",
            "Liam",
            "Lina",
            "Lucas",
            "Lucía",
            "Maya",
            "Mateo",
            "Mei",
            "Mohammed",
            "Nadia",
            "Naomi",
            "Nia",
            "Nikolai",
            "Noah",
            "Nora",
            "Olga",
            "Omar",
            "Oscar",
            "Priya",
            "Rafael",
            "Rahul",
            "Rosa",
            "Ruth",
            "Sakura",
            "Samuel",
            "Sara",
            "Sean",
            "Sofia",
            "Sven",
            "Tariq",
            "Thomas",
            "Tomás",
            "Uma",
            "Valentina",
            "Wei",
            "Yara",
            "Yusuf",
            "Zainab",
            "Zoë");
    static final List<String> LAST =
        List.of(
            "Abebe",
            "Adeyemi",
            "Ahmed",
            "Andersen",
            "Bauer",
            "Becker",
            "Bianchi",
            "Brown",
            "Castro",
            "Chen",
            "Costa",
            "Das",
            "Dubois",
            "Eriksson",
            "Fernández",
            "Fischer",
            "García",
            "Gonzalez",
            "Gupta",
            "Hansen",
            "Hassan",
            "Hoffmann",
            "Hughes",
            "Ivanova",
            "Jansen",
            "Jensen",
            "Johnson",
            "Kaur",
            "Kelly",
            "Khan",
            "Kim",
            "Kowalski",
            "Kumar",
            "Larsen",
            "Lee",
            "Lopez",
            "Martin",
            "Meyer",
            "Mendes",
            "Moreau",
            "Müller",
            "Murphy",
            "Nakamura",
            "Nguyen",
            "Nielsen",
            "Novak",
            "Okafor",
            "O'Brien",
            "Olsen",
            "Park",
            "Patel",
            "Pereira",
            "Petrov",
            "Popescu",
            "Quinn",
            "Ramos",
            "Reyes",
            "Rossi",
            "Sato",
            "Schmidt",
            "Silva",
            "Singh",
            "Smith",
            "Suzuki",
            "Tan",
            "Taylor",
            "Thompson",
            "Torres",
            "Van Dijk",
            "Wagner",
            "Walsh",
            "Wang",
            "Watanabe",
            "Weber",
            "Williams",
            "Wilson",
            "Wong",
            "Yilmaz",
            "Young",
            "Zhang");
  }

  /** Words for notes, evidence and check-in summaries. */
  private static final class Templates {
    static final List<String> SYSTEMS =
        List.of(
            "payments",
            "checkout",
            "search",
            "notifications",
            "billing",
            "identity",
            "inventory",
            "reporting",
            "pricing",
            "onboarding");
    static final List<String> SCREENS =
        List.of(
            "sign-up",
            "checkout",
            "settings",
            "onboarding",
            "search results",
            "account",
            "invoice",
            "dashboard");
    static final List<String> PROJECTS =
        List.of("Atlas", "Beacon", "Compass", "Harbour", "Lighthouse", "Relay", "Meridian");
    static final List<String> GENERAL =
        List.of(
            "Led the incident review for the {system} outage",
            "Mentored {name} through their first months on the team",
            "Presented the {project} retrospective at the all-hands",
            "Ran the planning session for {project} and wrote up the decisions",
            "Wrote the onboarding guide for new joiners to the {system} team",
            "Paired with {name} for two weeks to get {project} over the line",
            "Interviewed eight candidates and wrote clear, timely feedback",
            "Stepped in as the {system} team's point of contact while {name} was away");
    static final List<String> BACKEND =
        List.of(
            "Moved {system} to the new message queue without downtime",
            "Cut the p99 latency of the {system} API from 800 ms to 120 ms",
            "Designed the retry and idempotency scheme for {system}",
            "Wrote the runbook for {system} failover and tested it in a game day",
            "Split the {system} database migration into safe, reversible steps",
            "Found and fixed the connection leak behind the {system} slowdowns");
    static final List<String> WEB =
        List.of(
            "Rebuilt the {screen} page so it passes the accessibility audit",
            "Reduced the JavaScript on the {screen} page by 40%",
            "Introduced visual regression tests for the design system",
            "Made the {screen} page usable on slow mobile connections",
            "Replaced the hand-rolled form validation on the {screen} page");
    static final List<String> DESIGN =
        List.of(
            "Ran five usability sessions on the {screen} flow and shared the findings",
            "Redesigned the {screen} flow with the {system} team",
            "Added dark-mode colour tokens to the design system",
            "Mapped the customer journey for {project} with support and sales",
            "Ran the design critique for the {screen} page");
    static final List<String> DATA =
        List.of(
            "Built the churn model the {system} team now uses each week",
            "Set up the A/B test for the {screen} page and wrote up the results",
            "Cleaned up the {system} event pipeline so the dashboards agree",
            "Explained the {project} forecast to the leadership team",
            "Added data quality checks to the {system} nightly jobs");
    static final List<String> SELF_NOTES =
        List.of(
            "I think the {project} work shows this",
            "See my evidence from the {system} work",
            "Not sure yet; I would like feedback on this",
            "Did this a few times last quarter, most clearly on {project}");
    static final List<String> MANAGER_NOTES =
        List.of(
            "Agreed; the {project} work was a good example",
            "Would like to see this more consistently",
            "Seen this clearly in the {system} work",
            "Let's look for an opportunity on {project}");
    static final List<String> NOT_APPLICABLE =
        List.of(
            "Not part of this role: the team has no on-call rota",
            "Not applicable while working on internal tools",
            "The team does not run its own customer research",
            "No public APIs in this area");
    static final List<String> SUMMARIES =
        List.of(
            "Good quarter. Agreed to focus on the areas below for the next level.",
            "Clear progress since the last check-in; the focus areas below are the gap to the next"
                + " level.",
            "Solid at the current level. Next: more visible work across teams.",
            "The evidence shows the current level well; picked two areas to grow in.",
            "A busy quarter with less time for growth; same focus areas as last time.");
  }
}
