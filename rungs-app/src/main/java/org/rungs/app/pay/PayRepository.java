package org.rungs.app.pay;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.rungs.progression.pay.Money;
import org.rungs.progression.pay.PayChange;
import org.rungs.progression.pay.PayHistory;
import org.rungs.progression.pay.PayReason;
import org.rungs.progression.pay.SalaryBand;
import org.rungs.progression.pay.Sex;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The pay tables, the only code that touches them. Pay figures and sex are sealed here on the way
 * in and opened on the way out ({@link PayCipher}); nothing above this class sees a sealed value,
 * nothing below it a figure. Whole tables are read in one query each: reports cover everyone, and
 * opening 100,000 values takes well under a second.
 */
@Repository
class PayRepository {

  /** A sealed row's context: its table, person and date, so values cannot move between rows. */
  static String changeContext(long personId, LocalDate effectiveFrom) {
    return "pay_change/" + personId + "/" + effectiveFrom;
  }

  static String sexContext(long personId) {
    return "pay_sex/" + personId;
  }

  private final JdbcClient jdbc;
  private final org.springframework.jdbc.core.JdbcTemplate batches;
  private final PayCipher cipher;

  PayRepository(
      JdbcClient jdbc, org.springframework.jdbc.core.JdbcTemplate batches, PayCipher cipher) {
    this.jdbc = jdbc;
    this.batches = batches;
    this.cipher = cipher;
  }

  /** Many people's first pay and sex at once, in batches: the demo's 100,000 people. */
  void addAll(List<PayFiles.NewPay> pay) {
    List<Object[]> changes = new ArrayList<>();
    List<Object[]> sexes = new ArrayList<>();
    for (PayFiles.NewPay one : pay) {
      PayChange change = one.change();
      changes.add(
          new Object[] {
            one.personId(),
            change.effectiveFrom(),
            change.reason().name(),
            cipher.seal(plain(change), changeContext(one.personId(), change.effectiveFrom()))
          });
      if (one.sex() != Sex.UNDISCLOSED) {
        sexes.add(
            new Object[] {
              one.personId(), cipher.seal(one.sex().name(), sexContext(one.personId()))
            });
      }
    }
    batches.batchUpdate(
        "insert into pay_change (person_id, effective_from, reason, sealed) values (?, ?, ?, ?)",
        changes);
    batches.batchUpdate("insert into pay_sex (person_id, sealed) values (?, ?)", sexes);
  }

  List<SalaryBand> bands() {
    return jdbc.sql(
            "select scope, level, zone, currency, min_amount, max_amount, effective_from"
                + " from pay_band order by effective_from, id")
        .query(
            (rs, n) ->
                new SalaryBand(
                    rs.getString(1),
                    rs.getInt(2),
                    rs.getString(3),
                    Currency.getInstance(rs.getString(4).strip()),
                    rs.getBigDecimal(5).stripTrailingZeros(),
                    rs.getBigDecimal(6).stripTrailingZeros(),
                    rs.getObject(7, LocalDate.class)))
        .list();
  }

  void addBand(SalaryBand band, Long actorId) {
    jdbc.sql(
            "insert into pay_band (scope, level, zone, currency, min_amount, max_amount,"
                + " effective_from, added_by) values (?, ?, ?, ?, ?, ?, ?, ?)")
        .params(
            band.scope(),
            band.level(),
            band.zone(),
            band.currency().getCurrencyCode(),
            band.min(),
            band.max(),
            band.effectiveFrom(),
            actorId)
        .update();
  }

  /**
   * A value that changes whenever a pay change is added or removed (pay history is never updated in
   * place: a correction is a new change), by this server or another.
   */
  List<Long> payStamp() {
    return jdbc.sql("select count(*), coalesce(max(id), 0) from pay_change")
        .query((rs, n) -> List.of(rs.getLong(1), rs.getLong(2)))
        .single();
  }

  /**
   * A value that changes whenever anyone's sex is given, changed or removed: a change deletes the
   * row and inserts a new one, whose {@code changed_at} is the newest.
   */
  List<Object> sexStamp() {
    return jdbc.sql("select count(*), max(changed_at) from pay_sex")
        .query(
            (rs, n) ->
                java.util.Arrays.<Object>asList(
                    rs.getLong(1), rs.getObject(2, java.time.OffsetDateTime.class)))
        .single();
  }

  /** Everyone's pay history, by person id. */
  Map<Long, PayHistory> histories() {
    Map<Long, List<PayChange>> changes = new HashMap<>();
    jdbc.sql("select person_id, effective_from, reason, sealed from pay_change")
        .query(
            rs -> {
              long personId = rs.getLong(1);
              changes
                  .computeIfAbsent(personId, id -> new ArrayList<>())
                  .add(
                      change(
                          personId,
                          rs.getObject(2, LocalDate.class),
                          rs.getString(3),
                          rs.getString(4)));
            });
    Map<Long, PayHistory> histories = new HashMap<>();
    changes.forEach((id, list) -> histories.put(id, PayHistory.of(list)));
    return histories;
  }

  PayHistory historyOf(long personId) {
    return PayHistory.of(
        jdbc.sql("select effective_from, reason, sealed from pay_change where person_id = ?")
            .param(personId)
            .query(
                (rs, n) ->
                    change(
                        personId,
                        rs.getObject(1, LocalDate.class),
                        rs.getString(2),
                        rs.getString(3)))
            .list());
  }

  /** The dates this person's pay changed on, with the round that changed it where one did. */
  Map<LocalDate, Long> roundsOf(long personId) {
    Map<LocalDate, Long> rounds = new HashMap<>();
    jdbc.sql("select effective_from, round_id from pay_change where person_id = ?")
        .param(personId)
        .query(
            rs -> {
              long round = rs.getLong(2);
              rounds.put(rs.getObject(1, LocalDate.class), rs.wasNull() ? null : round);
            });
    return rounds;
  }

  void addChange(long personId, PayChange change, Long roundId, Long actorId) {
    jdbc.sql(
            "insert into pay_change (person_id, effective_from, reason, round_id, sealed,"
                + " added_by) values (?, ?, ?, ?, ?, ?)")
        .params(
            personId,
            change.effectiveFrom(),
            change.reason().name(),
            roundId,
            cipher.seal(plain(change), changeContext(personId, change.effectiveFrom())),
            actorId)
        .update();
  }

  boolean hasChangeOn(long personId, LocalDate date) {
    return jdbc.sql("select count(*) from pay_change where person_id = ? and effective_from = ?")
            .params(personId, date)
            .query(Long.class)
            .single()
        > 0;
  }

  Map<Long, Sex> sexes() {
    Map<Long, Sex> sexes = new HashMap<>();
    jdbc.sql("select person_id, sealed from pay_sex")
        .query(
            rs -> {
              long personId = rs.getLong(1);
              sexes.put(personId, Sex.valueOf(cipher.open(rs.getString(2), sexContext(personId))));
            });
    return sexes;
  }

  Optional<Sex> sexOf(long personId) {
    return jdbc.sql("select sealed from pay_sex where person_id = ?")
        .param(personId)
        .query(String.class)
        .optional()
        .map(stored -> Sex.valueOf(cipher.open(stored, sexContext(personId))));
  }

  void setSex(long personId, Sex sex) {
    jdbc.sql("delete from pay_sex where person_id = ?").param(personId).update();
    if (sex != Sex.UNDISCLOSED) {
      jdbc.sql("insert into pay_sex (person_id, sealed) values (?, ?)")
          .params(personId, cipher.seal(sex.name(), sexContext(personId)))
          .update();
    }
  }

  /**
   * Seals again with the current key every value sealed with an older one.
   *
   * @return how many values were sealed again
   */
  int resealStale() {
    int count = 0;
    for (var row :
        jdbc.sql("select id, person_id, effective_from, sealed from pay_change")
            .query(
                (rs, n) ->
                    new Object[] {
                      rs.getLong(1),
                      rs.getLong(2),
                      rs.getObject(3, LocalDate.class),
                      rs.getString(4)
                    })
            .list()) {
      String stored = (String) row[3];
      if (cipher.isStale(stored)) {
        String context = changeContext((Long) row[1], (LocalDate) row[2]);
        jdbc.sql("update pay_change set sealed = ? where id = ?")
            .params(cipher.seal(cipher.open(stored, context), context), row[0])
            .update();
        count++;
      }
    }
    for (var row :
        jdbc.sql("select person_id, sealed from pay_sex")
            .query((rs, n) -> new Object[] {rs.getLong(1), rs.getString(2)})
            .list()) {
      String stored = (String) row[1];
      if (cipher.isStale(stored)) {
        String context = sexContext((Long) row[0]);
        jdbc.sql("update pay_sex set sealed = ? where person_id = ?")
            .params(cipher.seal(cipher.open(stored, context), context), row[0])
            .update();
        count++;
      }
    }
    return count;
  }

  private static String plain(PayChange change) {
    return change.baseSalary().currency().getCurrencyCode()
        + "|"
        + change.baseSalary().amount().toPlainString()
        + "|"
        + change.fte().toPlainString()
        + "|"
        + change.variablePay().amount().toPlainString()
        + "|"
        + change.zone();
  }

  private PayChange change(long personId, LocalDate from, String reason, String stored) {
    String[] parts = cipher.open(stored, changeContext(personId, from)).split("\\|", 5);
    Currency currency = Currency.getInstance(parts[0]);
    return new PayChange(
        from,
        PayReason.valueOf(reason),
        new Money(currency, new BigDecimal(parts[1])),
        new BigDecimal(parts[2]),
        new Money(currency, new BigDecimal(parts[3])),
        parts[4]);
  }
}
