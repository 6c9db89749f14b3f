package org.rungs.app.promotion;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.rungs.app.assessments.Assessment;
import org.rungs.app.evidence.Evidence;
import org.rungs.app.people.Person;
import org.rungs.framework.Criterion;
import org.rungs.framework.Framework;
import org.rungs.framework.Topic;
import org.rungs.progression.AssessmentStatus;
import org.rungs.progression.Standing;

/**
 * The case for a person reaching a level: topic by topic, each criterion of the level with its
 * agreed status and the evidence logged for it, and the gaps: criteria not agreed as demonstrated,
 * or without evidence. Assembled from plain values, so it needs no database.
 *
 * @param standing where the person stands now, or {@code null} if their level is not set
 * @param level the level the case is for
 * @param topics the topics that have criteria at {@code level}, in framework order
 */
public record PromotionCase(
    Person person, Framework framework, Standing standing, int level, List<TopicCase> topics) {

  public PromotionCase {
    Objects.requireNonNull(person, "person");
    Objects.requireNonNull(framework, "framework");
    topics = List.copyOf(topics);
  }

  /** One topic's criteria at the level. */
  public record TopicCase(String title, List<CriterionCase> criteria) {
    public TopicCase {
      criteria = List.copyOf(criteria);
    }
  }

  /**
   * One criterion: its agreed status (or {@code null} if not agreed yet), the agreed note, and the
   * evidence for it, newest first.
   */
  public record CriterionCase(
      Criterion criterion, AssessmentStatus agreed, String agreedNote, List<Evidence> evidence) {
    public CriterionCase {
      evidence = List.copyOf(evidence);
    }

    public String id() {
      return criterion.id().value();
    }

    public boolean demonstrated() {
      return agreed == AssessmentStatus.DEMONSTRATED;
    }

    /** Agreed as not applicable in the person's role: neither counted nor a gap. */
    public boolean notApplicable() {
      return agreed == AssessmentStatus.NOT_APPLICABLE;
    }

    public boolean hasEvidence() {
      return !evidence.isEmpty();
    }

    /** Agreed as demonstrated and backed by evidence. */
    public boolean complete() {
      return demonstrated() && hasEvidence();
    }

    public boolean gap() {
      return !notApplicable() && !complete();
    }

    /** The agreed status in words: "demonstrated", "not agreed yet". */
    public String agreedLabel() {
      return agreed == null ? "not agreed yet" : agreed.label();
    }

    /** What is missing, in words; empty if nothing is. */
    public List<String> missing() {
      if (notApplicable()) {
        return List.of();
      }
      List<String> missing = new ArrayList<>(2);
      if (!demonstrated()) {
        missing.add(NOT_AGREED);
      }
      if (!hasEvidence()) {
        missing.add(NO_EVIDENCE);
      }
      return missing;
    }
  }

  public static final String NOT_AGREED = "Not yet agreed as demonstrated";
  public static final String NO_EVIDENCE = "No evidence yet";

  /**
   * Builds the case for {@code level}.
   *
   * @param assessments the person's assessments in {@code framework}
   * @param evidence the person's evidence, in any order (shown newest first)
   * @throws IllegalArgumentException if {@code level} is not a level of the framework
   */
  public static PromotionCase assemble(
      Person person,
      Framework framework,
      Standing standing,
      int level,
      List<Assessment> assessments,
      List<Evidence> evidence) {
    framework.requireLevel(level);
    Map<String, Assessment> byCriterion = new HashMap<>();
    for (Assessment assessment : assessments) {
      byCriterion.put(assessment.criterionId(), assessment);
    }
    List<Evidence> newestFirst =
        evidence.stream()
            .sorted(
                Comparator.comparing(Evidence::happenedOn).thenComparing(Evidence::id).reversed())
            .toList();
    List<TopicCase> topics = new ArrayList<>();
    for (Topic topic : framework.topics()) {
      List<Criterion> criteria = topic.criteriaAt(level);
      if (criteria.isEmpty()) {
        continue;
      }
      List<CriterionCase> cases = new ArrayList<>(criteria.size());
      for (Criterion criterion : criteria) {
        String id = criterion.id().value();
        Assessment assessment = byCriterion.get(id);
        cases.add(
            new CriterionCase(
                criterion,
                assessment == null ? null : assessment.agreed(),
                assessment == null ? null : assessment.agreedNote(),
                newestFirst.stream().filter(e -> e.criterionIds().contains(id)).toList()));
      }
      topics.add(new TopicCase(topic.title(), cases));
    }
    return new PromotionCase(person, framework, standing, level, topics);
  }

  public List<CriterionCase> criteria() {
    return topics.stream().flatMap(topic -> topic.criteria().stream()).toList();
  }

  /** The criteria that count: all but those agreed as not applicable. */
  public int counted() {
    return (int) criteria().stream().filter(c -> !c.notApplicable()).count();
  }

  public int complete() {
    return (int) criteria().stream().filter(CriterionCase::complete).count();
  }

  public int gaps() {
    return (int) criteria().stream().filter(CriterionCase::gap).count();
  }

  public int notApplicable() {
    return (int) criteria().stream().filter(CriterionCase::notApplicable).count();
  }

  /** E.g. "12 of 20 criteria demonstrated with evidence; 8 gaps". */
  public String summary() {
    String text =
        complete()
            + " of "
            + counted()
            + (counted() == 1 ? " criterion" : " criteria")
            + " demonstrated with evidence; "
            + gaps()
            + (gaps() == 1 ? " gap" : " gaps");
    return notApplicable() == 0 ? text : text + " (" + notApplicable() + " not applicable)";
  }

  /** A file name for downloads: ASCII letters, digits and dashes only. */
  public String fileName(String extension) {
    return "promotion-case-" + slug(person.name()) + "-level-" + level + "." + extension;
  }

  static String slug(String text) {
    String ascii =
        java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFD)
            .replaceAll("\\p{M}", "")
            .toLowerCase(java.util.Locale.ROOT)
            .replaceAll("[^a-z0-9]+", "-")
            .replaceAll("^-+|-+$", "");
    if (ascii.length() > 60) {
      ascii = ascii.substring(0, 60).replaceAll("-+$", "");
    }
    return ascii.isEmpty() ? "person" : ascii;
  }
}
