package org.rungs.framework;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Applies the {@code /generic} framework to another framework, as Monzo's site does: a topic whose
 * name matches a generic topic takes the generic title (and description) and, at each level, the
 * generic criteria after its own. Generic example criteria are not inherited. Also gives every
 * criterion its {@link CriterionId}.
 */
final class GenericInheritance {

  private GenericInheritance() {}

  /** A criterion's derived id depends on these alone ({@link CriterionId#derive}). */
  record DerivedKey(String topicName, String text) {}

  static Framework resolve(
      FrameworkDocument document, Optional<FrameworkDocument> generic, List<Problem> problems) {
    return resolve(document, generic, problems, new HashMap<>());
  }

  /**
   * As above, taking derived ids from {@code derivedIds} and adding the ones it derives, so that
   * frameworks inheriting the same generic criteria hash them once.
   */
  static Framework resolve(
      FrameworkDocument document,
      Optional<FrameworkDocument> generic,
      List<Problem> problems,
      Map<DerivedKey, CriterionId> derivedIds) {
    if (!document.levelled()) {
      return new Framework(document, List.of());
    }
    Map<String, WrittenTopic> genericTopics = new HashMap<>();
    generic
        .filter(candidate -> candidate != document && !document.isGeneric())
        .ifPresent(
            found ->
                found.topics().forEach(topic -> genericTopics.putIfAbsent(topic.name(), topic)));
    String genericPath = generic.map(FrameworkDocument::path).orElse(null);

    Ids ids = new Ids(document, problems, derivedIds);
    List<PendingTopic> pending = new ArrayList<>();
    for (WrittenTopic topic : document.topics()) {
      WrittenTopic inherited = genericTopics.get(topic.name());
      PendingTopic result = new PendingTopic(topic, inherited);
      for (int level = 1; level <= document.levels(); level++) {
        List<Pending> criteria = new ArrayList<>();
        for (LevelContent content : contentAt(topic, level)) {
          content
              .criteria()
              .forEach(
                  written -> criteria.add(ids.add(topic.name(), content.level(), written, null)));
        }
        for (LevelContent content : contentAt(topic, level)) {
          content
              .exampleCriteria()
              .forEach(
                  written -> criteria.add(ids.add(topic.name(), content.level(), written, null)));
        }
        if (inherited != null) {
          for (LevelContent content : contentAt(inherited, level)) {
            content
                .criteria()
                .forEach(
                    written ->
                        criteria.add(
                            ids.add(inherited.name(), content.level(), written, genericPath)));
          }
        }
        if (!criteria.isEmpty()) {
          result.levels().put(level, criteria);
        }
      }
      pending.add(result);
    }
    ids.assignDerived();
    return new Framework(document, pending.stream().map(PendingTopic::toTopic).toList());
  }

  private static List<LevelContent> contentAt(WrittenTopic topic, int level) {
    return topic.content().stream().filter(content -> content.level() == level).toList();
  }

  /**
   * A title for a topic that has none and no generic match: {@code problem-solving} → Problem
   * Solving.
   */
  static String titleFromName(String name) {
    String spaced = name.replaceAll("([a-z])([A-Z])", "$1 $2").replaceAll("[-_\\s]+", " ").strip();
    StringBuilder title = new StringBuilder();
    for (String word : spaced.split(" ")) {
      if (word.isEmpty()) {
        continue;
      }
      if (title.length() > 0) {
        title.append(' ');
      }
      title.append(word.substring(0, 1).toUpperCase(Locale.ROOT)).append(word.substring(1));
    }
    return title.length() == 0 ? name : title.toString();
  }

  private static String firstNonBlank(String... candidates) {
    for (String candidate : candidates) {
      if (candidate != null && !candidate.isBlank()) {
        return candidate.strip();
      }
    }
    return null;
  }

  /** A criterion waiting for its id: explicit ids are claimed first, derived ones after. */
  private static final class Pending {
    final String topicName;
    final int level;
    final WrittenCriterion written;
    final String from;
    CriterionId id;

    Pending(String topicName, int level, WrittenCriterion written, String from) {
      this.topicName = topicName;
      this.level = level;
      this.written = written;
      this.from = from;
    }

    Criterion toCriterion() {
      return new Criterion(id, written.text(), written.examples(), from);
    }
  }

  private record PendingTopic(
      WrittenTopic written, WrittenTopic inherited, Map<Integer, List<Pending>> levels) {
    PendingTopic(WrittenTopic written, WrittenTopic inherited) {
      this(written, inherited, new LinkedHashMap<>());
    }

    Topic toTopic() {
      String title =
          firstNonBlank(
              inherited == null ? null : inherited.title(),
              written.title(),
              titleFromName(written.name()));
      String description =
          firstNonBlank(inherited == null ? null : inherited.description(), written.description());
      List<TopicLevel> topicLevels = new ArrayList<>();
      levels.forEach(
          (level, criteria) ->
              topicLevels.add(
                  new TopicLevel(level, criteria.stream().map(Pending::toCriterion).toList())));
      return new Topic(written.name(), title, description, topicLevels);
    }
  }

  /** Hands out unique ids within one framework. */
  private static final class Ids {
    private final FrameworkDocument document;
    private final List<Problem> problems;
    private final Set<CriterionId> used = new HashSet<>();
    private final List<Pending> derived = new ArrayList<>();
    private final Map<DerivedKey, CriterionId> derivedIds;

    Ids(
        FrameworkDocument document,
        List<Problem> problems,
        Map<DerivedKey, CriterionId> derivedIds) {
      this.document = document;
      this.problems = problems;
      this.derivedIds = derivedIds;
    }

    Pending add(String topicName, int level, WrittenCriterion written, String from) {
      Pending pending = new Pending(topicName, level, written, from);
      if (written.id() == null) {
        derived.add(pending);
        return pending;
      }
      CriterionId explicit = new CriterionId(written.id());
      if (used.add(explicit)) {
        pending.id = explicit;
        return pending;
      }
      if (from == null) {
        Location at = written.location();
        problems.add(
            Problem.of(
                document.source(),
                at.line(),
                at.column(),
                ProblemCode.DUPLICATE_CRITERION_ID,
                "criterion id \"" + explicit + "\" is used twice; this one gets a derived id"));
      }
      derived.add(pending);
      return pending;
    }

    /**
     * Derived ids, own criteria before inherited ones, so that editing {@code /generic} never
     * changes the id of a framework's own criterion. The same wording twice in a topic is told
     * apart by its level, never by the order it was met in.
     */
    void assignDerived() {
      List<Pending> ordered = new ArrayList<>();
      derived.stream().filter(pending -> pending.from == null).forEach(ordered::add);
      derived.stream().filter(pending -> pending.from != null).forEach(ordered::add);
      for (Pending pending : ordered) {
        CriterionId id =
            derivedIds.computeIfAbsent(
                new DerivedKey(pending.topicName, pending.written.text()),
                key -> CriterionId.derive(key.topicName(), key.text()));
        CriterionId candidate = id;
        if (!used.add(candidate)) {
          String place = (pending.from == null ? "l" : "generic-l") + pending.level;
          candidate = id.withSuffix(place);
          for (int n = 2; !used.add(candidate); n++) {
            candidate = id.withSuffix(place + "-" + n);
          }
        }
        pending.id = candidate;
      }
    }
  }
}
