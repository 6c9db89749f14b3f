package org.rungs.progression;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.rungs.framework.Criterion;
import org.rungs.framework.CriterionId;
import org.rungs.framework.Framework;
import org.rungs.framework.Topic;
import org.rungs.framework.TopicLevel;

/**
 * How the criteria of a framework file before an edit map to the criteria after it, so that
 * assessments (stored by {@link CriterionId}) are carried over where the match is clear and flagged
 * "changed since assessed" where it is not. Nothing is ever deleted: an unmatched criterion keeps
 * its assessments under its old id.
 *
 * <pre>{@code
 * CriterionMatching matching = CriterionMatching.between(before, after);
 * matching.carriedTo(oldId);   // Optional[craft-9b1c20de]: assess under this id from now on
 * matching.unmatched();        // criteria to show as "changed since assessed"
 * }</pre>
 *
 * <p>The rules, in order:
 *
 * <ol>
 *   <li><b>An id in both is unchanged</b>, whatever its text says now. An explicit id ({@code - id:
 *       "x"}) is the author's promise that it is the same behaviour; a derived id is the same
 *       wording in the same topic.
 *   <li><b>Moving level keeps the id; moving topic does not.</b> A derived id is made of the
 *       topic's name and the wording, not the level, so a criterion moved from level 2 to 3 of its
 *       topic keeps its id and its assessments (what the person showed has not changed, only where
 *       the framework expects it) and is listed in {@link #moved()}. One moved to another topic, or
 *       whose topic was renamed, gets a new id: rule 3 carries it over.
 *   <li><b>The same words, found once, match</b> wherever they are now: case, punctuation and
 *       Markdown marks aside, exactly one removed and one new criterion have them.
 *   <li><b>A reworded criterion matches</b> a new criterion of the same topic and level whose
 *       wording is at least {@value #ALIKE} alike (see {@code Wording} for the measure), if no
 *       other new criterion comes within {@value #MARGIN} of it, and no other removed criterion
 *       comes as close to that new one. Otherwise it is unmatched: Rungs never guesses.
 * </ol>
 *
 * <p>Immutable. Lists follow page order: the framework before for ids it had, after for new ones.
 *
 * @param unchanged ids in both frameworks, including moved ones
 * @param moved unchanged ids now at another topic or level
 * @param matched removed ids carried over to a new id
 * @param unmatched removed ids whose assessments are changed since assessed
 * @param added new ids nothing was carried over to
 */
public record CriterionMatching(
    List<CriterionId> unchanged,
    List<Move> moved,
    List<Match> matched,
    List<Unmatched> unmatched,
    List<CriterionId> added) {

  /** How alike a rewording must be to match. */
  public static final double ALIKE = 0.8;

  /** How much better than any rival a match must be; closer than this is ambiguous. */
  public static final double MARGIN = 0.1;

  public CriterionMatching {
    unchanged = List.copyOf(unchanged);
    moved = List.copyOf(moved);
    matched = List.copyOf(matched);
    unmatched = List.copyOf(unmatched);
    added = List.copyOf(added);
  }

  /** Where a criterion is in a framework: its topic's name and its level. */
  public record Place(String topic, int level) {
    public Place {
      Objects.requireNonNull(topic, "topic");
    }

    /** As messages say it: {@code "craft" level 2}. */
    @Override
    public String toString() {
      return "\"" + topic + "\" level " + level;
    }
  }

  /**
   * A criterion as matching sees it: its id, where it is, and its wording. This is all of a
   * framework version that needs keeping to match a later version against it.
   */
  public record Placed(CriterionId id, Place place, String text) {
    public Placed {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(place, "place");
      Objects.requireNonNull(text, "text");
    }

    /**
     * Every criterion of a framework in page order (topics, then levels), own and inherited; a
     * criterion listed twice counts where it first appears.
     */
    public static List<Placed> of(Framework framework) {
      List<Placed> placed = new java.util.ArrayList<>();
      for (Topic topic : framework.topics()) {
        for (TopicLevel level : topic.levels()) {
          for (Criterion criterion : level.criteria()) {
            placed.add(
                new Placed(
                    criterion.id(), new Place(topic.name(), level.level()), criterion.text()));
          }
        }
      }
      return List.copyOf(placed);
    }
  }

  /** A criterion that kept its id at another topic or level. */
  public record Move(CriterionId id, Place from, Place to) {}

  /**
   * A removed criterion carried over to a new one.
   *
   * @param similarity how alike the wordings are, from 0.8 to 1
   * @param reason why, e.g. {@code same topic and level, wording 93% alike}
   */
  public record Match(CriterionId before, CriterionId after, double similarity, String reason) {}

  /** Why a removed criterion was not carried over. */
  public enum Reason {
    /** Nothing at its topic and level resembles it now. */
    REMOVED,
    /** The closest criterion at its topic and level is too little alike to be sure. */
    REWORDED,
    /** Two or more criteria match about equally well. */
    AMBIGUOUS
  }

  /**
   * A removed criterion whose assessments are now "changed since assessed".
   *
   * @param text its wording before
   * @param place where it was
   * @param candidates the new criteria it most resembles (none when removed), for people to choose
   * @param explanation the reason in words, for pages and the CLI
   */
  public record Unmatched(
      CriterionId before,
      String text,
      Place place,
      Reason reason,
      List<CriterionId> candidates,
      String explanation) {
    public Unmatched {
      candidates = List.copyOf(candidates);
    }
  }

  /** Matches the criteria of two versions of a framework; pure, and never throws for content. */
  public static CriterionMatching between(Framework before, Framework after) {
    return between(Placed.of(before), Placed.of(after));
  }

  /**
   * Matches two versions of a framework's criteria, as {@link Placed#of} lists them; for a version
   * that is no longer on disk but was kept as this list.
   */
  public static CriterionMatching between(List<Placed> before, List<Placed> after) {
    return new CriterionMatcher(before, after).match();
  }

  /**
   * The id a criterion's assessments belong to after the edit: itself if unchanged, its match if
   * carried over, empty if it is unmatched or was never in the framework before.
   */
  public Optional<CriterionId> carriedTo(CriterionId before) {
    if (unchanged.contains(before)) {
      return Optional.of(before);
    }
    return matched.stream()
        .filter(match -> match.before().equals(before))
        .findFirst()
        .map(Match::after);
  }

  /**
   * Every id before that has one after: unchanged ids to themselves, matched ones to their match.
   */
  public Map<CriterionId, CriterionId> carryOver() {
    Map<CriterionId, CriterionId> carried = new LinkedHashMap<>();
    unchanged.forEach(id -> carried.put(id, id));
    matched.forEach(match -> carried.put(match.before(), match.after()));
    return java.util.Collections.unmodifiableMap(carried);
  }
}
