package org.rungs.progression;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.rungs.framework.CriterionId;
import org.rungs.framework.EditDistance;
import org.rungs.progression.CriterionMatching.Match;
import org.rungs.progression.CriterionMatching.Move;
import org.rungs.progression.CriterionMatching.Place;
import org.rungs.progression.CriterionMatching.Placed;
import org.rungs.progression.CriterionMatching.Reason;
import org.rungs.progression.CriterionMatching.Unmatched;

/** Works out one {@link CriterionMatching}, following the rules its Javadoc lists. */
final class CriterionMatcher {

  /** Below this, a criterion does not even resemble another: it was removed, not reworded. */
  private static final double RESEMBLES = 0.5;

  private record Located(Placed criterion, String words) {
    CriterionId id() {
      return criterion.id();
    }

    Place place() {
      return criterion.place();
    }
  }

  private final Map<CriterionId, Located> before;
  private final Map<CriterionId, Located> after;
  private final Map<CriterionId, Match> matched = new LinkedHashMap<>();
  private final Map<CriterionId, Unmatched> unmatched = new LinkedHashMap<>();

  /** New criteria taken by a match, or contested by several removed ones. */
  private final Set<CriterionId> spoken = new HashSet<>();

  CriterionMatcher(List<Placed> before, List<Placed> after) {
    this.before = index(before);
    this.after = index(after);
  }

  CriterionMatching match() {
    List<CriterionId> unchanged = new ArrayList<>();
    List<Move> moved = new ArrayList<>();
    List<Located> removed = new ArrayList<>();
    for (Located old : before.values()) {
      Located now = after.get(old.id());
      if (now == null) {
        removed.add(old);
        continue;
      }
      unchanged.add(old.id());
      if (!now.place().equals(old.place())) {
        moved.add(new Move(old.id(), old.place(), now.place()));
      }
    }
    List<Located> fresh =
        after.values().stream().filter(now -> !before.containsKey(now.id())).toList();
    sameWords(removed, fresh);
    reworded(
        removed.stream().filter(old -> !isDecided(old)).toList(),
        fresh.stream().filter(now -> !spoken.contains(now.id())).toList());
    List<Match> matches = new ArrayList<>();
    List<Unmatched> unmatches = new ArrayList<>();
    for (Located old : removed) {
      if (matched.containsKey(old.id())) {
        matches.add(matched.get(old.id()));
      } else {
        unmatches.add(unmatched.get(old.id()));
      }
    }
    Set<CriterionId> carriedTo = new HashSet<>();
    matches.forEach(match -> carriedTo.add(match.after()));
    List<CriterionId> added =
        fresh.stream().map(Located::id).filter(id -> !carriedTo.contains(id)).toList();
    return new CriterionMatching(unchanged, moved, matches, unmatches, added);
  }

  /** Rule 3: the same words, found once on each side, match wherever they are now. */
  private void sameWords(List<Located> removed, List<Located> fresh) {
    Map<String, List<Located>> removedByWords = byWords(removed);
    Map<String, List<Located>> freshByWords = byWords(fresh);
    for (Located old : removed) {
      List<Located> same = freshByWords.get(old.words());
      if (same == null) {
        continue;
      }
      same.forEach(now -> spoken.add(now.id()));
      int rivals = removedByWords.get(old.words()).size() - 1;
      if (same.size() == 1 && rivals == 0) {
        Located now = same.get(0);
        matched.put(old.id(), new Match(old.id(), now.id(), 1, sameWordsReason(old, now)));
      } else {
        unmatch(
            old,
            Reason.AMBIGUOUS,
            same,
            rivals == 0
                ? "its words are now in "
                    + same.size()
                    + " criteria ("
                    + String.join(", ", same.stream().map(now -> now.place().toString()).toList())
                    + ")"
                : "its words were in " + (rivals + 1) + " criteria; they cannot be told apart");
      }
    }
  }

  /** Rule 4: a clear best rewording at the same topic and level, both ways round. */
  private void reworded(List<Located> removed, List<Located> fresh) {
    Map<Place, List<Located>> freshByPlace = byPlace(fresh);
    Map<Place, List<Located>> removedByPlace = byPlace(removed);
    for (Located old : removed) {
      List<Located> ranked =
          freshByPlace.getOrDefault(old.place(), List.of()).stream()
              .sorted(Comparator.comparingDouble((Located now) -> -similarity(old, now)))
              .toList();
      double bestScore = ranked.isEmpty() ? 0 : similarity(old, ranked.get(0));
      if (bestScore < RESEMBLES) {
        unmatch(old, Reason.REMOVED, List.of(), "nothing at " + old.place() + " resembles it now");
      } else if (bestScore < CriterionMatching.ALIKE) {
        unmatch(
            old,
            Reason.REWORDED,
            ranked.subList(0, 1),
            "reworded beyond recognition: the closest now, \""
                + abbreviated(ranked.get(0))
                + "\", is "
                + percent(bestScore)
                + " alike");
      } else {
        matchIfClear(old, ranked, removedByPlace.get(old.place()));
      }
    }
  }

  /**
   * Matches {@code old} to the first of {@code ranked} unless another new criterion comes within
   * the margin of it, or another removed one comes as close to that new one.
   */
  private void matchIfClear(Located old, List<Located> ranked, List<Located> removedHere) {
    Located best = ranked.get(0);
    double score = similarity(old, best);
    double bar = score - CriterionMatching.MARGIN;
    List<Located> rivals = ranked.stream().filter(now -> similarity(old, now) >= bar).toList();
    Optional<Located> otherOld =
        removedHere.stream()
            .filter(other -> other != old && similarity(other, best) >= bar)
            .findFirst();
    if (rivals.size() > 1) {
      unmatch(
          old,
          Reason.AMBIGUOUS,
          rivals,
          rivals.size()
              + " new criteria match it about equally well: \""
              + String.join("\", \"", rivals.stream().map(CriterionMatcher::abbreviated).toList())
              + "\"");
    } else if (otherOld.isPresent()) {
      unmatch(
          old,
          Reason.AMBIGUOUS,
          rivals,
          "\""
              + abbreviated(best)
              + "\" matches it and \""
              + abbreviated(otherOld.get())
              + "\" about equally well");
    } else {
      String reason = "same topic and level, wording " + percent(score) + " alike";
      matched.put(old.id(), new Match(old.id(), best.id(), score, reason));
    }
  }

  private boolean isDecided(Located old) {
    return matched.containsKey(old.id()) || unmatched.containsKey(old.id());
  }

  private void unmatch(Located old, Reason reason, List<Located> candidates, String why) {
    unmatched.put(
        old.id(),
        new Unmatched(
            old.id(),
            old.criterion().text(),
            old.place(),
            reason,
            candidates.stream().map(Located::id).toList(),
            why));
  }

  private final Map<List<CriterionId>, Double> similarities = new HashMap<>();

  private double similarity(Located old, Located now) {
    return similarities.computeIfAbsent(
        List.of(old.id(), now.id()), key -> EditDistance.similarity(old.words(), now.words()));
  }

  private static String sameWordsReason(Located old, Located now) {
    String reason =
        old.criterion().text().strip().equalsIgnoreCase(now.criterion().text().strip())
            ? "same wording"
            : "same words; only case, punctuation or formatting changed";
    return now.place().equals(old.place())
        ? reason
        : reason + ", moved from " + old.place() + " to " + now.place();
  }

  private static Map<Place, List<Located>> byPlace(List<Located> criteria) {
    Map<Place, List<Located>> byPlace = new HashMap<>();
    criteria.forEach(
        located -> byPlace.computeIfAbsent(located.place(), p -> new ArrayList<>()).add(located));
    return byPlace;
  }

  private static Map<String, List<Located>> byWords(List<Located> criteria) {
    Map<String, List<Located>> byWords = new HashMap<>();
    criteria.forEach(
        located -> byWords.computeIfAbsent(located.words(), w -> new ArrayList<>()).add(located));
    return byWords;
  }

  private static Map<CriterionId, Located> index(List<Placed> criteria) {
    Map<CriterionId, Located> index = new LinkedHashMap<>();
    for (Placed criterion : criteria) {
      index.putIfAbsent(criterion.id(), new Located(criterion, Wording.words(criterion.text())));
    }
    return index;
  }

  private static String abbreviated(Located located) {
    String text = located.criterion().text().strip();
    return text.length() <= 80 ? text : text.substring(0, 79) + "…";
  }

  private static String percent(double score) {
    return Math.round(score * 100) + "%";
  }
}
