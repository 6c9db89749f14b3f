package org.rungs.app.history;

import jakarta.servlet.http.HttpServletRequest;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.rungs.app.assessments.ProgressionSettings;
import org.rungs.app.audit.AuditTrail;
import org.rungs.app.checkins.CheckIn;
import org.rungs.app.checkins.CheckIns;
import org.rungs.app.people.People;
import org.rungs.app.people.Person;
import org.rungs.app.people.PersonAccess;
import org.rungs.app.people.PersonViewer;
import org.rungs.app.system.HtmlPages;
import org.rungs.framework.Criterion;
import org.rungs.framework.Framework;
import org.rungs.progression.AssessmentStatus;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** A person's history page, for whoever sees the person. */
@RestController
class HistoryController {

  private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
  private static final Map<String, String> VIEWS =
      Map.of(
          "assess-self", "own view",
          "assess-manager", "manager's view",
          "assess-agreed", "agreed",
          "carried-over", "carried over from a reworded criterion");

  private final PersonAccess access;
  private final People people;
  private final CheckIns checkIns;
  private final AuditTrail audit;
  private final ProgressionSettings settings;
  private final HtmlPages pages;

  HistoryController(
      PersonAccess access,
      People people,
      CheckIns checkIns,
      AuditTrail audit,
      ProgressionSettings settings,
      HtmlPages pages) {
    this.access = access;
    this.people = people;
    this.checkIns = checkIns;
    this.audit = audit;
    this.settings = settings;
    this.pages = pages;
  }

  @GetMapping("/people/{id}/history/")
  ResponseEntity<String> page(
      @PathVariable long id, Authentication authentication, HttpServletRequest request) {
    Person viewer = access.viewer(authentication);
    Person person = access.require(viewer, id);
    Optional<Framework> framework = people.frameworkOf(person);
    List<AuditTrail.Numbered> changes = audit.withIdPrefix("assessment", person.id() + ":");
    var levels = people.levelHistory(person);
    List<StandingPoint> points = List.of();
    if (framework.isPresent()) {
      List<StandingOverTime.Agreement> agreements = new ArrayList<>();
      List<CheckIn> agreed =
          checkIns.history(person).stream()
              .filter(checkIn -> checkIn.agreedAt() != null)
              .filter(checkIn -> checkIn.framework().equals(framework.get().path()))
              .sorted(java.util.Comparator.comparing(CheckIn::agreedAt))
              .toList();
      for (CheckIn checkIn : agreed) {
        agreements.add(
            new StandingOverTime.Agreement(
                checkIn.agreedAt().atZoneSameInstant(ZoneOffset.UTC).toLocalDate(),
                agreementNumber(checkIn)));
      }
      points =
          StandingOverTime.of(
              framework.get(), person.level(), agreements, changes, levels, settings.thresholds());
    }
    String url = "/people/" + id + "/history/";
    return pages.render(
        "history/history.jte",
        new HistoryPage(
            pages.chrome("History: " + person.name(), url, PersonViewer.of(viewer), request),
            person,
            StandingChart.svg(
                points, person.name() + "'s standing at each agreed check-in, by sub-level"),
            points,
            levels,
            byCriterion(changes, framework.orElse(null))),
        HttpStatus.OK);
  }

  /**
   * The number of the audit entry that recorded a check-in's agreement: the statuses it wrote have
   * lower numbers. Without one (a check-in written outside Rungs), every change so far counts.
   */
  private long agreementNumber(CheckIn checkIn) {
    String id = Long.toString(checkIn.id());
    return audit.withIdPrefix("check-in", id).stream()
        .filter(numbered -> numbered.event().entityId().equals(id))
        .filter(numbered -> numbered.event().action().equals("agreed"))
        .mapToLong(AuditTrail.Numbered::id)
        .findFirst()
        .orElse(Long.MAX_VALUE);
  }

  private List<HistoryPage.CriterionHistory> byCriterion(
      List<AuditTrail.Numbered> changes, Framework framework) {
    Map<String, Criterion> criteria = framework == null ? Map.of() : framework.criteriaById();
    Map<Long, String> names = new HashMap<>();
    Map<String, List<HistoryPage.Change>> byEntity = new LinkedHashMap<>();
    for (AuditTrail.Numbered numbered : changes) {
      AuditTrail.Event event = numbered.event();
      String who =
          event.actorId() == null
              ? "Rungs"
              : names.computeIfAbsent(
                  event.actorId(), actor -> people.nameOf(actor).orElse("someone removed"));
      byEntity
          .computeIfAbsent(event.entityId(), key -> new ArrayList<>())
          .add(
              new HistoryPage.Change(
                  event.at().atZoneSameInstant(ZoneOffset.UTC).format(MINUTE),
                  who,
                  VIEWS.getOrDefault(event.action(), event.action()),
                  status(event.before()),
                  status(event.after())));
    }
    List<HistoryPage.CriterionHistory> histories = new ArrayList<>();
    byEntity.forEach(
        (entityId, list) -> {
          // person:framework:criterion; the framework path itself holds no colon.
          String[] parts = entityId.split(":", 3);
          String frameworkPath = parts.length == 3 ? parts[1] : "";
          String criterionId = parts.length == 3 ? parts[2] : entityId;
          Criterion criterion =
              framework != null && framework.path().equals(frameworkPath)
                  ? criteria.get(criterionId)
                  : null;
          histories.add(
              new HistoryPage.CriterionHistory(
                  "c-" + Integer.toHexString(entityId.hashCode()),
                  criterion == null ? criterionId : criterion.text(),
                  frameworkPath,
                  list));
        });
    return histories;
  }

  private static String status(String value) {
    if (value == null || value.equals("null")) {
      return "—";
    }
    try {
      return AssessmentStatus.valueOf(value).label();
    } catch (IllegalArgumentException e) {
      return value;
    }
  }
}
