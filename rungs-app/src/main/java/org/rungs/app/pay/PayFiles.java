package org.rungs.app.pay;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.rungs.app.audit.AuditTrail;
import org.rungs.app.frameworks.FrameworkLibrary;
import org.rungs.app.people.People;
import org.rungs.app.people.Person;
import org.rungs.progression.ImportProblem;
import org.rungs.progression.pay.BandsCsv;
import org.rungs.progression.pay.PayChange;
import org.rungs.progression.pay.PayImport;
import org.rungs.progression.pay.SalaryBand;
import org.rungs.progression.pay.Sex;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Pay and bands in bulk: the pay file and the bands file (CSV), read with every bad row located,
 * written all or nothing. Only admins import; the audit trail records that a file was imported and
 * how many rows, never a figure.
 */
@Service
public class PayFiles {

  private final PayRepository repository;
  private final People people;
  private final FrameworkLibrary frameworks;
  private final AuditTrail audit;
  private final PayCipher cipher;

  PayFiles(
      PayRepository repository,
      People people,
      FrameworkLibrary frameworks,
      AuditTrail audit,
      PayCipher cipher) {
    this.cipher = cipher;
    this.repository = repository;
    this.people = people;
    this.frameworks = frameworks;
    this.audit = audit;
  }

  /**
   * Reads a pay file and, if it is clean and not a dry run, records every change in it. A change on
   * a date the person already has one for is an error at its line: history is never overwritten.
   *
   * @param actor an admin, or {@code null} for the demo and the command line
   */
  @Transactional
  public PayImport.Result importPay(Person actor, String csv, boolean dryRun) {
    Map<String, Person> byEmail = new HashMap<>();
    people.everyone().forEach(p -> byEmail.put(p.email().toLowerCase(Locale.ROOT), p));
    PayImport.Result read = PayImport.read(csv, byEmail.keySet());
    if (!read.isClean()) {
      return read;
    }
    List<ImportProblem> clashes = new java.util.ArrayList<>();
    for (PayImport.PayRecord record : read.people()) {
      Person person = byEmail.get(record.email().toLowerCase(Locale.ROOT));
      for (PayChange change : record.history().changes()) {
        if (repository.hasChangeOn(person.id(), change.effectiveFrom())) {
          clashes.add(
              new ImportProblem(
                  1,
                  "effective_from",
                  org.rungs.framework.Severity.ERROR,
                  record.email()
                      + " already has a pay change on "
                      + change.effectiveFrom()
                      + "; a correction is a change on a new date"));
        }
      }
    }
    if (!clashes.isEmpty()) {
      return new PayImport.Result(read.people(), clashes);
    }
    if (dryRun) {
      return read;
    }
    int changes = 0;
    for (PayImport.PayRecord record : read.people()) {
      Person person = byEmail.get(record.email().toLowerCase(Locale.ROOT));
      for (PayChange change : record.history().changes()) {
        repository.addChange(person.id(), change, null, actor == null ? null : actor.id());
        changes++;
      }
      if (record.sex() != null) {
        repository.setSex(person.id(), record.sex());
      }
    }
    audit.record(
        actor == null ? null : actor.id(),
        "pay",
        "file",
        "imported",
        null,
        changes + " pay changes of " + read.people().size() + " people");
    return read;
  }

  /** True if a pay key is set; without one, pay cannot be written. */
  public boolean isOn() {
    return cipher.isOn();
  }

  /** A person's pay and sex to write in bulk. */
  public record NewPay(long personId, PayChange change, Sex sex) {}

  /**
   * Writes bands and many people's pay at once, sealed as any pay is: for {@code rungs demo}, which
   * fills an empty database. Nothing is checked against what is there.
   */
  @Transactional
  public void writeBulk(List<SalaryBand> bands, List<NewPay> pay) {
    bands.forEach(band -> repository.addBand(band, null));
    for (int from = 0; from < pay.size(); from += 1000) {
      repository.addAll(pay.subList(from, Math.min(pay.size(), from + 1000)));
    }
    audit.record(null, "pay", "demo", "generated", null, pay.size() + " people's pay");
  }

  /** Reads a bands file and, if clean and not a dry run, adds its bands to the history. */
  @Transactional
  public BandsCsv.Result importBands(Person actor, String csv, boolean dryRun) {
    Map<String, Integer> levels = new HashMap<>();
    frameworks.current().set().frameworks().forEach(f -> levels.put(f.path(), f.levels()));
    BandsCsv.Result read = BandsCsv.read(csv, levels);
    if (!read.isClean() || dryRun) {
      return read;
    }
    List<SalaryBand> known = repository.bands();
    List<ImportProblem> clashes = new java.util.ArrayList<>();
    for (SalaryBand band : read.bands()) {
      known.stream()
          .map(k -> org.rungs.progression.pay.SalaryBands.conflict(k, band))
          .flatMap(java.util.Optional::stream)
          .findFirst()
          .ifPresent(
              clash ->
                  clashes.add(
                      new ImportProblem(
                          1, "effective_from", org.rungs.framework.Severity.ERROR, clash)));
    }
    if (!clashes.isEmpty()) {
      return new BandsCsv.Result(read.bands(), clashes);
    }
    read.bands().forEach(band -> repository.addBand(band, actor == null ? null : actor.id()));
    audit.record(
        actor == null ? null : actor.id(),
        "pay-band",
        "file",
        "imported",
        null,
        read.bands().size() + " bands");
    return read;
  }
}
